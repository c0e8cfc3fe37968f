/**
 * The attack suite and the access rules, end to end: real gateway and subgraph processes, real
 * tokens, real HTTP. Each attempt must be refused with the right code, leak nothing, and — where
 * it touched case or person data — appear in the access log.
 */
import { execFile } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import http from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { SignJWT, exportJWK } from 'jose';
import { MongoClient } from 'mongodb';
import mongoose from 'mongoose';
import { EXPORT_FILES, type CaseIndexExport, type ExecutionExport, type FileReviewExport, type PoliceCaseExport } from '@hub/domain';
import { CaseByNumberDocument, operationHash, operationText } from '@hub/sdk';
import { defaultExportDir } from '@hub/seed';
import {
  createIdentitySigner,
  DEFAULT_TOKEN_AUDIENCE,
  DEV_TOKEN_ISSUER,
  IDENTITY_HEADER,
  loadDevTokenKey,
  loadIdentityKeys,
  PUBLIC_IDENTITY,
  verifyAccessLog,
  type DevTokenClaims,
} from '@hub/subgraph-kit';
import { bearer, committeeBearer, graphql, type GraphQLResponse } from '@hub/testing';
import { findRepoRoot } from '@hub/workspace';
import { startHub, type RunningHub } from '../hub';
import { serviceScript, SUBGRAPH_NAMES } from '../layout';
import { freePort, startNodeProcess, waitUntilReady, type ManagedProcess } from '../processes';

const run = promisify(execFile);
const DATA = { cases: 300, seed: 4242 };
const root = mkdtempSync(path.join(os.tmpdir(), 'hub-security-'));
process.env.PERSONAL_DATA_KEY = randomBytes(32).toString('base64');

let hub: RunningHub;

function readExport<T>(file: string): T[] {
  return readFileSync(path.join(defaultExportDir(DATA.cases, DATA.seed), file), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as T);
}

/** A case every agency holds a record of (it went to prison), and a defendant of it. */
let fullCase: CaseIndexExport;
let defendantId: string;
let otherCaseId: string;

const ask = (query: string, variables: Record<string, unknown>, headers: Record<string, string>) => graphql(hub.gatewayUrl, query, variables, headers);
const as = async (claims: DevTokenClaims, query: string, variables: Record<string, unknown> = {}, extra: Record<string, string> = {}) =>
  ask(query, variables, { ...(await bearer(claims)), ...extra });

const codesOf = (res: GraphQLResponse) => (res.errors ?? []).map((e) => e.extensions?.code);
const refusedAt = (res: GraphQLResponse, field: string) =>
  (res.errors ?? []).some((e) => e.extensions?.code === 'FORBIDDEN' && e.path?.[e.path.length - 1] === field);

beforeAll(async () => {
  hub = await startHub({ env: { ...process.env, LOG_LEVEL: 'warn' }, dataDir: path.join(root, 'db'), demoData: DATA });
  const executions = readExport<ExecutionExport>(EXPORT_FILES.justice);
  const police = new Set(readExport<PoliceCaseExport>(EXPORT_FILES.police).map((p) => p.caseId));
  const cases = readExport<CaseIndexExport>(EXPORT_FILES.cases);
  const prison = executions.find((e) => e.kind === 'PRISON' && police.has(e.caseId))!;
  fullCase = cases.find((c) => c.caseId === prison.caseId)!;
  defendantId = prison.personId;
  otherCaseId = cases.find((c) => c.caseId !== fullCase.caseId && police.has(c.caseId))!.caseId;
}, 600_000);
afterAll(() => hub?.stop());

