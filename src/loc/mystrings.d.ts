declare interface ICommonStrings {
  AppName: string;
  Loading: string;
  Retry: string;
  Save: string;
  Cancel: string;
  SiteNotSetUpTitle: string;
  SiteNotSetUpBody: string;
  SiteUpgradeNeededTitle: string;
  SiteUpgradeNeededBody: string;
  NoAccessTitle: string;
  NoAccessBody: string;
  ErrorTitle: string;
  ErrorThrottled: string;
  ErrorUnavailable: string;
  ErrorAccessDenied: string;
  ErrorNotFound: string;
  ErrorConflict: string;
  ErrorMalformed: string;
  ErrorUnexpected: string;
  StagePlanning: string;
  StageInterimReview: string;
  StageFinalReview: string;
  OneToOne: string;
  CategoryLearningSupport: string;
  CategoryPupilSupport: string;
  CategorySpecialistTechnical: string;
  CategoryAdminAndBusiness: string;
  CategorySiteStaff: string;
  CategoryNone: string;
  ContractPermanent: string;
  ContractFixedTerm: string;
  ContractTemporary: string;
  ContractCasual: string;
  PatternFullTime: string;
  PatternPartTime: string;
  TermTimeOnly: string;
  TrackFullCycle: string;
  TrackOneToOneOnly: string;
  StageAgreed: string;
  StageClosed: string;
  CycleHeading: string;
  CycleDates: string;
  DueBy: string;
  Overdue: string;
  YourReviewer: string;
  StagesLabel: string;
  StageCurrent: string;
  StageDone: string;
  StageToCome: string;
  StageStateNote: string;
  CycleDatesAndTrack: string;
}

declare module 'CommonStrings' {
  const strings: ICommonStrings;
  export = strings;
}
