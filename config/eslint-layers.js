// The layer rules of ARCHITECTURE.md and STYLE.md §2.2 as ESLint overrides, always errors.
// .eslintrc.js appends them; test/lint/layerRules.test.ts lints fixtures that break them.
// ESLint replaces (does not merge) a rule's options when several overrides match a file, so every override
// repeats the rules that apply to all of src/.

const neverShipped = {
  group: ['**/emulator/**', '**/harness/**', '**/test/**', 'emulator/**', 'harness/**', 'test/**'],
  message: 'Code in src/ ships to SharePoint: it never imports the emulator, the harness or tests.'
};
const noSpfxOrPnp = {
  group: ['@microsoft/sp-*', '@microsoft/sp-*/**', '@pnp/*', '@pnp/*/**', '@microsoft/microsoft-graph-client', '@microsoft/microsoft-graph-client/**'],
  message: 'Components see AppServices and domain types only: no SPFx, PnPjs or Graph client here.'
};
const noAdapters = {
  group: ['**/data/sharepoint/**', '**/data/graph/**', '**/data/createSpfxServices*', '**/data/sharepoint', '**/data/graph'],
  message: 'Only the composition roots (createSpfxServices, the harness) know the adapters.'
};
const domainOnly = {
  group: [
    'react', 'react-dom', '@fluentui/*', '@microsoft/*', '@pnp/*', '**/data', '**/data/**', '**/app', '**/app/**',
    '**/components/**', '**/webparts/**', '**/loc/**', '*Strings'
  ],
  message: 'src/domain is pure TypeScript: no UI, SPFx, PnPjs or other layers.'
};
const appOnly = {
  group: [
    'react', 'react-dom', '@fluentui/*', '@microsoft/*', '@pnp/*', '**/data/sharepoint/**', '**/data/graph/**',
    '**/data/createSpfxServices*', '**/components/**', '**/webparts/**', '**/loc/**', '*Strings'
  ],
  message: 'src/app imports only the domain and data/ports.'
};
const emulatorStandsAlone = {
  group: ['**/src/**', 'src/**'],
  message: 'The emulator stands in for SharePoint and Graph: it must not share code (or bugs) with src/.'
};
const emulatorHoldsNoTenant = {
  group: ['**/fixtures/**', 'fixtures/**', '**/seed/**', '**/seed'],
  message: 'The emulator holds no tenant of its own: seeds and personas are fixtures its starter hands in (TenantSeeds).'
};

const noClockRead = [
  { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Time comes from the Clock port.' },
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Time comes from the Clock port.' }
];
const noJsxLiteral = [
  { selector: 'JSXText[value=/\\S/]', message: 'User-visible text comes from loc/ strings, never a literal in a .tsx file.' }
];

// Every user value in an OData $filter goes through src/data/odataLiteral.ts (quotes doubled), never a raw '${…}'.
const noRawOdataLiteral = [
  {
    selector: "CallExpression[callee.property.name='filter'] > TemplateLiteral > TemplateElement[tail=false][value.raw=/'$/]",
    message: "A quoted '${…}' in an OData filter: write ${odataString(value)} from src/data/odataLiteral.ts instead."
  },
  {
    selector: "TemplateElement[tail=false][value.raw=/\\s(eq|ne|gt|ge|lt|le)\\s+'$/i]",
    message: "A quoted '${…}' after an OData comparison: write ${odataString(value)} from src/data/odataLiteral.ts instead."
  }
];

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

module.exports = [
  { files: ['src/**/*.ts', 'src/**/*.tsx'], rules: restrict(neverShipped) },
  { files: ['src/**/*.tsx'], rules: { 'no-restricted-syntax': ['error', ...noJsxLiteral] } },
  { files: ['src/domain/**/*.ts'], rules: { ...restrict(neverShipped, domainOnly), 'no-restricted-syntax': ['error', ...noClockRead] } },
  { files: ['src/app/**/*.ts'], rules: { ...restrict(neverShipped, appOnly), 'no-restricted-syntax': ['error', ...noClockRead] } },
  { files: ['src/components/**/*.ts', 'src/components/**/*.tsx', 'src/webparts/*/components/**/*.ts', 'src/webparts/*/components/**/*.tsx'],
    rules: restrict(neverShipped, noSpfxOrPnp, noAdapters) },
  { files: ['src/data/**/*.ts'], rules: { 'no-restricted-syntax': ['error', ...noRawOdataLiteral] } },
  // The emulator, the adapters and tests speak SharePoint's and Graph's JSON, where null is a real value.
  { files: ['emulator/**/*.ts', 'fixtures/**/*.ts', 'test/**/*.ts', 'test/**/*.tsx', 'src/data/graph/**/*.ts', 'src/data/sharepoint/**/*.ts'],
    rules: { '@rushstack/no-new-null': 'off' } },
  // Issue 19: all of emulator/ (server and store too) imports neither the product nor the fixtures that seed it.
  { files: ['emulator/**/*.ts'], rules: restrict(emulatorStandsAlone, emulatorHoldsNoTenant) }
];
