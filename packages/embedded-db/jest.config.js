// The tests run against the real embedded database, whose Go binary is built on first use
// (about a minute with a warm module cache, several minutes on a cold one). We build it once
// in globalSetup rather than in each file's beforeAll: it runs once in the main Jest process
// before any worker starts (no parallel builds, no per-test timeout to stretch), and its
// progress messages reach the terminal unbuffered. Jest compiles the TS file with ts-jest.
module.exports = {
  ...require('../../jest.config.base.js'),
  globalSetup: '<rootDir>/src/__tests__/globalSetup.ts',
};
