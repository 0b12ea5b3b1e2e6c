declare interface IAppraisalAdminWebPartStrings {
  DefaultTitle: string;
  PropertyPaneDescription: string;
  BasicGroupName: string;
  TitleFieldLabel: string;
  ReadyEmpty: string;
}

declare module 'AppraisalAdminWebPartStrings' {
  const strings: IAppraisalAdminWebPartStrings;
  export = strings;
}
