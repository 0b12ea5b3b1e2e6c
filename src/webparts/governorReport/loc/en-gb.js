define([], function () {
  return {
    DefaultTitle: 'Governor reports',
    PropertyPaneDescription: 'For governors: published, anonymised reports on how the appraisal scheme is working.',
    BasicGroupName: 'Display',
    TitleFieldLabel: 'Heading (leave empty to hide it)',
    ReadyEmpty: 'No governor report has been published yet. The headteacher or HR administrator publishes reports here.',
    ReportsListHeading: 'Published reports',
    ReportsListItem: '{0}, published {1}',
    ReportsBack: 'Back to all reports',
    TrustReportFieldLabel: 'Show the trust report (for the trust board)',
    TrustReportsHeading: 'Published trust reports',
    TrustReportsEmpty: "No trust report has been published yet. The trust's central team publishes it here.",
    TrustReportsBack: 'Back to all trust reports',
    TrustNotBoardTitle: "This is the trust board's report",
    TrustNotBoardBody: "Only members of the trust board can read the trust report, and you are not on the board, so SharePoint does not let you open it. Your own school's governor reports are on your school's appraisal site."
  };
});
