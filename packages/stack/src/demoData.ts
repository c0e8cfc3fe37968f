import { existsSync } from 'node:fs';
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

/** Generates the export folder once per (cases, seed); later runs reuse it. */
export async function ensureExport(cases: number, seed: number, onProgress: (message: string) => void): Promise<string> {
  const dir = defaultExportDir(cases, seed);
  if (existsSync(path.join(dir, EXPORT_FILES.manifest))) return dir;
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
