/**
 * Judgment QR codes end to end: the hub signs the demo judgments, a real QR decoder reads the
 * printed code, the gateway verifies it, publishes the court keys, and the verification page does
 * its job in a real (headless) browser on a phone-sized screen.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { EXPORT_FILES, type CourtCaseExport } from '@hub/domain';
import { documentSha256, type TrustList } from '@hub/judgment-seal';
import { defaultExportDir } from '@hub/seed';
import { committeeBearer, decodeQrImage, graphql, launchChromium } from '@hub/testing';
import { findRepoRoot } from '@hub/workspace';
import { startHub, type RunningHub } from '../hub';

const DATA = { cases: 300, seed: 4242 };
const root = mkdtempSync(path.join(os.tmpdir(), 'hub-verification-'));
const ARTIFACTS = path.join(findRepoRoot(), 'test-artifacts');

process.env.PERSONAL_DATA_KEY = randomBytes(32).toString('base64');

let hub: RunningHub;
let gatewayOrigin: string;
const query = async (text: string, variables: Record<string, unknown> = {}) => graphql(hub.gatewayUrl, text, variables, await committeeBearer());
/** What anyone may do: verify a code, without logging in. */
const publicQuery = (text: string, variables: Record<string, unknown> = {}) => graphql(hub.gatewayUrl, text, variables);

const courtCases = () =>
  readFileSync(path.join(defaultExportDir(DATA.cases, DATA.seed), EXPORT_FILES.court), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as CourtCaseExport);

const JUDGMENTS = `query ($id: ID!) { case(id: $id) { courtCases { judgments { id kind status text textSha256 qr { text url pngBase64 version } } } } }`;
const VERIFY = `query ($code: String!, $sha: String) { verifyJudgment(code: $code, documentSha256: $sha) { status signatureValid judgment { id caseNumber maskedParties } supersededBy { id } } }`;

interface ServedJudgment {
  id: string;
  kind: string;
  status: string;
  text: string;
  textSha256: string;
  qr: { text: string; url: string; pngBase64: string; version: number };
}

async function judgmentsOf(caseId: string): Promise<ServedJudgment[]> {
  const res = await query(JUDGMENTS, { id: caseId });
  expect(res.errors).toBeUndefined();
  return res.data!.case.courtCases.flatMap((c: { judgments: ServedJudgment[] }) => c.judgments);
}

async function servedDocument(test: (doc: CourtCaseExport['documents'][number], all: CourtCaseExport['documents']) => boolean): Promise<ServedJudgment> {
  const all = courtCases().flatMap((c) => c.documents.map((doc) => ({ doc, caseId: c.caseId })));
  const found = all.find(({ doc }) => test(doc, all.map((x) => x.doc)));
  if (!found) throw new Error('the demo data lacks a document this test needs');
  const served = (await judgmentsOf(found.caseId)).find((j) => j.id === found.doc.documentId);
  if (!served) throw new Error(`document ${found.doc.documentId} is not served`);
  return served;
}

const inForceJudgment = () =>
  servedDocument((doc, all) => doc.kind === 'JUDGMENT' && !doc.revocation && !all.some((other) => other.supersedesDocumentId === doc.documentId));
const supersededDocument = () => servedDocument((doc, all) => !doc.revocation && all.some((other) => other.supersedesDocumentId === doc.documentId));

async function verify(code: string, sha?: string) {
  const res = await publicQuery(VERIFY, { code, sha });
  expect(res.errors).toBeUndefined();
  return res.data!.verifyJudgment;
}

/** The code with one character of its payload changed to another character of the same alphabet. */
function flipOne(code: string): string {
  const at = Math.floor(code.length / 2);
  return code.slice(0, at) + (code[at] === 'Q' ? 'R' : 'Q') + code.slice(at + 1);
}

