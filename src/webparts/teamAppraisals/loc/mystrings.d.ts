declare interface ITeamAppraisalsWebPartStrings {
  DefaultTitle: string;
  PropertyPaneDescription: string;
  BasicGroupName: string;
  TitleFieldLabel: string;
  ReadyEmpty: string;
  ColumnName: string;
  ColumnJobTitle: string;
  ColumnTrack: string;
  ColumnStage: string;
  ColumnDue: string;
  TeamCount: string;
  NoCycleYet: string;
  TeamCountOne: string;
  ColumnMeetings: string;
  BookWith: string;
  MeetingsPanelTitle: string;
  NoMeetings: string;
  MeetingKindLabel: string;
  TeamsLabel: string;
  FindTimes: string;
  FindingTimes: string;
  TimesLabel: string;
  BookButton: string;
  Booked: string;
  MoveButton: string;
  CancelMeeting: string;
  CancelMessage: string;
  Moved: string;
  Cancelled: string;
  StatusBooked: string;
  JoinTeams: string;
  NoCommonDay: string;
  NoCommonHours: string;
  OnlyHolidays: string;
  OutlookBusy: string;
  PermissionNeeded: string;
  UnknownMailbox: string;
  SubjectPlanning: string;
  SubjectInterimReview: string;
  SubjectFinalReview: string;
  SubjectOneToOne: string;
  InviteBody: string;
  SlotText: string;
}

declare module 'TeamAppraisalsWebPartStrings' {
  const strings: ITeamAppraisalsWebPartStrings;
  export = strings;
}
