declare interface IGovernorReportWebPartStrings {
  DefaultTitle: string;
  PropertyPaneDescription: string;
  BasicGroupName: string;
  TitleFieldLabel: string;
  ReadyEmpty: string;
}

declare module 'GovernorReportWebPartStrings' {
  const strings: IGovernorReportWebPartStrings;
  export = strings;
}
