// Cymraeg (cy-GB): see src/loc/cy-gb.js.
define([], function () {
  return {
    NextMeeting: 'Y cyfarfod nesaf: {0}, {1}',
    NoMeetingBooked: 'Does dim cyfarfod wedi’i drefnu eto.',
    CurrentObjectives: 'Eich amcanion yn y cylch hwn',
    ObjectiveBy: '{0} (erbyn {1})',
    DefaultTitle: 'Fy arfarniad',
    PropertyPaneDescription: 'Eich arfarniad eich hun: amcanion, cyfarfodydd un-i-un, adolygiadau a’ch copi o bob cofnod y cytunwyd arno.',
    BasicGroupName: 'Arddangos',
    TitleFieldLabel: 'Pennawd (gadewch yn wag i’w guddio)',
    ReadyEmpty: 'Bydd eich cofnodion arfarnu ar gyfer y cylch hwn yn ymddangos yma pan fydd eich gweinyddwr AD wedi agor y cylch i chi.',
    OpenMyRecord: 'Agor fy nghofnod',
    AwaitingYou: 'Mae eich adolygydd wedi rhannu cofnod i chi gytuno arno: {0}. Agorwch eich cofnod i gytuno arno, gofyn am newidiadau neu gofnodi anghytundeb.'
  };
});
