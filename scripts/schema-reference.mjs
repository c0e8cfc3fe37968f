// `npm run schema:docs`: writes docs/schema-reference.md from the API schema of
// schema/supergraph.graphql (the renderer is @hub/sdk's tooling: packages/sdk/src/tooling/schemaReference.ts).
// `--check` only compares and fails when the committed file is stale (scripts/check-codegen.mjs does the same).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const { readSupergraph, renderSchemaReference } = require(path.join(root, 'packages/sdk/dist/tooling/index.js'));

const target = path.join(root, 'docs', 'schema-reference.md');
const relative = path.relative(root, target);
const rendered = renderSchemaReference(readSupergraph());

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  if (current !== rendered) {
    console.error(`${relative} is stale: run "npm run schema:docs" and commit the result.`);
    process.exit(1);
  }
  console.log(`${relative} is current.`);
} else {
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, rendered);
  console.log(`wrote ${relative}`);
}
