// The string modules, defined once. SPFx's config/config.json (checked by test/loc/stringModules.test.ts and by the
// gulp build), jest (jest.config.js) and the workbench (harness/vite.config.mts) all read this list.
//
// en-GB is the only authored English: `<dir>/en-gb.js`. SPFx needs a file for its default locale, en-US, and picks the
// page's locale file or, when the package has none, the en-US one (spfx-heft-plugins: LegacyExternals.js finds one
// file per `{locale}`, LocalizedManifestModuleProcessor.js makes en-us the `defaultPath`). So the build derives
// `lib/<dir>/en-us.js` from en-gb.js, and `lib/<dir>/cy-gb.js` from en-gb.js overlaid with the Welsh in
// `<dir>/cy-gb.js`: a key not yet translated shows in English rather than as nothing, and the parity test
// (test/loc/localeParity.test.ts) fails naming it.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { evaluateAmdStrings } = require('../harness/amdStrings.cjs');

/** Each SPFx string module: its name (what `import * as strings from '…'` names) and its folder under src/. */
const STRING_MODULES = [
  { name: 'CommonStrings', dir: 'loc' },
  { name: 'RecordStrings', dir: 'components/CycleRecord/loc' },
  { name: 'MyAppraisalWebPartStrings', dir: 'webparts/myAppraisal/loc' },
  { name: 'TeamAppraisalsWebPartStrings', dir: 'webparts/teamAppraisals/loc' },
  { name: 'AppraisalAdminWebPartStrings', dir: 'webparts/appraisalAdmin/loc' },
  { name: 'GovernorReportWebPartStrings', dir: 'webparts/governorReport/loc' },
  { name: 'DataProtectionStrings', dir: 'webparts/appraisalAdmin/components/DataProtection/loc' },
  { name: 'RemindersStrings', dir: 'webparts/appraisalAdmin/components/Reminders/loc' }
];

/** The authored locale, and the translations laid over it (file name → BCP 47 name as SharePoint gives it). */
const SOURCE_LOCALE = 'en-gb';
const TRANSLATIONS = { 'cy-gb': 'cy-GB' };
/** Locales whose file is a copy of the source (SPFx's default locale must exist). */
const COPIES = ['en-us'];
/** Every locale the product offers, as SharePoint names them. */
const LOCALES = ['en-GB', ...Object.values(TRANSLATIONS)];

/** What config/config.json's `localizedResources` must say. */
function localizedResources() {
  return Object.fromEntries(STRING_MODULES.map((m) => [m.name, `lib/${m.dir}/{locale}.js`]));
}

function readStrings(file) {
  return evaluateAmdStrings(readFileSync(file, 'utf8'), file);
}

/** The strings of one module for a locale ('en-GB', 'cy-GB'…), read from `root` (src/ or lib/): the source, with any translation laid over it. */
function stringsFor(root, dir, locale) {
  const source = readStrings(join(root, dir, `${SOURCE_LOCALE}.js`));
  const file = Object.keys(TRANSLATIONS).find((f) => TRANSLATIONS[f].toLowerCase() === String(locale).toLowerCase());
  if (!file) return source;
  return { ...source, ...readStrings(join(root, dir, `${file}.js`)) };
}

/** The translated keys alone (no fallback), for the parity test. */
function translationOnly(root, dir, locale) {
  const file = Object.keys(TRANSLATIONS).find((f) => TRANSLATIONS[f].toLowerCase() === String(locale).toLowerCase());
  return readStrings(join(root, dir, `${file}.js`));
}

/** An AMD loc file, as SPFx loads it, holding these strings. */
function amdSource(strings) {
  return `define([], function () {\n  return ${JSON.stringify(strings, null, 2).replace(/\n/g, '\n  ')};\n});\n`;
}

module.exports = { STRING_MODULES, SOURCE_LOCALE, TRANSLATIONS, COPIES, LOCALES, localizedResources, stringsFor, translationOnly, amdSource, readStrings };
