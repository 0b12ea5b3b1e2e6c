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
    ReportsBack: 'Yn ôl at yr holl adroddiadau'
  };
});
