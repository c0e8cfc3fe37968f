// Shared Jest settings: every workspace's jest.config.js spreads this.
// ts-jest compiles test files in isolation (type checking runs separately as `typecheck`),
// and @hub/* imports resolve to the sources so tests never run stale builds.
const path = require('node:path');

// Dependencies that ship ES modules only. Jest's CommonJS runtime cannot load them (Node 20's
// require(esm) does not reach into Jest's module system), so their .js files are transpiled to
// CommonJS by ts-jest (allowJs) instead of being left untouched like other node_modules.
const ESM_ONLY_DEPENDENCIES = ['jose', 'cbor2', '@cto.af/wtf8'];
const esmOnly = ESM_ONLY_DEPENDENCIES.map((name) => name.replace(/[.]/g, '\\.')).join('|');

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/__tests__/**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: path.join(__dirname, 'tsconfig.test.json') }],
    [`^.+/node_modules/(${esmOnly})/.+\\.js$`]: ['ts-jest', { tsconfig: path.join(__dirname, 'tsconfig.jest-esm-deps.json') }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly})/)`],
  moduleNameMapper: {
    '^@hub/([a-z-]+)$': path.join(__dirname, 'packages/$1/src/index.ts'),
  },
  testTimeout: 60000,
};
