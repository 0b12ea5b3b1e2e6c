declare interface IAppraisalAdminWebPartStrings {
  DefaultTitle: string;
  PropertyPaneDescription: string;
  BasicGroupName: string;
  TitleFieldLabel: string;
  ReadyEmpty: string;
  SetUpTitle: string;
  SetUpIntro: string;
  UpgradeIntro: string;
  SetUpButton: string;
  UpgradeButton: string;
  ResumeButton: string;
  SetUpProgressLabel: string;
  SetUpProgressDescription: string;
  SetUpDone: string;
  SetUpFailed: string;
  SetUpWaiting: string;
  SetUpNotAllowedTitle: string;
  SetUpNotAllowedBody: string;
  RightManageWeb: string;
  RightManageLists: string;
  RightManagePermissions: string;
  StepList: string;
  StepFields: string;
  StepGroups: string;
  StepListPermissions: string;
  StepSitePermissions: string;
  StepSettings: string;
  StepStatusPending: string;
  StepStatusRunning: string;
  StepStatusDone: string;
  StepStatusFailed: string;
  StepsHeading: string;
  ContinueButton: string;
}

declare module 'AppraisalAdminWebPartStrings' {
  const strings: IAppraisalAdminWebPartStrings;
  export = strings;
}
