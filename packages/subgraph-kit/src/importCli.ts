import { existsSync } from 'node:fs';
import path from 'node:path';
import { connectDatabase, type Database } from './database';
import { mongoUriVariable, type SubgraphName } from './config';
import { createLogger } from './logger';
import type { UpsertResult } from './importing';

export type Importer = (
  database: Database,
  exportDir: string,
  onProgress: (written: number, total: number) => void,
) => Promise<UpsertResult>;

/**
 * `node dist/import.js <export folder>`: loads this subgraph's own export file into its own
 * database. Safe to repeat: records are replaced by key, never duplicated.
 */
export async function runImportCli(name: SubgraphName, importer: Importer, argv = process.argv.slice(2)): Promise<void> {
  const fail = (message: string): never => {
    process.stderr.write(`${message}\n`);
    process.exit(1);
  };
  const exportDir = argv[0];
  if (!exportDir || argv.length > 1) fail(`usage: node dist/import.js <export folder>  (make one with "npm run seed -- --cases N --seed S")`);
  const dir = path.resolve(exportDir!);
  if (!existsSync(path.join(dir, 'manifest.json'))) fail(`${dir} is not an export folder (no manifest.json); make one with "npm run seed".`);
  const variable = mongoUriVariable(name, process.env);
  const uri = process.env[variable];
  if (!uri) fail(`Set ${name.toUpperCase()}_MONGODB_URI or MONGODB_URI to the database to import into (npm start does this by itself).`);

  const logger = createLogger(`import-${name}`, 'warn');
  const database = await connectDatabase(uri!, name, logger).catch((error: Error) => fail(error.message));
  let lastPercent = -1;
  try {
    const result = await importer(database, dir, (written, total) => {
      const percent = total === 0 ? 100 : Math.floor((written / total) * 100);
      if (percent >= lastPercent + 10 || written === total) {
        lastPercent = percent;
        process.stdout.write(`  ${name}: ${written}/${total} records (${percent}%)\n`);
      }
    });
    process.stdout.write(`  ${name}: ${result.inserted} new, ${result.replaced} changed, ${result.unchanged} already up to date\n`);
  } catch (error) {
    fail(`Importing into ${name} failed: ${(error as Error).message}`);
  } finally {
    await database.close();
  }
}
