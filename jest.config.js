const { STRING_MODULES } = require('./config/strings.cjs');

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/test', '<rootDir>/src', '<rootDir>/emulator', '<rootDir>/fixtures'],
  testMatch: ['<rootDir>/test/**/*.test.ts?(x)'],
  setupFilesAfterEnv: ['<rootDir>/test/setupTests.ts'],
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
  transform: {
    // SPFx localised strings (AMD define) become plain modules; must come before the ts-jest entry
    '/loc/[^/]+\\.js$': '<rootDir>/test/support/amdStringsTransform.js',
    '^.+\\.(ts|tsx|js|mjs)$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }]
  },
  // node_modules is not transformed except ESM-only packages: @pnp/*, d3-* and internmap (react-charting)
  transformIgnorePatterns: ['/node_modules/(?!(@pnp|d3-[^/]+|internmap)/)'],
  moduleNameMapper: {
    '\\.(css|scss)$': 'identity-obj-proxy',
    '\\.(png|jpe?g|gif|svg)$': '<rootDir>/test/__mocks__/fileMock.js',
    // SPFx localised string modules (config/strings.cjs): the real en-GB text, as SharePoint would load it for an en-GB page
    ...Object.fromEntries(STRING_MODULES.map((m) => [`^${m.name}$`, `<rootDir>/src/${m.dir}/en-gb.js`]))
  },
  // Component tests drive Fluent UI through user-event; on two loaded cores a few take seconds each.
  testTimeout: 20000,
  modulePathIgnorePatterns: ['<rootDir>/lib/', '<rootDir>/temp/', '<rootDir>/dist/', '<rootDir>/release/']
};
