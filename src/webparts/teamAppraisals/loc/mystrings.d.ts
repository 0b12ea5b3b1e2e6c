declare interface ITeamAppraisalsWebPartStrings {
  DefaultTitle: string;
  PropertyPaneDescription: string;
  BasicGroupName: string;
  TitleFieldLabel: string;
  ReadyEmpty: string;
}

declare module 'TeamAppraisalsWebPartStrings' {
  const strings: ITeamAppraisalsWebPartStrings;
  export = strings;
}
