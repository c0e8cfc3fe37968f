// Fails when a generated resolver-types file differs from what `npm run codegen` would write now.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { generate, loadCodegenConfig } = require('@graphql-codegen/cli');

const { config } = await loadCodegenConfig({ configFilePath: 'codegen.ts' });
const outputs = await generate({ ...config, silent: true }, false);
const stale = outputs.filter(({ filename, content }) => {
  try {
    return readFileSync(filename, 'utf8') !== content;
  } catch {
    return true;
  }
});
if (stale.length > 0) {
  console.error(`Generated files are stale: ${stale.map((o) => o.filename).join(', ')}\nRun "npm run codegen" and commit the result.`);
  process.exit(1);
}
console.log(`generated resolver types are current (${outputs.length} files)`);
