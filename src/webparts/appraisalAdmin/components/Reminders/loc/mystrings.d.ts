declare interface IRemindersStrings {
  TabReminders: string;
  Intro: string;
  Loading: string;
  SettingsHeading: string;
  KindsLabel: string;
  KindAnswerChangeRequest: string;
  KindAnswerDisagreement: string;
  KindAgree: string;
  KindReshare: string;
  KindWriteUp: string;
  KindBook: string;
  KindPrepare: string;
  DaysBefore: string;
  DaysAfter: string;
  DaysHelp: string;
  PageUrl: string;
  PageUrlHelp: string;
  SaveSettings: string;
  Saved: string;
  DaysOutOfRange: string;
  PageNotHttps: string;
  PreviewHeading: string;
  PreviewIntro: string;
  Empty: string;
  RecordOf: string;
  Records1: string;
  RecordsN: string;
  AlreadySentHeading: string;
  NoAddressHeading: string;
  NoAddressHelp: string;
  Send1: string;
  SendN: string;
  NeedPage: string;
  Sending: string;
  SendingProgress: string;
  ResultsHeading: string;
  OutcomeSent: string;
  OutcomeAlreadySent: string;
  OutcomeFailed: string;
  OutcomeUnknown: string;
  TryAgain: string;
  PermissionNeeded: string;
  Refresh: string;
  UnknownPerson: string;
  MailSubject: string;
  MailIntro: string;
  MailLink: string;
}

declare module 'RemindersStrings' {
  const strings: IRemindersStrings;
  export = strings;
}
