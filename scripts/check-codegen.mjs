// Fails when a generated file differs from what its generator would write now:
//  - the subgraphs' resolver types (codegen.ts) and the SDK's typed operations and persisted-operation
//    manifest (packages/sdk/codegen.ts) — both written by `npm run codegen`;
//  - docs/schema-reference.md — written by `npm run schema:docs` (needs packages/sdk built: `npm test` builds first).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { generate, loadCodegenConfig } = require('@graphql-codegen/cli');
const root = fileURLToPath(new URL('..', import.meta.url));
const rel = (file) => path.relative(root, path.resolve(root, file));

const differs = (filename, content) => {
  try {
    return readFileSync(path.resolve(root, filename), 'utf8') !== content;
  } catch {
    return true;
  }
};

async function staleOutputs(configFilePath) {
  const { config } = await loadCodegenConfig({ configFilePath: path.join(root, configFilePath) });
  const outputs = await generate({ ...config, cwd: root, silent: true }, false);
  return { count: outputs.length, stale: outputs.filter(({ filename, content }) => differs(filename, content)).map((o) => rel(o.filename)), outputs };
}

const problems = [];
let generated = 0;

// Subgraph resolver types.
const resolvers = await staleOutputs('codegen.ts');
generated += resolvers.count;
if (resolvers.stale.length > 0) problems.push(`Generated files are stale: ${resolvers.stale.join(', ')}\nRun "npm run codegen" and commit the result.`);

// SDK operations and manifest; also files in its output folder that codegen no longer writes.
const sdk = await staleOutputs('packages/sdk/codegen.ts');
generated += sdk.count;
const sdkDir = path.join(root, 'packages/sdk/src/__generated__');
const written = new Set(sdk.outputs.map((o) => path.resolve(root, o.filename)));
const leftovers = existsSync(sdkDir) ? readdirSync(sdkDir).map((f) => path.join(sdkDir, f)).filter((f) => !written.has(f)).map(rel) : [];
if (sdk.stale.length > 0 || leftovers.length > 0) {
  const parts = [];
  if (sdk.stale.length > 0) parts.push(`stale: ${sdk.stale.join(', ')}`);
  if (leftovers.length > 0) parts.push(`no longer generated: ${leftovers.join(', ')} (delete it)`);
  problems.push(`The SDK's generated operations or persisted-operation manifest are out of date (${parts.join('; ')}).\nRun "npm run codegen" and commit the result.`);
}

// Schema reference.
const tooling = path.join(root, 'packages/sdk/dist/tooling/index.js');
if (!existsSync(tooling)) {
  problems.push(`Cannot check docs/schema-reference.md: packages/sdk is not built. Run "npm run build" first.`);
} else {
  const { readSupergraph, renderSchemaReference } = require(tooling);
  if (differs('docs/schema-reference.md', renderSchemaReference(readSupergraph()))) {
    problems.push(`docs/schema-reference.md is stale (it does not match schema/supergraph.graphql).\nRun "npm run schema:docs" and commit the result.`);
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`generated files are current (${generated} codegen files, docs/schema-reference.md)`);