describe('tokens at the gateway', () => {
  const CASE = `query ($id: ID!) { case(id: $id) { id } }`;

  async function refused(authorization: string) {
    const response = await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query: CASE, variables: { id: fullCase.caseId } }),
    });
    const body = (await response.json()) as GraphQLResponse;
    expect(response.status).toBe(401);
    expect(codesOf(body)).toEqual(['UNAUTHENTICATED']);
    expect(body.data).toBeUndefined();
    return body.errors![0]!.message;
  }

  const claims = { role: 'committee', org: 'ZB-ZFW' };
  const signWith = (key: Parameters<SignJWT['sign']>[0], alg: string, edit: (jwt: SignJWT) => SignJWT = (j) => j) =>
    edit(new SignJWT(claims).setProtectedHeader({ alg }).setSubject('attacker').setIssuer(DEV_TOKEN_ISSUER).setAudience(DEFAULT_TOKEN_AUDIENCE).setIssuedAt().setExpirationTime('1h')).sign(key);

  test('no token is the public: case data is refused with FORBIDDEN, nothing leaks', async () => {
    const res = await graphql(hub.gatewayUrl, CASE, { id: fullCase.caseId });
    expect(res.data?.case).toBeNull();
    expect(codesOf(res)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(res)).not.toContain(fullCase.offence);
  });

  test('an expired token', async () => {
    expect(await refused(`Bearer ${await signWith(loadDevTokenKey(), 'EdDSA', (j) => j.setExpirationTime(Math.floor(Date.now() / 1000) - 120))}`)).toMatch(/expired/);
  });

  test('a wrong issuer or audience', async () => {
    expect(await refused(`Bearer ${await signWith(loadDevTokenKey(), 'EdDSA', (j) => j.setIssuer('https://evil.example'))}`)).toMatch(/not for this hub/);
    expect(await refused(`Bearer ${await signWith(loadDevTokenKey(), 'EdDSA', (j) => j.setAudience('another-app'))}`)).toMatch(/not for this hub/);
  });

  test('alg none, and a shared-secret algorithm keyed with something public', async () => {
    const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims, sub: 'attacker', iss: DEV_TOKEN_ISSUER, aud: DEFAULT_TOKEN_AUDIENCE, exp: Math.floor(Date.now() / 1000) + 3600 })}.`;
    await refused(`Bearer ${unsigned}`);
    const hs = await signWith(new TextEncoder().encode('a'.repeat(32)), 'HS256');
    await refused(`Bearer ${hs}`);
  });

  test('a token signed by a key the hub does not know', async () => {
    await refused(`Bearer ${await signWith(generateKeyPairSync('ed25519').privateKey, 'EdDSA')}`);
  });

  test('an unknown role, or no Bearer scheme', async () => {
    await refused(`Bearer ${await signWith(loadDevTokenKey(), 'EdDSA', (j) => new SignJWT({ role: 'superuser' }).setProtectedHeader({ alg: 'EdDSA' }).setSubject('x').setIssuer(DEV_TOKEN_ISSUER).setAudience(DEFAULT_TOKEN_AUDIENCE).setExpirationTime('1h'))}`);
    await refused('Basic YWRtaW46YWRtaW4=');
  });

  test('scope escalation: claims a role does not carry are ignored', async () => {
    const res = await as({ role: 'police', org: '370303', rights: ['access-log:read' as never] }, `query ($id: ID!) { case(id: $id) { id accessLog { who } } }`, { id: fullCase.caseId });
    expect(refusedAt(res, 'accessLog')).toBe(true);
  });
});

describe('who sees what (one row per role)', () => {
  const EVERYTHING = `query ($id: ID!, $person: ID!) {
    case(id: $id) {
      id
      timeline { at agency type }
      policeCase { number }
      prosecution { status }
      courtCases { number }
      executions { recordNumber }
      accessLog { who }
    }
    person(id: $person) { id maskedName name idNumber accessLog { who } }
    courtSigningKeys { kid }
  }`;
  const FIELDS = ['timeline', 'policeCase', 'prosecution', 'courtCases', 'executions', 'accessLog', 'person', 'name', 'idNumber', 'person.accessLog', 'courtSigningKeys'] as const;
  type Field = (typeof FIELDS)[number];

  // ✓ = served, ✗ = refused with FORBIDDEN
  const TABLE: Array<[string, () => DevTokenClaims | null, Field[]]> = [
    ['committee', () => ({ role: 'committee', org: 'ZB-ZFW' }), ['timeline', 'policeCase', 'prosecution', 'courtCases', 'executions', 'accessLog', 'person', 'person.accessLog', 'courtSigningKeys']],
    ['committee with person:identity', () => ({ role: 'committee', org: 'ZB-ZFW', rights: ['person:identity'] }), [...FIELDS]],
    ['police', () => ({ role: 'police', org: '370303' }), ['timeline', 'policeCase', 'person', 'courtSigningKeys']],
    ['procuratorate', () => ({ role: 'procuratorate', org: '370303' }), ['timeline', 'prosecution', 'person', 'courtSigningKeys']],
    ['court', () => ({ role: 'court', org: '鲁0303' }), ['timeline', 'courtCases', 'person', 'courtSigningKeys']],
    ['justice', () => ({ role: 'justice', org: '370303' }), ['timeline', 'executions', 'person', 'courtSigningKeys']],
    ['lawyer admitted to the case', () => ({ role: 'lawyer', cases: [fullCase.caseId] }), ['timeline', 'policeCase', 'prosecution', 'courtCases', 'executions', 'courtSigningKeys']],
    ['lawyer admitted elsewhere', () => ({ role: 'lawyer', cases: [otherCaseId] }), ['courtSigningKeys']],
    ['the person concerned', () => ({ role: 'citizen', person: defendantId }), ['person', 'person.accessLog', 'courtSigningKeys']],
    ['public', () => null, ['courtSigningKeys']],
  ];

  function served(res: GraphQLResponse, field: Field): boolean {
    const data = res.data as Record<string, any> | null | undefined;
    const caseData = data?.case;
    switch (field) {
      case 'person':
        return data?.person?.maskedName !== undefined && data?.person?.maskedName !== null;
      case 'name':
      case 'idNumber':
        return typeof data?.person?.[field] === 'string';
      case 'person.accessLog':
        return Array.isArray(data?.person?.accessLog);
      case 'courtSigningKeys':
        return Array.isArray(data?.courtSigningKeys) && data.courtSigningKeys.length > 0;
      default:
        return caseData?.[field] !== null && caseData?.[field] !== undefined;
    }
  }

  test.each(TABLE)('%s', async (_role, claims, allowed) => {
    const token = claims();
    const res = await ask(EVERYTHING, { id: fullCase.caseId, person: defendantId }, token ? await bearer(token) : {});
    const outcome = Object.fromEntries(FIELDS.map((field) => [field, served(res, field)]));
    expect(outcome).toEqual(Object.fromEntries(FIELDS.map((field) => [field, allowed.includes(field)])));
    // Every refusal is a FORBIDDEN error, never a crash or an internal error.
    expect(codesOf(res).every((code) => code === 'FORBIDDEN')).toBe(true);
    if (allowed.includes('name')) expect(res.data!.person.name).not.toContain('某');
  });
});

describe('a lawyer admitted by the procuratorate (律师阅卷)', () => {
  test('reads the case of their approved file review with no case in the token, and nothing else', async () => {
    const reviews = readExport<FileReviewExport>(EXPORT_FILES.fileReviews).filter((r) => r.status === 'APPROVED');
    const review = reviews[0]!;
    const lawyer = { role: 'lawyer' as const, sub: review.lawyer.lawyerId };
    const admitted = await as(lawyer, `query ($id: ID!) { case(id: $id) { id timeline { type } prosecution { status } } }`, { id: review.caseId });
    expect(admitted.errors).toBeUndefined();
    expect(admitted.data!.case.timeline.map((e: { type: string }) => e.type)).toContain('LAWYER_FILE_REVIEW_APPROVED');
    const elsewhere = readExport<CaseIndexExport>(EXPORT_FILES.cases).find((c) => !reviews.some((r) => r.caseId === c.caseId && r.lawyer.lawyerId === review.lawyer.lawyerId))!;
    const refused = await as(lawyer, `query ($id: ID!) { case(id: $id) { id timeline { type } } }`, { id: elsewhere.caseId });
    expect(refused.data?.case).toBeNull();
    expect(codesOf(refused)).toContain('FORBIDDEN');
  });
});

describe('calling a subgraph directly bypasses nothing', () => {
  const direct = async (url: string, query: string, headers: Record<string, string> = {}) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
    return { status: response.status, body: (await response.json()) as GraphQLResponse };
  };

  test.each(SUBGRAPH_NAMES)('%s: no identity, a forged identity, _service and _entities all get 401; /health answers', async (name) => {
    const url = hub.subgraphUrls[name];
    const forged = await createIdentitySigner(generateKeyPairSync('ed25519').privateKey).sign({ ...PUBLIC_IDENTITY, subject: 'x', role: 'committee' });
    for (const [query, headers] of [
      ['{ __typename }', {}],
      ['{ _service { sdl } }', {}],
      [`{ _entities(representations: [{ __typename: "Case", id: "${fullCase.caseId}" }]) { __typename } }`, {}],
      ['{ _service { sdl } }', { [IDENTITY_HEADER]: forged }],
      ['{ _service { sdl } }', { [IDENTITY_HEADER]: 'not-a-token' }],
    ] as const) {
      const { status, body } = await direct(url, query, headers);
      expect(status).toBe(401);
      expect(codesOf(body)).toEqual(['UNAUTHENTICATED']);
      expect(JSON.stringify(body)).not.toMatch(/sdl|Case|stack/i);
    }
    expect((await fetch(new URL('/health', url))).status).toBe(200);
  });

  test('with the gateway\'s identity of the public, _entities still refuses the records', async () => {
    const { privateKey } = loadIdentityKeys({ withPrivateKey: true });
    const token = await createIdentitySigner(privateKey!).sign(PUBLIC_IDENTITY);
    const { body } = await direct(hub.subgraphUrls.procuratorate, `{ _entities(representations: [{ __typename: "Case", id: "${fullCase.caseId}" }]) { ... on Case { prosecution { status } procuratorateEvents { type } } } }`, { [IDENTITY_HEADER]: token });
    expect(codesOf(body)).toContain('FORBIDDEN');
    expect(JSON.stringify(body.data)).not.toMatch(/INDICTED|status/);
  });
});

describe('the access log', () => {
  test('records every read and every refusal, with who, role, organisation, operation and purpose, across agencies', async () => {
    const purpose = `audit-${randomBytes(3).toString('hex')}`;
    const police = { role: 'police' as const, org: '370303', sub: `officer-${purpose}` };
    await as(police, `query PoliceLooks($id: ID!) { case(id: $id) { policeCase { number } timeline { at } } }`, { id: fullCase.caseId }, { 'x-access-purpose': purpose });
    const lawyer = { role: 'lawyer' as const, cases: [otherCaseId], sub: `lawyer-${purpose}` };
    await as(lawyer, `query LawyerTries($id: ID!) { case(id: $id) { prosecution { status } } }`, { id: fullCase.caseId });

    const res = await ask(`query ($id: ID!) { case(id: $id) { accessLog { at service who role organisation operation purpose outcome sequence } } }`, { id: fullCase.caseId }, await committeeBearer());
    expect(res.errors).toBeUndefined();
    const log = res.data!.case.accessLog as Array<{ at: string; service: string; who: string; role: string; organisation: string | null; operation: string; purpose: string | null; outcome: string }>;
    const times = log.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const byOfficer = log.filter((e) => e.who === police.sub);
    expect(new Set(byOfficer.map((e) => e.service))).toEqual(new Set(['police', 'cases', 'procuratorate', 'court', 'justice']));
    expect(byOfficer.every((e) => e.role === 'police' && e.organisation === '370303' && e.operation === 'PoliceLooks' && e.purpose === purpose && e.outcome === 'READ')).toBe(true);
    const refusals = log.filter((e) => e.who === lawyer.sub);
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals.every((e) => e.outcome === 'REFUSED' && e.operation === 'LawyerTries')).toBe(true);
  });

  test('the person concerned sees who looked at their record; nobody else but the committee does', async () => {
    await as({ role: 'court', org: '鲁0303', sub: 'judge-looks' }, `query ($p: ID!) { person(id: $p) { maskedName } }`, { p: defendantId });
    const own = await as({ role: 'citizen', person: defendantId }, `query ($p: ID!) { person(id: $p) { accessLog { who role service } } }`, { p: defendantId });
    expect(own.errors).toBeUndefined();
    expect(own.data!.person.accessLog).toEqual(expect.arrayContaining([{ who: 'judge-looks', role: 'court', service: 'cases' }]));
    const stranger = await as({ role: 'citizen', person: 'P99999999' }, `query ($p: ID!) { person(id: $p) { accessLog { who } } }`, { p: defendantId });
    expect(stranger.data?.person?.accessLog ?? null).toBeNull();
    expect(codesOf(stranger)).toContain('FORBIDDEN');
  });

  test('verification detects a changed entry and a removed one (npm run access-log:verify)', async () => {
    const env = { ...process.env, ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_MONGODB_URI`, hub.mongoUris[name]])) };
    const cli = path.join(findRepoRoot(), 'packages', 'stack', 'dist', 'accessLogVerify.js');
    const intact = await run(process.execPath, [cli], { env });
    expect(intact.stdout).toMatch(/every chain verifies/);

    const verifyPolice = async () => {
      const connection = await mongoose.createConnection(hub.mongoUris.police, { dbName: 'police' }).asPromise();
      try {
        return await verifyAccessLog(connection);
      } finally {
        await connection.close();
      }
    };
    const client = await MongoClient.connect(hub.mongoUris.police);
    try {
      const entries = client.db('police').collection<{ _id: string; who: string }>('access_log');
      const victim = (await entries.find().toArray()).sort((a, b) => (a._id < b._id ? -1 : 1))[0]!;
      await entries.updateOne({ _id: victim._id }, { $set: { who: 'somebody-else' } });
      const changed = await verifyPolice();
      expect(changed).toMatchObject({ ok: false, problem: `entry ${Number(victim._id)} was changed after it was written (hash differs)` });
      const failed = await run(process.execPath, [cli], { env }).then(
        () => null,
        (error: { code: number; stdout: string }) => error,
      );
      expect(failed?.code).toBe(1);
      expect(failed?.stdout).toMatch(/police: .*TAMPERED: entry \d+ was changed/);
      await entries.updateOne({ _id: victim._id }, { $set: { who: victim.who } });
      const second = (await entries.find().toArray()).sort((a, b) => (a._id < b._id ? -1 : 1))[1]!;
      await entries.deleteOne({ _id: second._id });
      const removed = await verifyPolice();
      expect(removed.ok).toBe(false);
      expect(removed.problem).toMatch(new RegExp(`entry ${Number(second._id)} is missing`));
    } finally {
      await client.close();
    }
  });
});

