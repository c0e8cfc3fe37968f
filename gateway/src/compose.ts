/**
 * `npm run compose`: rebuilds schema/supergraph.graphql from the subgraphs' schema.graphql files.
 * `--check` only compares and fails when the committed file is stale (CI runs it).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeSupergraph, REPO_ROOT, SUPERGRAPH_PATH } from './supergraph';

function main(): void {
  const check = process.argv.includes('--check');
  const composed = composeSupergraph();
  const relative = path.relative(REPO_ROOT, SUPERGRAPH_PATH);
  if (check) {
    const current = existsSync(SUPERGRAPH_PATH) ? readFileSync(SUPERGRAPH_PATH, 'utf8') : '';
    if (current !== composed) {
      process.stderr.write(`${relative} is stale: run "npm run compose" and commit the result.\n`);
      process.exit(1);
    }
    process.stdout.write(`${relative} is current.\n`);
    return;
  }
  writeFileSync(SUPERGRAPH_PATH, composed);
  process.stdout.write(`wrote ${relative}\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`${(error as Error).message}\nFix the subgraph schemas named above, then run "npm run compose" again.\n`);
  process.exit(1);
}
