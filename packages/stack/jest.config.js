// The end-to-end suite starts real processes; one file at a time keeps a 2-core machine responsive.
module.exports = {
  ...require('../../jest.config.base.js'),
  maxWorkers: 1,
  testTimeout: 120000,
  // Signing keys of each test file's own (see @hub/testing isolatedKeys).
  setupFiles: [require.resolve('../testing/src/isolatedKeys.ts')],
};
