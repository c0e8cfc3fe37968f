import path from 'node:path';
import { startEmbeddedDatabase, type RunningEmbeddedDatabase } from '@hub/embedded-db';
import { stateDir } from '@hub/workspace';
import { emptyDatabases, ensureExport, importExport } from './demoData';
import { freePort, startNodeProcess, waitUntilReady, type ManagedProcess } from './processes';
import { configuredMongoUris, serviceScript, SUBGRAPH_NAMES, type SubgraphName } from './layout';

export interface HubOptions {
  /** Environment for every service (defaults to this process's); database URIs are read from it. */
  env?: NodeJS.ProcessEnv;
  /** Where the embedded database keeps its files, when one is needed. */
  dataDir?: string;
  /** Fixed ports; any not given is picked free. */
  ports?: Partial<Record<SubgraphName | 'gateway', number>>;
  /** Load a generated data set when a database is empty; false to leave the databases alone. */
  demoData?: { cases: number; seed: number } | false;
  onServiceLog?: (service: string, line: string) => void;
  onProgress?: (message: string) => void;
}

export interface RunningHub {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  mongoUris: Record<SubgraphName, string>;
  embeddedDatabase: RunningEmbeddedDatabase | null;
  /** Every service process by name (`subgraph-police`, …, `gateway`). */
  services: Record<string, ManagedProcess>;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 60_000;

/** Starts the database (embedded unless URIs are configured), demo data, five subgraphs and the gateway. */
export async function startHub(options: HubOptions = {}): Promise<RunningHub> {
  const env = options.env ?? process.env;
  const progress = options.onProgress ?? (() => undefined);
  const onLog = options.onServiceLog ?? (() => undefined);
  const started: ManagedProcess[] = [];
  let embedded: RunningEmbeddedDatabase | null = null;
  const stopAll = async () => {
    await Promise.all(started.reverse().map((p) => p.stop()));
    await embedded?.stop();
  };
  try {
    const configured = configuredMongoUris(env);
    const dataDir = options.dataDir ?? path.join(stateDir(), 'data', 'ferretdb');
    const startEmbedded = async () => {
      embedded = await startEmbeddedDatabase({ dataDir, onProgress: progress });
      progress(`embedded database (FerretDB, SQLite) listening at ${embedded.uri}`);
    };
    if (SUBGRAPH_NAMES.some((name) => !configured[name])) await startEmbedded();
    const urisNow = () => Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, configured[name] ?? embedded!.uri])) as Record<SubgraphName, string>;

    if (options.demoData) {
      const empty = await emptyDatabases(urisNow());
      if (empty.length > 0) {
        progress(`databases without data: ${empty.join(', ')}; loading ${options.demoData.cases} demo cases`);
        const dir = await ensureExport(options.demoData.cases, options.demoData.seed, progress);
        await importExport(dir, urisNow(), env, progress);
        if (embedded) {
          // The embedded engine's connections only use the key indexes of new collections after
          // a restart (see packages/embedded-db/go/idindex.go); without it every read scans.
          progress('restarting the embedded database so that lookups by key use their indexes');
          await (embedded as RunningEmbeddedDatabase).stop();
          await startEmbedded();
        }
      }
    }
    const mongoUris = urisNow();

    // Known before the subgraphs start: the court subgraph builds verification URLs on it.
    const gatewayPort = options.ports?.gateway ?? (await freePort());
    const subgraphUrls = {} as Record<SubgraphName, string>;
    const subgraphs = await Promise.all(
      SUBGRAPH_NAMES.map(async (name) => {
        const port = options.ports?.[name] ?? (await freePort());
        subgraphUrls[name] = `http://127.0.0.1:${port}/graphql`;
        const child = startNodeProcess(`subgraph-${name}`, serviceScript(name), { ...env, PORT: String(port), HOST: '127.0.0.1', MONGODB_URI: mongoUris[name], GATEWAY_PORT: String(gatewayPort) }, onLog);
        started.push(child);
        return { port, child };
      }),
    );
    progress('starting the five subgraphs');
    await Promise.all(subgraphs.map(({ port, child }) => waitUntilReady(`http://127.0.0.1:${port}/ready`, READY_TIMEOUT_MS, child)));

    const subgraphUrlEnv = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_URL`, subgraphUrls[name]]));
    const gateway = startNodeProcess('gateway', serviceScript('gateway'), { ...env, ...subgraphUrlEnv, PORT: String(gatewayPort), HOST: '127.0.0.1' }, onLog);
    started.push(gateway);
    progress('starting the gateway');
    await waitUntilReady(`http://127.0.0.1:${gatewayPort}/ready`, READY_TIMEOUT_MS, gateway);

    const services = Object.fromEntries(started.map((p) => [p.name, p]));
    return { gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`, subgraphUrls, mongoUris, embeddedDatabase: embedded, services, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
