// One end-to-end test that starts the whole hub, builds and serves the app and drives Chromium:
// one file at a time, with time for the hub to start on a 2-core machine.
module.exports = {
  ...require('../../jest.config.base.js'),
  maxWorkers: 1,
  testTimeout: 180000,
  // Signing keys of each test file's own (see @hub/testing isolatedKeys).
  setupFiles: [require.resolve('../../packages/testing/src/isolatedKeys.ts')],
};
