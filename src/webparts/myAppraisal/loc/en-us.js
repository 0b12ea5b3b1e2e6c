define([], function () {
  return {
    NextMeeting: 'Next meeting: {0}, {1}',
    NoMeetingBooked: 'No meeting booked yet.',
    CurrentObjectives: 'Your objectives this cycle',
    ObjectiveBy: '{0} (by {1})',
    DefaultTitle: 'My appraisal',
    PropertyPaneDescription: 'Your own appraisal: objectives, one-to-ones, reviews and your copy of each agreed record.',
    BasicGroupName: 'Display',
    TitleFieldLabel: 'Heading (leave empty to hide it)',
    ReadyEmpty: 'Your appraisal records for this cycle will appear here once your HR administrator has opened the cycle for you.',
    OpenMyRecord: 'Open my record',
    AwaitingYou: 'Your reviewer has shared a record for you to agree: {0}. Open your record to agree it, ask for changes or record a disagreement.'
  };
});