describe('operation limits and hostile input', () => {
  const send = async (body: string, headers: Record<string, string> = {}) => {
    const response = await fetch(hub.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...(await committeeBearer()), ...headers }, body });
    return { status: response.status, text: await response.text() };
  };

  test('a deep, cyclic query is refused before it runs', async () => {
    let selection = 'id';
    for (let i = 0; i < 8; i += 1) selection = `courtCases { case { id ${selection} } }`;
    const res = await ask(`{ case(id: "${fullCase.caseId}") { ${selection} } }`, {}, await committeeBearer());
    expect(codesOf(res)).toContain('OPERATION_LIMIT_EXCEEDED');
    expect(res.errors![0]!.message).toMatch(/levels deep; at most 12/);
    expect(res.data).toBeUndefined();
  });

  test('an alias flood and a root-field flood are refused', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: courts { code }`).join(' ');
    expect(codesOf(await ask(`{ ${aliases} }`, {}, await committeeBearer()))).toContain('OPERATION_LIMIT_EXCEEDED');
    const roots = Array.from({ length: 9 }, (_, i) => `r${i}: courtSigningKeys { kid }`).join(' ');
    const res = await ask(`{ ${roots} }`, {}, await committeeBearer());
    expect(res.errors!.map((e) => e.message).join(' ')).toMatch(/Too many root fields: 9; at most 8/);
  });

  test('an expensive query (pages of nested lists) is refused by its estimated cost', async () => {
    const res = await ask(`{ cases(first: 100) { edges { node { courtCases { judgments { id parties { maskedName } } } } } } }`, {}, await committeeBearer());
    expect(res.errors![0]).toMatchObject({ extensions: { code: 'OPERATION_LIMIT_EXCEEDED' } });
    expect(res.errors![0]!.message).toMatch(/estimated cost is \d+; at most 20000/);
  });

  test('a batch of operations in one request is refused', async () => {
    const { status } = await send(JSON.stringify([{ query: '{ courts { code } }' }, { query: '{ courts { code } }' }]));
    expect(status).toBe(400);
  });

  test('an oversized body gets 413 without internals', async () => {
    const { status, text } = await send(JSON.stringify({ query: `{ courts { code } } #${'x'.repeat(200_000)}` }));
    expect(status).toBe(413);
    expect(text).not.toMatch(/at .*\.js|node_modules/);
  });

  test('operator injection ($where, $ne) in every filter argument is plain text, refused as bad input', async () => {
    const attempts: Array<[string, Record<string, unknown>]> = [
      ['query ($n: String!) { caseByNumber(number: $n) { id } }', { n: '{"$ne": null}' }],
      ['query ($n: String!) { caseByNumber(number: $n) { id } }', { n: '{"$where": "sleep(1000)"}' }],
      ['query ($c: String) { cases(filter: { courtCode: $c }) { totalCount } }', { c: '{"$ne": ""}' }],
      ['query ($p: ID) { cases(filter: { personId: $p }) { totalCount } }', { p: '{"$gt": ""}' }],
      ['query ($d: String) { cases(filter: { divisionCode: $d }) { totalCount } }', { d: "'; return true; '" }],
      ['query ($a: String) { cases(after: $a) { totalCount } }', { a: '{"$ne": 1}' }],
      ['query ($id: ID!) { case(id: $id) { id } }', { id: { $ne: null } }],
      ['query ($c: String!) { verifyJudgment(code: $c, documentSha256: "{\\"$ne\\": 1}") { status } }', { c: 'ZBJ1:AAAA' }],
    ];
    for (const [query, variables] of attempts) {
      const res = await ask(query, variables, await committeeBearer());
      expect(codesOf(res)).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify(res.data ?? null)).not.toMatch(/"id":"ZB|totalCount":[1-9]/);
    }
  });
});

