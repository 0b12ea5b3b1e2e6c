define([], function () {
  return {
    DefaultTitle: 'Governor reports',
    PropertyPaneDescription: 'For governors: published, anonymised reports on how the appraisal scheme is working.',
    BasicGroupName: 'Display',
    TitleFieldLabel: 'Heading (leave empty to hide it)',
    ReadyEmpty: 'No governor report has been published yet. The headteacher or HR administrator publishes reports here.',
    ReportsListHeading: 'Published reports',
    ReportsListItem: '{0}, published {1}',
    ReportsBack: 'Back to all reports'
  };
});
