// Jest transform for SPFx loc files (AMD): see harness/amdStrings.cjs.
const { toCommonJs } = require('../../harness/amdStrings.cjs');

module.exports = {
  process(sourceText, sourcePath) {
    return { code: toCommonJs(sourceText, sourcePath) };
  }
};
