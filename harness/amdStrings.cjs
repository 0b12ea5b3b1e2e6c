// SPFx localised strings are AMD modules: `define([], function () { return { Key: 'text' }; });`.
// Jest and Vite cannot load AMD, so both turn a loc file into its strings object with this one function (Vite through
// config/strings.cjs, which also lays translations over en-GB).

/** Evaluates an AMD loc file and returns the object its factory returns. */
function evaluateAmdStrings(code, fileName) {
  let value;
  const define = (deps, factory) => {
    value = typeof deps === 'function' ? deps() : factory();
  };
  new Function('define', code)(define);
  if (!value || typeof value !== 'object') throw new Error(`${fileName} did not define a strings object`);
  return value;
}

/** CommonJS source exporting the strings (for jest). */
function toCommonJs(code, fileName) {
  return `module.exports = ${JSON.stringify(evaluateAmdStrings(code, fileName))};`;
}

module.exports = { evaluateAmdStrings, toCommonJs };
