define([], function () {
  return {
    DefaultTitle: 'My team\'s appraisals',
    PropertyPaneDescription: 'For reviewers: the people you appraise, their stage, overdue items and next meetings.',
    BasicGroupName: 'Display',
    TitleFieldLabel: 'Heading (leave empty to hide it)',
    ReadyEmpty: 'The people you appraise will appear here once your HR administrator has opened the cycle for them.',
    ColumnName: 'Name',
    ColumnJobTitle: 'Job title',
    ColumnTrack: 'Track',
    ColumnStage: 'Stage',
    ColumnDue: 'Due',
    TeamCount: 'You appraise {0} people',
    NoCycleYet: 'No cycle open',
    TeamCountOne: 'You appraise {0} person'
  };
});
