declare interface IGovernorReportWebPartStrings {
  DefaultTitle: string;
  PropertyPaneDescription: string;
  BasicGroupName: string;
  TitleFieldLabel: string;
  ReadyEmpty: string;
  ReportsListHeading: string;
  ReportsListItem: string;
  ReportsBack: string;
  TrustReportFieldLabel: string;
  TrustReportsHeading: string;
  TrustReportsEmpty: string;
  TrustReportsBack: string;
  TrustNotBoardTitle: string;
  TrustNotBoardBody: string;
}

declare module 'GovernorReportWebPartStrings' {
  const strings: IGovernorReportWebPartStrings;
  export = strings;
}
