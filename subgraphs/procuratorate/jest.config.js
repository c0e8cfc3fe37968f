// Tests run against a real embedded database started once per run (see @hub/testing).
module.exports = {
  ...require('../../jest.config.base.js'),
  globalSetup: '<rootDir>/../../packages/testing/src/globalSetup.ts',
  globalTeardown: '<rootDir>/../../packages/testing/src/globalTeardown.ts',
};
