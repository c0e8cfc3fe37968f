// `npm run schema:check`: fails when schema/supergraph.graphql breaks clients compared with its
// base version in git (SCHEMA_BASE_REF, else the merge-base with origin/main on a branch, else
// HEAD^ on main). The logic is @hub/sdk's tooling: packages/sdk/src/tooling/schemaBreakingCheck.ts.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const { runSchemaBreakingCheck } = require(path.join(root, 'packages/sdk/dist/tooling/index.js'));

try {
  const { ok, report } = await runSchemaBreakingCheck({ repoRoot: root });
  (ok ? console.log : console.error)(report);
  process.exit(ok ? 0 : 1);
} catch (error) {
  console.error(`Schema check failed to run: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
