// Cymraeg (cy-GB): see src/loc/cy-gb.js.
define([], function () {
  return {
    DefaultTitle: 'Adroddiadau i’r llywodraethwyr',
    PropertyPaneDescription: 'Ar gyfer llywodraethwyr: adroddiadau dienw a gyhoeddwyd ar sut mae’r cynllun arfarnu yn gweithio.',
    BasicGroupName: 'Arddangos',
    TitleFieldLabel: 'Pennawd (gadewch yn wag i’w guddio)',
    ReadyEmpty: 'Nid oes adroddiad i’r llywodraethwyr wedi’i gyhoeddi eto. Mae’r pennaeth neu’r gweinyddwr AD yn cyhoeddi adroddiadau yma.',
    ReportsListHeading: 'Adroddiadau a gyhoeddwyd',
    ReportsListItem: '{0}, cyhoeddwyd {1}',
    ReportsBack: 'Yn ôl at yr holl adroddiadau',
    TrustReportFieldLabel: 'Dangos adroddiad yr ymddiriedolaeth (ar gyfer bwrdd yr ymddiriedolaeth)',
    TrustReportsHeading: 'Adroddiadau’r ymddiriedolaeth a gyhoeddwyd',
    TrustReportsEmpty: 'Nid oes adroddiad yr ymddiriedolaeth wedi’i gyhoeddi eto. Mae tîm canolog yr ymddiriedolaeth yn ei gyhoeddi yma.',
    TrustReportsBack: 'Yn ôl at holl adroddiadau’r ymddiriedolaeth',
    TrustNotBoardTitle: 'Adroddiad bwrdd yr ymddiriedolaeth yw hwn',
    TrustNotBoardBody: 'Dim ond aelodau bwrdd yr ymddiriedolaeth all ddarllen adroddiad yr ymddiriedolaeth, ac nid ydych ar y bwrdd, felly nid yw SharePoint yn gadael i chi ei agor. Mae adroddiadau llywodraethwyr eich ysgol eich hun ar safle arfarnu eich ysgol.'
  };
});
