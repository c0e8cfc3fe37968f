/**
 * End to end: the embedded database, a generated data set imported by each subgraph's importer,
 * five subgraph processes and the gateway process, all over real HTTP.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  EXPORT_FILES,
  type CaseIndexExport,
  type CourtCaseExport,
  type ExecutionExport,
  type FileReviewExport,
  type LegalAidExport,
  type PersonExport,
  type PoliceCaseExport,
  type ProsecutionExport,
} from '@hub/domain';
import { defaultExportDir } from '@hub/seed';
import { committeeBearer, graphql } from '@hub/testing';
import { startHub, type RunningHub } from '../hub';
import { SUBGRAPH_NAMES } from '../layout';
import { dbCommandsSent } from '../metrics';

const DATA = { cases: 300, seed: 4242 };
const root = mkdtempSync(path.join(os.tmpdir(), 'hub-e2e-'));

process.env.PERSONAL_DATA_KEY = randomBytes(32).toString('base64');

let hub: RunningHub;
const serviceLog: string[] = [];

function readExport<T>(file: string): T[] {
  return readFileSync(path.join(defaultExportDir(DATA.cases, DATA.seed), file), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as T);
}

const query = async (text: string, variables: Record<string, unknown> = {}) => graphql(hub.gatewayUrl, text, variables, await committeeBearer());

beforeAll(async () => {
  hub = await startHub({
    env: { ...process.env, LOG_LEVEL: 'info' },
    dataDir: path.join(root, 'db'),
    demoData: DATA,
    onServiceLog: (_service, line) => serviceLog.push(line),
  });
}, 600_000);
afterAll(() => hub?.stop());

const TIMELINE = `query ($id: ID!) { case(id: $id) { id stage closureReason courtCases { number courtCode instance } timeline { at agency type title documentNumber } } }`;

describe('with the generated data set', () => {
  let index: CaseIndexExport[];
  let agencyEvents: Map<string, Array<{ at: string; type: string; documentNumber?: string }>>;
  let executions: ExecutionExport[];

  beforeAll(() => {
    index = readExport<CaseIndexExport>(EXPORT_FILES.cases);
    executions = readExport<ExecutionExport>(EXPORT_FILES.justice);
    agencyEvents = new Map();
    const add = (caseId: string, events: Array<{ at: string; type: string; documentNumber?: string }>) =>
      agencyEvents.set(caseId, [...(agencyEvents.get(caseId) ?? []), ...events]);
    readExport<PoliceCaseExport>(EXPORT_FILES.police).forEach((r) => add(r.caseId, r.events));
    readExport<ProsecutionExport>(EXPORT_FILES.procuratorate).forEach((r) => add(r.caseId, r.events));
    readExport<CourtCaseExport>(EXPORT_FILES.court).forEach((r) => add(r.caseId, r.events));
    executions.forEach((r) => add(r.caseId, r.events));
    // The service events that belong to a case: a legal-aid appointment (法律援助) and an approved
    // file review (律师阅卷).
    readExport<LegalAidExport>(EXPORT_FILES.legalAid).forEach((r) => add(r.caseId, r.events));
    readExport<FileReviewExport>(EXPORT_FILES.fileReviews)
      .filter((r) => r.status === 'APPROVED' && r.decidedAt)
      .forEach((r) => add(r.caseId, [{ at: r.decidedAt!, type: 'LAWYER_FILE_REVIEW_APPROVED' }]));
  });

  async function timelineOf(caseId: string) {
    const res = await query(TIMELINE, { id: caseId });
    expect(res.errors).toBeUndefined();
    const timeline = res.data!.case.timeline as Array<{ at: string; agency: string; type: string; documentNumber: string | null }>;
    const times = timeline.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    // Exactly the events the four agencies exported for this case, none lost, none invented.
    const key = (e: { at: string; type: string; documentNumber?: string | null }) => `${Date.parse(e.at)} ${e.type} ${e.documentNumber ?? ''}`;
    expect(timeline.map(key).sort()).toEqual(agencyEvents.get(caseId)!.map(key).sort());
    return res.data!.case;
  }

  test('a case that went to prison has events of all four agencies in time order, and its 案号 finds it', async () => {
    const prison = executions.find((e) => e.kind === 'PRISON')!;
    const found = await timelineOf(prison.caseId);
    expect(new Set(found.timeline.map((e: { agency: string }) => e.agency))).toEqual(new Set(['POLICE', 'PROCURATORATE', 'COURT', 'JUSTICE']));
    expect(found.timeline[0].type).toMatch(/REPORTED|CASE_FILED/);
    expect(found.timeline.map((e: { type: string }) => e.type)).toContain('PRISON_ADMITTED');
    const byNumber = await query(`query ($n: String!) { caseByNumber(number: $n) { id } }`, { n: found.courtCases[0].number.replace('（', '(').replace('）', ')') });
    expect(byNumber.data!.caseByNumber.id).toBe(prison.caseId);
  });

  test('a withdrawn case ends with the withdrawal and has only police events', async () => {
    const withdrawn = index.find((c) => c.closureReason === 'WITHDRAWN')!;
    const found = await timelineOf(withdrawn.caseId);
    expect(found).toMatchObject({ stage: 'CLOSED', closureReason: 'WITHDRAWN', courtCases: [] });
    expect(found.timeline.at(-1).type).toBe('CASE_WITHDRAWN');
    expect(new Set(found.timeline.map((e: { agency: string }) => e.agency))).toEqual(new Set(['POLICE']));
  });

  test('a non-prosecuted case ends at the procuratorate and never reaches a court', async () => {
    const closed = index.find((c) => c.closureReason === 'NOT_PROSECUTED')!;
    const found = await timelineOf(closed.caseId);
    expect(found).toMatchObject({ stage: 'CLOSED', courtCases: [] });
    expect(found.timeline.at(-1)).toMatchObject({ agency: 'PROCURATORATE', type: 'NOT_PROSECUTED' });
  });

  test('an appealed case has a first and a second instance, the appeal at the higher court', async () => {
    const appealed = index.find((c) => c.numbers.filter((n) => n.kind === 'COURT_CASE').length === 2 && c.stage !== 'APPEAL')!;
    const found = await timelineOf(appealed.caseId);
    expect(found.courtCases.map((c: { instance: string }) => c.instance)).toEqual(['FIRST', 'SECOND']);
    expect(found.courtCases[1].number).toMatch(/刑终/);
    const types = found.timeline.map((e: { type: string }) => e.type);
    for (const step of ['FIRST_INSTANCE_JUDGMENT', 'APPEAL_FILED', 'SECOND_INSTANCE_REGISTERED', 'SECOND_INSTANCE_JUDGMENT', 'JUDGMENT_EFFECTIVE']) {
      expect(types).toContain(step);
    }
    expect(types.indexOf('APPEAL_FILED')).toBeLessThan(types.indexOf('SECOND_INSTANCE_JUDGMENT'));
  });

  test('no personal data reaches the logs', () => {
    const persons = readExport<PersonExport>(EXPORT_FILES.persons);
    const logText = serviceLog.join('\n');
    expect(serviceLog.length).toBeGreaterThan(0);
    for (const person of persons) {
      expect(logText.includes(person.idNumber) || logText.includes(person.name)).toBe(false);
    }
  });
});

async function commandsFor(first: number): Promise<Record<string, number>> {
  const before = await dbCommandsSent(hub);
  const res = await query(`query ($first: Int) { cases(first: $first) { edges { node { id timeline { at } } } } }`, { first });
  expect(res.errors).toBeUndefined();
  expect(res.data!.cases.edges).toHaveLength(first);
  const after = await dbCommandsSent(hub);
  return Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, after[name] - before[name]]));
}

test('the timelines of a page of 50 cases cost as many database commands per subgraph as a page of 10', async () => {
  const ten = await commandsFor(10);
  const fifty = await commandsFor(50);
  expect(fifty).toEqual(ten);
  for (const name of SUBGRAPH_NAMES) expect(fifty[name]).toBeLessThanOrEqual(2);
});

test('every request is logged as one structured line with request id, duration and subgraph timings', async () => {
  await fetch(hub.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': 'e2e-log-check', ...(await committeeBearer()) },
    body: JSON.stringify({ query: 'query LogCheck { cases(first: 1) { edges { node { id timeline { at } } } } }' }),
  });
  // Service output reaches us through pipes: wait (bounded) for the seven lines: the gateway, four agencies, cases twice (lookup, timeline).
  const logged = () => serviceLog.filter((l) => l.includes('e2e-log-check'));
  for (let waited = 0; logged().length < 7 && waited < 5000; waited += 100) await new Promise((r) => setTimeout(r, 100));
  const lines = logged().map((l) => JSON.parse(l) as Record<string, unknown>);
  const gatewayLine = lines.find((l) => l.service === 'gateway')!;
  expect(gatewayLine).toMatchObject({ msg: 'operation', operation: 'LogCheck', requestId: 'e2e-log-check' });
  expect(Object.keys(gatewayLine.subgraphs as object).sort()).toEqual([...SUBGRAPH_NAMES].sort());
  const subgraphServices = new Set(lines.map((l) => String(l.service)).filter((service) => service.startsWith('subgraph-')));
  expect([...subgraphServices].sort()).toEqual(SUBGRAPH_NAMES.map((name) => `subgraph-${name}`).sort());
});

describe('bad input never crashes a service', () => {
  test('a malformed case number is BAD_USER_INPUT naming the accepted formats', async () => {
    const res = await query(`{ caseByNumber(number: "鲁03刑初") { id } }`);
    expect(res.status).toBe(200);
    expect(res.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect((res.errors![0]!.extensions!.acceptedFormats as string[]).length).toBeGreaterThan(2);
  });

  test('paging arguments out of range are BAD_USER_INPUT', async () => {
    for (const args of ['first: 0', 'first: 1000', 'after: "bm9wZQ"']) {
      const res = await query(`{ cases(${args}) { edges { cursor } } }`);
      expect(res.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    }
  });

  test('a body that is not JSON gets a JSON error without internals', async () => {
    const response = await fetch(hub.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(text).not.toMatch(/at .*\.js|node_modules|SyntaxError/);
  });

  test('an oversized body is refused with 413', async () => {
    const response = await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ cases { totalCount } }`, variables: { pad: 'x'.repeat(300_000) } }),
    });
    expect(response.status).toBe(413);
  });

  test('the services are all still up', async () => {
    const ready = await fetch(new URL('/ready', hub.gatewayUrl));
    expect(ready.status).toBe(200);
  });
});

test('with a subgraph down the gateway still serves what does not need it, and says it is not ready', async () => {
  await hub.services['subgraph-justice']!.stop();
  const ready = await fetch(new URL('/ready', hub.gatewayUrl));
  expect(ready.status).toBe(503);
  expect(((await ready.json()) as { subgraphs: Record<string, string> }).subgraphs.justice).toBe('unavailable');
  const res = await query(`{ cases(first: 3) { edges { node { id stage policeCase { number } courtCases { number } } } } }`);
  expect(res.errors).toBeUndefined();
  expect(res.data!.cases.edges).toHaveLength(3);
  const broken = await query(`{ cases(first: 1) { edges { node { id executions { kind } } } } }`);
  expect(broken.errors![0]).toMatchObject({ message: expect.stringMatching(/justice/), extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'justice' } });
  expect(JSON.stringify(broken)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
});
