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
}

declare module 'TeamAppraisalsWebPartStrings' {
  const strings: ITeamAppraisalsWebPartStrings;
  export = strings;
}
