define([], function () {
  return {
    DefaultTitle: 'Appraisal administration',
    PropertyPaneDescription: 'For the headteacher and HR: set up the site, the staff roster, cycles, settings and monitoring.',
    BasicGroupName: 'Display',
    TitleFieldLabel: 'Heading (leave empty to hide it)',
    ReadyEmpty: 'The appraisal site is set up. Roster, cycles and monitoring will appear here.'
  };
});
