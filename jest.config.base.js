// Shared Jest settings: every workspace's jest.config.js spreads this.
// ts-jest compiles test files in isolation (type checking runs separately as `typecheck`),
// and @hub/* imports resolve to the sources so tests never run stale builds.
const path = require('node:path');

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/__tests__/**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: path.join(__dirname, 'tsconfig.test.json') }],
  },
  moduleNameMapper: {
    '^@hub/([a-z-]+)$': path.join(__dirname, 'packages/$1/src/index.ts'),
  },
  testTimeout: 60000,
};
