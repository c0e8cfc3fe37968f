// Jest transform for this package's own .mjs files (browser/*.mjs). ts-jest keeps ESM syntax in
// .mjs files outside node_modules, which Jest's CommonJS runtime cannot run, so they are
// transpiled here as if they were .js: same code, import/export turned into require/exports.
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const ts = require('typescript');

const OWN_SOURCE = readFileSync(__filename, 'utf8');

module.exports = {
  getCacheKey(sourceText, sourcePath) {
    return createHash('sha256')
      .update(OWN_SOURCE)
      .update(ts.version)
      .update(sourcePath)
      .update(sourceText)
      .digest('hex');
  },

  process(sourceText, sourcePath) {
    const { outputText, sourceMapText } = ts.transpileModule(sourceText, {
      fileName: sourcePath.replace(/\.mjs$/, '.js'),
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        allowJs: true,
        esModuleInterop: true,
        sourceMap: true,
      },
    });
    const map = sourceMapText ? JSON.parse(sourceMapText) : null;
    if (map) map.sources = [sourcePath];
    return { code: outputText.replace(/\n\/\/# sourceMappingURL=.*$/, ''), map };
  },
};
