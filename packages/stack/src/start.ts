/**
 * `npm start`: the whole hub on this machine. With no MongoDB URI configured it runs the embedded
 * database, loads the demo data when the databases are empty, starts every subgraph and the
 * gateway as its own process, and prints where to send queries. Ctrl-C stops everything.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { DEFAULT_GATEWAY_PORT, DEFAULT_SUBGRAPH_PORTS, signDevToken } from '@hub/subgraph-kit';
import { startHub, type RunningHub } from './hub';
import { runFile } from './runFile';

const DEMO_CASES = Number(process.env.HUB_DEMO_CASES ?? 2000);
const DEMO_SEED = Number(process.env.HUB_DEMO_SEED ?? 2017);

function say(message: string): void {
  process.stdout.write(`[hub] ${message}\n`);
}

async function exampleQuery(gatewayUrl: string): Promise<string | null> {
  const query = `{ cases(first: 1, filter: { stage: EXECUTION }) { edges { node { id courtCases { number } } } } }`;
  try {
    // Case data needs a login: the example asks as the political-legal committee, with a development token.
    const token = await signDevToken({ role: 'committee', org: 'ZB-ZFW', sub: 'npm-start-example', ttlSeconds: 60 });
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-access-purpose': 'npm start: example query' },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { data?: { cases: { edges: Array<{ node: { id: string; courtCases: Array<{ number: string }> } }> } } };
    const node = body.data?.cases.edges[0]?.node;
    return node ? `case ${node.id}, court case number ${node.courtCases[0]?.number ?? '—'}` : null;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  if (!Number.isInteger(DEMO_CASES) || DEMO_CASES < 1 || !Number.isInteger(DEMO_SEED)) {
    throw new Error('HUB_DEMO_CASES must be a positive integer and HUB_DEMO_SEED an integer.');
  }
  say('starting the political-legal hub');
  const showLogs = process.env.HUB_SERVICE_LOGS !== 'off';
  const hub: RunningHub = await startHub({
    demoData: { cases: DEMO_CASES, seed: DEMO_SEED },
    ports: { gateway: Number(process.env.PORT ?? DEFAULT_GATEWAY_PORT), ...DEFAULT_SUBGRAPH_PORTS },
    onProgress: say,
    onServiceLog: (_service, line) => {
      if (showLogs) process.stdout.write(`${line}\n`);
    },
  });
  // Where the running hub's databases are, for `npm run access-log:verify`.
  mkdirSync(runFile.dir(), { recursive: true });
  writeFileSync(runFile.path(), JSON.stringify({ pid: process.pid, gatewayUrl: hub.gatewayUrl, mongoUris: hub.mongoUris }, null, 2));
  const example = await exampleQuery(hub.gatewayUrl);
  say(`ready: send GraphQL queries to ${hub.gatewayUrl}`);
  say(`health: ${new URL('/health', hub.gatewayUrl)}   readiness: ${new URL('/ready', hub.gatewayUrl)}`);
  if (example) say(`for example ${example}: see README.md, "Try it"`);
  say('case data needs a token: npm run token -- --role committee   (README.md, "Roles and tokens")');
  say('press Ctrl-C to stop');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping every service`);
    rmSync(runFile.path(), { force: true });
    await hub.stop();
    say('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: Error) => {
  process.stderr.write(`[hub] cannot start: ${error.message}\n`);
  process.exit(1);
});
