/**
 * `npm run bench`: the timeline query for random cases through the gateway, at the demo size and
 * at 20,000 cases, on the embedded database. Loopback only, bounded in time and requests.
 * Prints a table and writes the numbers as JSON into .hub/bench/ (copy them into BENCHMARKS.md).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { MongoClient } from 'mongodb';
import { EXPORT_FILES, type CaseIndexExport } from '@hub/domain';
import { findRepoRoot, stateDir } from '@hub/workspace';
import { defaultExportDir } from '@hub/seed';
import { startHub, type RunningHub } from './hub';
import { signDevToken } from '@hub/subgraph-kit';
import { SUBGRAPH_NAMES } from './layout';
import { dbCommandsSent } from './metrics';

const SIZES = (process.env.BENCH_SIZES ?? '2000,20000').split(',').map(Number);
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 15) * 1000;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const MAX_REQUESTS = 200_000;
const SEED = 2017;

const TIMELINE = `query Timeline($id: ID!) { case(id: $id) { id stage timeline { at agency type title documentNumber } } }`;
const VERIFY = `query Verify($code: String!) { verifyJudgment(code: $code) { status judgment { caseNumber court { name } issuedOn maskedParties } } }`;
const JUDGMENT_URLS = `query JudgmentUrls($id: ID!) { case(id: $id) { courtCases { judgments { status qr { url } } } } }`;

const say = (message: string) => process.stdout.write(`[bench] ${message}\n`);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** A small deterministic generator so every run asks for the same sequence of cases. */
function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One kind of request the load test sends: the n-th request's body, and whether an answer is right. */
interface Workload {
  /** Extra headers, e.g. a token; verification is public and sends none. */
  headers?: Record<string, string>;
  body(n: number): string;
  ok(answer: { errors?: unknown[]; data?: Record<string, unknown> | null }): boolean;
}

function timelineWorkload(caseIds: string[], authorization: string): Workload {
  const next = sequence(SEED);
  return {
    headers: { authorization },
    body: () => JSON.stringify({ query: TIMELINE, variables: { id: caseIds[Math.floor(next() * caseIds.length)]! } }),
    ok: (answer) => !answer.errors && Boolean(answer.data?.case),
  };
}

/** Scanned judgment codes (the whole verification URL, as a phone sends it), each must verify VALID. */
function verificationWorkload(urls: string[]): Workload {
  return {
    body: (n) => JSON.stringify({ query: VERIFY, variables: { code: urls[n % urls.length] } }),
    ok: (answer) => (answer.data?.verifyJudgment as { status?: string } | undefined)?.status === 'VALID',
  };
}

async function loadTest(hub: RunningHub, workload: Workload) {
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  const before = await dbCommandsSent(hub);
  const deadline = Date.now() + DURATION_MS;
  const worker = async () => {
    while (Date.now() < deadline && sent < MAX_REQUESTS) {
      const body = workload.body(sent++);
      const started = performance.now();
      const response = await fetch(hub.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...workload.headers }, body });
      const answer = (await response.json()) as { errors?: unknown[]; data?: Record<string, unknown> | null };
      if (!response.ok || !workload.ok(answer)) errors += 1;
      else latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  const after = await dbCommandsSent(hub);
  latencies.sort((a, b) => a - b);
  const requests = latencies.length;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    requests,
    errors,
    throughputPerSecond: round(requests / seconds),
    latencyMs: { p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)), p99: round(percentile(latencies, 99)) },
    dbCommandsPerRequest: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, round((after[n] - before[n]) / Math.max(1, requests + errors))])),
  };
}

/** Verification URLs of the judgments of the first cases that have one (up to `limit`), read through the gateway. */
async function verificationUrls(hub: RunningHub, caseIds: string[], limit: number, authorization: string): Promise<string[]> {
  const urls: string[] = [];
  for (const id of caseIds) {
    if (urls.length >= limit) break;
    const response = await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query: JUDGMENT_URLS, variables: { id } }),
    });
    const answer = (await response.json()) as { data?: { case: { courtCases: Array<{ judgments: Array<{ status: string; qr: { url: string } }> }> } | null } };
    for (const courtCase of answer.data?.case?.courtCases ?? []) {
      for (const judgment of courtCase.judgments) if (judgment.status === 'IN_FORCE') urls.push(judgment.qr.url);
    }
  }
  return urls.slice(0, limit);
}

/** What the database costs per query, measured with the driver alone: median of up to 30 runs within about 10 s. */
async function engineCosts(uri: string, caseIds: string[]) {
  const client = await MongoClient.connect(uri);
  const cases = client.db('cases').collection<{ _id: string }>('cases');
  const time = async (run: () => Promise<unknown>) => {
    const samples: number[] = [];
    const deadline = performance.now() + 10_000;
    for (let i = 0; i < 30 && (i < 3 || performance.now() < deadline); i += 1) {
      const started = performance.now();
      await run();
      samples.push(performance.now() - started);
    }
    samples.sort((a, b) => a - b);
    return Math.round(percentile(samples, 50) * 100) / 100;
  };
  try {
    return {
      findByIdMs: await time(() => cases.findOne({ _id: caseIds[7]! })),
      findIn50IdsMs: await time(() => cases.find({ _id: { $in: caseIds.slice(0, 50) } }).toArray()),
      firstPageFilteredSortedMs: await time(() => cases.find({ stage: 'CLOSED' }).sort({ filedAt: -1, _id: -1 }).limit(21).toArray()),
      countAllMs: await time(() => cases.countDocuments({})),
    };
  } finally {
    await client.close();
  }
}

