/**
 * Jest globalSetup shared by the packages whose tests need the database: one real embedded
 * database for the whole run (in a temporary folder) and one generated fixture export.
 * Workers find them through environment variables set here.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedDatabase, type RunningEmbeddedDatabase } from '@hub/embedded-db';
import { generateExport } from '@hub/seed';

export const FIXTURE = { cases: 240, seed: 20170 } as const;

declare global {
  var __hubTestDatabase: RunningEmbeddedDatabase | undefined;
}

export default async function globalSetup(): Promise<void> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'hub-test-'));
  // A key of the run's own, so no development key is written into the checkout.
  process.env.PERSONAL_DATA_KEY = process.env.PERSONAL_DATA_KEY ?? randomBytes(32).toString('base64');
  // The gateway identity key pair of the run (what the gateway signs, the subgraphs verify).
  if (!process.env.HUB_IDENTITY_PRIVATE_KEY) {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    process.env.HUB_IDENTITY_PRIVATE_KEY = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    process.env.HUB_IDENTITY_PUBLIC_KEY = publicKey.export({ format: 'pem', type: 'spki' }).toString();
  }
  // Court signing keys of the run's own too (the court importer generates the demo key history there).
  process.env.COURT_KEYS_DIR = process.env.COURT_KEYS_DIR ?? path.join(root, 'court-keys');
  process.env.PROCURATORATE_KEYS_DIR = process.env.PROCURATORATE_KEYS_DIR ?? path.join(root, 'procuratorate-keys');
  const database = await startEmbeddedDatabase({
    dataDir: path.join(root, 'db'),
    onProgress: (message) => process.stdout.write(`[test database] ${message}\n`),
  });
  globalThis.__hubTestDatabase = database;
  process.env.HUB_TEST_MONGODB_URI = database.uri;
  const exportDir = path.join(root, 'export');
  await generateExport({ cases: FIXTURE.cases, seed: FIXTURE.seed, outDir: exportDir });
  process.env.HUB_TEST_EXPORT_DIR = exportDir;
}
