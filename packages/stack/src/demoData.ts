import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { EXPORT_FILES } from '@hub/domain';
import { defaultExportDir, generateExport } from '@hub/seed';
import { runNodeScript } from './processes';
import { serviceScript, SUBGRAPH_NAMES, type SubgraphName } from './layout';

/** The subgraphs whose database holds no collection yet. */
export async function emptyDatabases(uris: Record<SubgraphName, string>): Promise<SubgraphName[]> {
  const empty: SubgraphName[] = [];
  for (const name of SUBGRAPH_NAMES) {
    const client = new MongoClient(uris[name], { serverSelectionTimeoutMS: 15_000 });
    try {
      const collections = await client.db(name).listCollections({}, { nameOnly: true }).toArray();
      if (collections.length === 0) empty.push(name);
    } finally {
      await client.close();
    }
  }
  return empty;
}

/** Whether the folder holds a complete export of today's format (an older one lacks newer files). */
function completeExport(dir: string): boolean {
  const manifestFile = path.join(dir, EXPORT_FILES.manifest);
  if (!existsSync(manifestFile)) return false;
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { counts?: Record<string, unknown> };
    return Object.keys(EXPORT_FILES).every((file) => file === 'manifest' || typeof manifest.counts?.[file] === 'number');
  } catch {
    return false;
  }
}

/** Generates the export folder once per (cases, seed) and format; later runs reuse it. */
export async function ensureExport(cases: number, seed: number, onProgress: (message: string) => void): Promise<string> {
  const dir = defaultExportDir(cases, seed);
  if (completeExport(dir)) return dir;
  onProgress(`generating ${cases} demo cases (seed ${seed}) into ${dir}`);
  let lastShown = -1;
  await generateExport({
    cases,
    seed,
    outDir: dir,
    onProgress: (done, total) => {
      const percent = Math.floor((done / total) * 100);
      if (percent >= lastShown + 25) {
        lastShown = percent;
        onProgress(`  generated ${done}/${total} cases (${percent}%)`);
      }
    },
  });
  return dir;
}

/** Each subgraph imports its own agency's file into its own database (idempotent). */
export async function importExport(
  exportDir: string,
  uris: Record<SubgraphName, string>,
  env: NodeJS.ProcessEnv,
  onProgress: (message: string) => void,
): Promise<void> {
  for (const name of SUBGRAPH_NAMES) {
    onProgress(`importing the ${name} export`);
    await runNodeScript(serviceScript(name, 'import'), [exportDir], { ...env, MONGODB_URI: uris[name] }, onProgress);
  }
}
