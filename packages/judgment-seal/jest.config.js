// The browser verifier (browser/*.mjs) is an ES module that browsers import as it is; Jest's
// CommonJS runtime needs it rewritten (jest.esm-to-cjs.js). ESM-only dependencies (cbor2, …) are
// handled by the shared base config.
const path = require('node:path');
const base = require('../../jest.config.base.js');

module.exports = {
  ...base,
  transform: {
    ...base.transform,
    '^.+/judgment-seal/browser/.+\\.mjs$': path.join(__dirname, 'jest.esm-to-cjs.js'),
  },
};