describe('a production gateway: persisted operations only, JWKS from the identity provider, introspection off, CORS allow-list, rate limit in Redis', () => {
  let gateway: ManagedProcess;
  let gatewayUrl: string;
  let idp: http.Server;
  const idpKey = generateKeyPairSync('ed25519');
  const ISSUER = 'https://idp.zibo.test';
  const sign = (claims: Record<string, unknown>) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'EdDSA', kid: 'idp-1' }).setSubject(`prod-${randomBytes(4).toString('hex')}`).setIssuer(ISSUER).setAudience(DEFAULT_TOKEN_AUDIENCE).setExpirationTime('10m').sign(idpKey.privateKey);

  beforeAll(async () => {
    const jwk = { ...(await exportJWK(idpKey.publicKey)), kid: 'idp-1', alg: 'EdDSA', use: 'sig' };
    idp = http.createServer((_req, res) => res.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((resolve) => idp.listen(0, '127.0.0.1', resolve));
    const keys = loadIdentityKeys({ withPrivateKey: true });
    const port = await freePort();
    gatewayUrl = `http://127.0.0.1:${port}/graphql`;
    gateway = startNodeProcess(
      'gateway-production',
      serviceScript('gateway'),
      {
        ...process.env,
        ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_URL`, hub.subgraphUrls[name]])),
        NODE_ENV: 'production',
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        AUTH_ISSUER: ISSUER,
        AUTH_JWKS_URL: `http://127.0.0.1:${(idp.address() as AddressInfo).port}/jwks.json`,
        REDIS_URL: 'redis://127.0.0.1:6379',
        RATE_LIMIT_PER_MINUTE: '6',
        CORS_ORIGINS: 'https://app.zibo.test',
        HUB_IDENTITY_PRIVATE_KEY: keys.privateKey!.export({ format: 'pem', type: 'pkcs8' }).toString(),
        HUB_IDENTITY_PUBLIC_KEY: keys.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
      },
      () => undefined,
    );
    await waitUntilReady(`http://127.0.0.1:${port}/ready`, 60_000, gateway);
  }, 120_000);
  afterAll(async () => {
    await gateway?.stop();
    await new Promise((resolve) => idp?.close(resolve));
  });

  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResponse };
  };
  const persisted = (number: string) => ({
    variables: { number },
    extensions: { persistedQuery: { version: 1, sha256Hash: operationHash(CaseByNumberDocument).replace(/^sha256:/, '') } },
  });

  test('runs a manifest operation by hash, with the identity provider\'s token; refuses ad-hoc text and a dev token', async () => {
    const token = await sign({ role: 'committee', org: 'ZB-ZFW' });
    const number = fullCase.numbers.find((n) => n.agency === 'COURT')!.number;
    const ok = await post(persisted(number), { authorization: `Bearer ${token}` });
    expect(ok.body.errors).toBeUndefined();
    expect((ok.body.data as { caseByNumber: { id: string } }).caseByNumber.id).toBe(fullCase.caseId);
    const withText = await post({ ...persisted(number), query: operationText(CaseByNumberDocument) }, { authorization: `Bearer ${token}` });
    expect(withText.body.errors).toBeUndefined();

    const adHoc = await post({ query: '{ courts { code } }' }, { authorization: `Bearer ${token}` });
    expect(adHoc.status).toBe(400);
    expect(codesOf(adHoc.body)).toEqual(['PERSISTED_QUERY_NOT_ALLOWED']);
    const swapped = await post({ ...persisted(number), query: '{ courts { code } }' }, { authorization: `Bearer ${token}` });
    expect(codesOf(swapped.body)).toEqual(['PERSISTED_QUERY_MISMATCH']);
    const introspection = await post({ query: '{ __schema { types { name } } }' }, { authorization: `Bearer ${token}` });
    expect(introspection.status).toBe(400);

    const devToken = (await bearer({ role: 'committee', org: 'ZB-ZFW' })).authorization!;
    const dev = await post(persisted(number), { authorization: devToken });
    expect(dev.status).toBe(401);
  });

  test('CORS only for the configured origins; a simple cross-site request is stopped by CSRF prevention', async () => {
    const preflight = (origin: string) => fetch(gatewayUrl, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    const allowed = await preflight('https://app.zibo.test');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.zibo.test');
    const other = await preflight('https://evil.example');
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    // A GET without a preflight-forcing header is what a cross-site <img> or form would send.
    const simple = await fetch(`${hub.gatewayUrl}?query=${encodeURIComponent('{ courts { code } }')}`);
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF/i);
    expect((await fetch(`${gatewayUrl}?query=${encodeURIComponent('{ courts { code } }')}`, { headers: { 'apollo-require-preflight': 'true' } })).status).toBe(400);
  });

  test('rate limit per identity, counted in Redis: the 7th request in a minute gets 429', async () => {
    const token = await sign({ role: 'court', org: '鲁0303' });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) statuses.push((await post(persisted('（2016）鲁0303刑初1号'), { authorization: `Bearer ${token}` })).status);
    expect(statuses.slice(0, 6).every((s) => s === 200)).toBe(true);
    expect(statuses[6]).toBe(429);
  });
});
