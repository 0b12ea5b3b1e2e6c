'use strict';

const build = require('@microsoft/sp-build-web');

build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);

var getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  var result = getTasks.call(build.rig);

  result.set('serve', result.get('serve-deprecated'));

  return result;
};

// The string modules are listed once (config/strings.cjs); config.json must name the same ones. After TypeScript has
// copied src/**/loc/*.js to lib/, each module's en-us.js (SPFx's default locale) is derived from en-gb.js and each
// translation is laid over en-gb.js, so that nothing shows blank while a key awaits translation.
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const strings = require('./config/strings.cjs');

const deriveLocales = build.subTask('derive-locales', function (gulp, buildConfig, done) {
  const configured = require('./config/config.json').localizedResources;
  const expected = strings.localizedResources();
  if (JSON.stringify(configured) !== JSON.stringify(expected)) {
    done(new Error(`config/config.json localizedResources must be ${JSON.stringify(expected)} (config/strings.cjs)`));
    return;
  }
  for (const { dir } of strings.STRING_MODULES) {
    const source = strings.stringsFor('lib', dir, 'en-GB');
    for (const copy of strings.COPIES) writeFileSync(join('lib', dir, `${copy}.js`), strings.amdSource(source));
    for (const [file, locale] of Object.entries(strings.TRANSLATIONS)) {
      writeFileSync(join('lib', dir, `${file}.js`), strings.amdSource(strings.stringsFor('lib', dir, locale)));
    }
  }
  done();
});
build.rig.addPostTypescriptTask(deriveLocales);

build.initialize(require('gulp'));