/** The seal library's own bench (packages/judgment-seal/src/bench.ts), in a process of its own so it has a core to itself. */
async function sealBench(): Promise<string[]> {
  const script = path.join(findRepoRoot(), 'packages', 'judgment-seal', 'dist', 'bench.js');
  const { stdout } = await promisify(execFile)(process.execPath, [script], { encoding: 'utf8', timeout: 120_000 });
  return stdout.trim().split('\n');
}

let running: RunningHub | null = null;
// Ctrl-C stops the hub under test instead of leaving its processes behind.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    say(`${signal}: stopping`);
    void (running?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
  });
}

async function benchSize(cases: number) {
  const root = mkdtempSync(path.join(os.tmpdir(), `hub-bench-${cases}-`));
  say(`${cases} cases: starting the hub on a fresh embedded database in ${root} (generates and imports the data; the 20,000-case import takes a few minutes)`);
  const importStarted = performance.now();
  const hub = await startHub({
    env: {
      ...process.env,
      HUB_STATE_DIR: process.env.HUB_STATE_DIR ?? stateDir(),
      PERSONAL_DATA_KEY: randomBytes(32).toString('base64'),
      LOG_LEVEL: 'warn',
      // A load test from one address and one token: the per-caller limit would measure itself.
      RATE_LIMIT_PER_MINUTE: '100000000',
    },
    dataDir: path.join(root, 'db'),
    demoData: { cases, seed: SEED },
    onProgress: (m) => say(`  ${m}`),
  });
  running = hub;
  const startupSeconds = Math.round((performance.now() - importStarted) / 100) / 10;
  try {
    const index = readFileSync(path.join(defaultExportDir(cases, SEED), EXPORT_FILES.cases), 'utf8').trim().split('\n');
    const caseIds = index.map((line) => (JSON.parse(line) as CaseIndexExport).caseId);
    say(`  warming up, then ${DURATION_MS / 1000} s of timeline queries with ${CONCURRENCY} concurrent clients`);
    // Case data needs a token: the committee's, from the development key (see README, Roles and tokens).
    const authorization = `Bearer ${await signDevToken({ role: 'committee', org: 'ZB-ZFW', sub: 'bench', ttlSeconds: 3600 })}`;
    await fetch(hub.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: JSON.stringify({ query: TIMELINE, variables: { id: caseIds[0] } }) });
    const load = await loadTest(hub, timelineWorkload(caseIds, authorization));
    say(`  ${load.throughputPerSecond} req/s, p50 ${load.latencyMs.p50} ms, p95 ${load.latencyMs.p95} ms, p99 ${load.latencyMs.p99} ms, errors ${load.errors}`);
    const urls = await verificationUrls(hub, caseIds, 200, authorization);
    say(`  ${DURATION_MS / 1000} s of judgment verifications (${urls.length} distinct scanned codes) with ${CONCURRENCY} concurrent clients`);
    const verification = await loadTest(hub, verificationWorkload(urls));
    say(`  ${verification.throughputPerSecond} verifications/s, p50 ${verification.latencyMs.p50} ms, p95 ${verification.latencyMs.p95} ms, p99 ${verification.latencyMs.p99} ms, errors ${verification.errors}`);
    const engine = await engineCosts(hub.mongoUris.cases, caseIds);
    say(`  engine: by _id ${engine.findByIdMs} ms, $in 50 ids ${engine.findIn50IdsMs} ms, filtered+sorted page ${engine.firstPageFilteredSortedMs} ms, count ${engine.countAllMs} ms`);
    return { cases, startupSecondsIncludingImport: startupSeconds, load, verification: { distinctCodes: urls.length, ...verification }, engine };
  } finally {
    await hub.stop();
    running = null;
  }
}

async function main(): Promise<void> {
  if (SIZES.some((n) => !Number.isInteger(n) || n < 1) || !(DURATION_MS > 0) || !(CONCURRENCY > 0)) {
    throw new Error('BENCH_SIZES must be comma-separated positive integers; BENCH_SECONDS and BENCH_CONCURRENCY positive numbers.');
  }
  say('judgment seals in process (one core): verifications per second, code length, QR version');
  const seals = await sealBench();
  for (const line of seals) say(`  ${line}`);
  const results = [];
  for (const size of SIZES) results.push(await benchSize(size));
  const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version };
  const out = path.join(stateDir(), 'bench');
  mkdirSync(out, { recursive: true });
  const file = path.join(out, `timeline-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ machine, durationSeconds: DURATION_MS / 1000, concurrency: CONCURRENCY, judgmentSealsInProcess: seals, results }, null, 2));
  say(`wrote ${file}`);
}

main().catch((error: Error) => {
  process.stderr.write(`[bench] failed: ${error.message}\n`);
  process.exit(1);
});