beforeAll(async () => {
  hub = await startHub({ env: { ...process.env, LOG_LEVEL: 'warn' }, dataDir: path.join(root, 'db'), demoData: DATA });
  gatewayOrigin = new URL(hub.gatewayUrl).origin;
}, 600_000);
afterAll(() => hub?.stop());

describe('the published court keys', () => {
  test('are served as JWKS at the well-known path, the same keys as the graph, with court and validity', async () => {
    const response = await fetch(`${gatewayOrigin}/.well-known/court-keys.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const list = (await response.json()) as TrustList;
    const res = await query(`{ courtSigningKeys { kid court { code name } publicKey notBefore notAfter } }`);
    const graphKeys = res.data!.courtSigningKeys as Array<{ kid: string; court: { code: string; name: string }; publicKey: string; notBefore: string; notAfter: string | null }>;
    expect(list.keys.map((k) => k.kid).sort()).toEqual(graphKeys.map((k) => k.kid).sort());
    for (const key of graphKeys) {
      const jwk = list.keys.find((k) => k.kid === key.kid)!;
      expect(jwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig', x: key.publicKey, court: key.court.code, court_name: key.court.name });
      expect(jwk.nbf * 1000).toBe(Date.parse(key.notBefore));
      expect(jwk.exp === undefined ? null : jwk.exp * 1000).toBe(key.notAfter === null ? null : Date.parse(key.notAfter));
    }
    // No private key material, whatever the member is called.
    expect(JSON.stringify(list)).not.toMatch(/"d"|PRIVATE/);
  });
});

describe('a printed QR read by a real decoder (zbarimg)', () => {
  test('decodes to the verification URL, which verifies as VALID through the gateway; one changed character does not', async () => {
    const judgment = await inForceJudgment();
    const file = path.join(root, `${judgment.id}.png`);
    writeFileSync(file, Buffer.from(judgment.qr.pngBase64, 'base64'));
    const decoded = await decodeQrImage(file);
    expect(decoded).toEqual([judgment.qr.url]);
    expect(await verify(decoded[0]!)).toMatchObject({ status: 'VALID', signatureValid: true, judgment: { id: judgment.id } });
    const tampered = await verify(flipOne(decoded[0]!));
    expect(tampered.status).not.toBe('VALID');
    expect(['INVALID_SIGNATURE', 'MALFORMED']).toContain(tampered.status);
    expect(tampered.judgment).toBeNull();
  });

  test('a superseded document decodes and verifies as SUPERSEDED, naming its correction ruling', async () => {
    const superseded = await supersededDocument();
    const file = path.join(root, `${superseded.id}.png`);
    writeFileSync(file, Buffer.from(superseded.qr.pngBase64, 'base64'));
    const [decoded] = await decodeQrImage(file);
    expect(await verify(decoded!)).toMatchObject({ status: 'SUPERSEDED', signatureValid: true, supersededBy: { id: `${superseded.id}-1` } });
  });

  test('the document text with one character changed is a HASH_MISMATCH; the true text is VALID', async () => {
    const judgment = await inForceJudgment();
    expect((await verify(judgment.qr.text, judgment.textSha256)).status).toBe('VALID');
    const changed = judgment.text.replace('本院', '木院');
    expect(changed).not.toBe(judgment.text);
    expect((await verify(judgment.qr.text, documentSha256(changed))).status).toBe('HASH_MISMATCH');
  });
});

describe('the verification page in headless Chromium, phone-sized', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  });
  afterEach(() => page?.close());

  async function open(url: string): Promise<string> {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    // Done when the registry answered (or could not), or when the signature already failed.
    await page.waitForSelector('#online-check:not([data-state="pending"]), #offline-check[data-state="bad"]', { timeout: 15_000 });
    expect(pageErrors).toEqual([]);
    return (await page.getAttribute('#result', 'data-status')) ?? '';
  }

  test('shows a genuine judgment as genuine, in Chinese with English, with its public facts, within the phone width', async () => {
    const judgment = await inForceJudgment();
    // The QR's URL names the gateway the hub started, as a phone would open it.
    expect(judgment.qr.url.startsWith(`http://localhost:${new URL(gatewayOrigin).port}/verify?c=`)).toBe(true);
    expect(await open(judgment.qr.url)).toBe('VALID');
    expect(await page.textContent('#verdict-zh')).toBe('真实有效');
    expect(await page.textContent('#verdict-en')).toBe('Genuine and in force');
    expect(await page.getAttribute('#offline-check', 'data-state')).toBe('ok');
    expect(await page.getAttribute('#online-check', 'data-state')).toBe('ok');
    const facts = (await page.textContent('#facts')) ?? '';
    const verified = await verify(judgment.qr.text);
    expect(facts).toContain(verified.judgment.caseNumber);
    for (const masked of verified.judgment.maskedParties) expect(facts).toContain(masked);
    // Runs in the page; written as a string because this package is compiled without DOM types.
    const widths = await page.evaluate<{ scroll: number; client: number }>(
      '({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })',
    );
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'verify-page-valid.png'), fullPage: true });
  });

  test('checks the signature without the server: with the graph unreachable the signature still passes and the status says unavailable', async () => {
    const judgment = await inForceJudgment();
    await page.route('**/graphql', (route) => route.abort('internetdisconnected'));
    expect(await open(judgment.qr.url)).toBe('OFFLINE_ONLY');
    expect(await page.getAttribute('#offline-check', 'data-state')).toBe('ok');
    expect(await page.getAttribute('#online-check', 'data-state')).toBe('unavailable');
    expect(await page.textContent('#facts')).toContain(judgment.qr.text ? (await verify(judgment.qr.text)).judgment.caseNumber : '');
  });

  test('refuses a tampered code in the browser before asking the graph', async () => {
    const judgment = await inForceJudgment();
    let asked = false;
    await page.route('**/graphql', (route) => {
      asked = true;
      return route.continue();
    });
    const status = await open(flipOne(judgment.qr.url));
    expect(['INVALID_SIGNATURE', 'MALFORMED']).toContain(status);
    expect(await page.getAttribute('#offline-check', 'data-state')).toBe('bad');
    expect(await page.textContent('#facts')).toBe('');
    expect(asked).toBe(false);
  });

  test('shows a superseded document as superseded, with a link to the correction ruling', async () => {
    const superseded = await supersededDocument();
    expect(await open(superseded.qr.url)).toBe('SUPERSEDED');
    const link = await page.getAttribute('#replacement a', 'href');
    expect(link).toMatch(/\/verify\?c=ZBJ1:/);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'verify-page-superseded.png'), fullPage: true });
  });

  test('opens a bribery-record certificate\'s QR (ZBC1:) and shows it as genuine, checked by the procuratorate\'s service', async () => {
    const res = await query(`{ briberyRecordChecks(first: 20) { edges { node { certificate { number qr { url } } } } } }`);
    expect(res.errors).toBeUndefined();
    const certificate = res.data!.briberyRecordChecks.edges.map((e: { node: { certificate: { number: string; qr: { url: string } } | null } }) => e.node.certificate).find(Boolean);
    expect(certificate.qr.url).toMatch(/\/verify\?c=ZBC1:/);
    expect(await open(certificate.qr.url)).toBe('VALID');
    expect(await page.textContent('#facts')).toContain(certificate.number);
    expect(await page.getAttribute('#offline-check', 'data-state')).toBe('unavailable');
  });

  test('verifies a pasted code with the form, without a scan', async () => {
    const judgment = await inForceJudgment();
    await page.goto(`${gatewayOrigin}/verify`);
    await page.fill('#code-input', judgment.qr.text);
    await page.click('#verify-form button');
    await page.waitForSelector('#result[data-status="VALID"]', { timeout: 15_000 });
  });
});
