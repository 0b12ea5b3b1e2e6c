declare interface IMyAppraisalWebPartStrings {
  NextMeeting: string;
  NoMeetingBooked: string;
  CurrentObjectives: string;
  ObjectiveBy: string;
  DefaultTitle: string;
  PropertyPaneDescription: string;
  BasicGroupName: string;
  TitleFieldLabel: string;
  ReadyEmpty: string;
  OpenMyRecord: string;
  AwaitingYou: string;
}

declare module 'MyAppraisalWebPartStrings' {
  const strings: IMyAppraisalWebPartStrings;
  export = strings;
}
