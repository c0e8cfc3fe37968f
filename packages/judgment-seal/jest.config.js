// jose 6 ships ES modules only. Jest's CommonJS runtime cannot load them, so jose's .js files are
// transpiled to CommonJS by ts-jest (allowJs) instead of being left untouched like other node_modules.
const path = require('node:path');
const base = require('../../jest.config.base.js');

module.exports = {
  ...base,
  transform: {
    ...base.transform,
    '^.+/node_modules/jose/.+\\.js$': [
      'ts-jest',
      { tsconfig: path.join(__dirname, 'tsconfig.jest-esm-deps.json') },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
};
