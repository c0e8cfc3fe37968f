/**
 * `npm run access-log:verify`: recomputes every service's access log chain and reports the first
 * changed, removed or reordered entry. Reads the databases of the running `npm start` (from
 * .hub/run/hub.json) or those configured with MONGODB_URI / <NAME>_MONGODB_URI.
 */
import { existsSync, readFileSync } from 'node:fs';
import { connectDatabase, createLogger, verifyAccessLog } from '@hub/subgraph-kit';
import { configuredMongoUris, SUBGRAPH_NAMES, type SubgraphName } from './layout';
import { runFile } from './runFile';

function databaseUris(): Record<SubgraphName, string> {
  const configured = configuredMongoUris(process.env);
  if (SUBGRAPH_NAMES.every((name) => configured[name])) return configured as Record<SubgraphName, string>;
  if (existsSync(runFile.path())) return (JSON.parse(readFileSync(runFile.path(), 'utf8')) as { mongoUris: Record<SubgraphName, string> }).mongoUris;
  throw new Error('No databases to check: start the hub with "npm start" (in another terminal) or set MONGODB_URI.');
}

async function main(): Promise<void> {
  const uris = databaseUris();
  const logger = createLogger('access-log-verify', 'error');
  let broken = 0;
  for (const name of SUBGRAPH_NAMES) {
    process.stdout.write(`[access-log] ${name}: checking… `);
    const database = await connectDatabase(uris[name], name, logger);
    try {
      const check = await verifyAccessLog(database.connection);
      if (check.ok) process.stdout.write(`intact, ${check.entries} entries\n`);
      else {
        broken += 1;
        process.stdout.write(`TAMPERED: ${check.problem}\n`);
      }
    } finally {
      await database.close();
    }
  }
  if (broken > 0) {
    process.stderr.write(`[access-log] ${broken} service log(s) fail verification: treat as a security incident; keep the databases as they are for investigation.\n`);
    process.exit(1);
  }
  process.stdout.write('[access-log] every chain verifies\n');
}

main().catch((error: Error) => {
  process.stderr.write(`[access-log] cannot verify: ${error.message}\n`);
  process.exit(2);
});
