/**
 * The reference front-end end to end, with nothing mocked: the real hub (embedded database, demo
 * data, five subgraphs and the gateway as separate processes), the app built with Vite and served
 * by Vite's preview server with /graphql proxied to the gateway, and headless Chromium at a
 * phone's size (390×844). Screenshots go to test-artifacts/ at the repository root.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { EXPORT_FILES, type CourtCaseExport } from '@hub/domain';
import { CaseByNumberDocument, CaseDetailsDocument, CaseJudgmentsDocument, CaseTimelineDocument, operationText, SearchCasesDocument, type TypedDocumentNode } from '@hub/sdk';
import { defaultExportDir } from '@hub/seed';
import { freePort, startHub, startNodeProcess, type ManagedProcess, type RunningHub } from '@hub/stack';
import { signDevToken } from '@hub/subgraph-kit';
import { graphql, launchChromium } from '@hub/testing';
import { findRepoRoot } from '@hub/workspace';

const DATA = { cases: 300, seed: 4242 };
const root = mkdtempSync(path.join(os.tmpdir(), 'hub-web-e2e-'));
const ARTIFACTS = path.join(findRepoRoot(), 'test-artifacts');
const PREVIEW_SCRIPT = path.join(__dirname, '..', '..', 'scripts', 'preview.mjs');

process.env.PERSONAL_DATA_KEY = randomBytes(32).toString('base64');
process.env.COURT_KEYS_DIR = path.join(root, 'court-keys');

/** The agency colours of src/styles.css, as the browser computes them. */
const AGENCY_COLOURS: Record<string, string> = {
  POLICE: 'rgb(31, 79, 163)',
  PROCURATORATE: 'rgb(139, 26, 43)',
  COURT: 'rgb(138, 101, 20)',
  JUSTICE: 'rgb(46, 125, 50)',
};

let hub: RunningHub;
let preview: ManagedProcess;
let appUrl: string;
let browser: Browser;
/** A development token of the political-legal committee, which reads every case. */
let committeeToken: string;

/** Asks the graph directly, as the committee unless told otherwise: what the app must show. */
async function ask<TResult, TVariables extends Record<string, unknown>>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables, token: string | null = committeeToken) {
  return graphql<TResult>(hub.gatewayUrl, operationText(document), variables, token ? { authorization: `Bearer ${token}` } : {});
}

/** Starts the preview server and resolves with its URL once it serves. */
function startPreview(gatewayOrigin: string, port: number): Promise<{ process: ManagedProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, HUB_GATEWAY_URL: gatewayOrigin, WEB_PORT: String(port), WEB_OUT_DIR: path.join(root, 'dist') };
    let done = false;
    const child = startNodeProcess('web-preview', PREVIEW_SCRIPT, env, (_name, line) => {
      if (done || !line.startsWith('{')) return;
      done = true;
      resolve({ process: child, url: (JSON.parse(line) as { url: string }).url });
    });
    child.child.once('exit', (code) => {
      if (!done) reject(new Error(`the preview server exited with ${code}:\n${child.recentOutput().join('\n')}`));
    });
  });
}

beforeAll(async () => {
  // The gateway's port is chosen first, so the app can be built and served while the hub starts.
  const gatewayPort = await freePort();
  const [startedHub, started] = await Promise.all([
    startHub({ env: { ...process.env, LOG_LEVEL: 'warn' }, dataDir: path.join(root, 'db'), demoData: DATA, ports: { gateway: gatewayPort } }),
    freePort().then((port) => startPreview(`http://127.0.0.1:${gatewayPort}`, port)),
  ]);
  hub = startedHub;
  preview = started.process;
  appUrl = started.url;
  browser = await launchChromium();
  committeeToken = await signDevToken({ role: 'committee', org: 'ZB-ZFW', sub: 'web-e2e-committee' });
  mkdirSync(ARTIFACTS, { recursive: true });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await preview?.stop();
  await hub?.stop();
  rmSync(root, { recursive: true, force: true });
}, 120_000);

// ---------------------------------------------------------------------------------------------
// Pages: each test gets a fresh browser context (so a fresh sessionStorage: logged out), phone-sized.

let page: Page;
/** Console errors and uncaught exceptions of the current page: every test ends with none. */
let problems: string[];
/** The Authorization header of every /graphql request the page sent. */
let sentAuthorization: Array<string | undefined>;

beforeEach(async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  page = await context.newPage();
  problems = [];
  sentAuthorization = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/graphql') sentAuthorization.push(request.headers().authorization);
  });
});

afterEach(async () => {
  await page?.context().close();
  expect(problems).toEqual([]);
});

async function open(hash: string): Promise<void> {
  const response = await page.goto(new URL(hash, appUrl).href);
  expect(response?.status()).toBe(200);
}

async function logIn(token: string): Promise<void> {
  await page.click('#login summary');
  await page.fill('#token-input', token);
  await page.click('#login button[type="submit"]');
  await page.waitForSelector('#token-role');
}

/** Nothing is wider than the phone: no horizontal scrolling. */
async function expectFitsPhone(): Promise<void> {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.client).toBe(390);
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
}

async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true });
}

// ---------------------------------------------------------------------------------------------
// The demo data: a first-instance court case with a judgment in force, whose case reached all four
// agencies (the export is what the hub imported; the graph is what the app must show).

interface Chosen {
  caseId: string;
  /** Its 案号 in ASCII brackets, as a user might type it. */
  asciiNumber: string;
  judgmentId: string;
}
let chosen: Chosen | undefined;

async function chosenCase(): Promise<Chosen> {
  if (chosen) return chosen;
  const exports = readFileSync(path.join(defaultExportDir(DATA.cases, DATA.seed), EXPORT_FILES.court), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as CourtCaseExport);
  const documents = exports.flatMap((c) => c.documents);
  for (const courtCase of exports) {
    const judgment = courtCase.documents.find(
      (doc) => doc.kind === 'JUDGMENT' && !doc.revocation && !documents.some((other) => other.supersedesDocumentId === doc.documentId),
    );
    if (courtCase.instance !== 'FIRST' || !judgment) continue;
    const { data } = await ask(CaseTimelineDocument, { id: courtCase.caseId });
    const agencies = new Set(data?.case?.timeline.map((event) => event.agency));
    if (agencies.size < 4) continue;
    chosen = { caseId: courtCase.caseId, asciiNumber: courtCase.caseNumber.replace('（', '(').replace('）', ')'), judgmentId: judgment.documentId };
    return chosen;
  }
  throw new Error('the demo data lacks a case this test needs');
}

// ---------------------------------------------------------------------------------------------

describe('logging in with a development token', () => {
  test('without a token, the case list and the number search ask to log in', async () => {
    const anonymous = await ask(SearchCasesDocument, { first: 20 }, null);
    const code = anonymous.errors?.[0]?.extensions?.code as string | undefined;
    expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(code);
    await open('#/');
    const error = await page.waitForSelector(`#recent-cases .error[data-code="${code}"]`);
    expect(await error.textContent()).toMatch(/log in/);
    // So does a search by number.
    await page.fill('#number-input', (await chosenCase()).asciiNumber);
    await page.click('#number-search button[type="submit"]');
    expect(await (await page.waitForSelector(`#search-result .error[data-code="${code}"]`)).textContent()).toMatch(/log in/);
    expect(sentAuthorization.every((header) => header === undefined)).toBe(true);
    await expectFitsPhone();
  });

  test('shows the role and organisation from the token, sends it with every request, and logs out', async () => {
    await open('#/');
    await page.waitForSelector('#recent-cases .error'); // the anonymous list answered (refused)
    sentAuthorization = [];
    await logIn(committeeToken);
    expect(await page.getAttribute('#token-role', 'data-role')).toBe('committee');
    expect(await page.textContent('#token-role')).toContain('政法委');
    expect(await page.textContent('#token-org')).toContain('ZB-ZFW');
    expect(await page.evaluate(() => sessionStorage.getItem('hub.token'))).toBe(committeeToken);

    // The recent cases, 20 at a time, with the graph's total; "load more" follows the cursor.
    await page.waitForFunction(() => document.querySelectorAll('#recent-cases .case-row').length === 20);
    const { data } = await ask(SearchCasesDocument, { first: 40 });
    expect(await page.textContent('#case-count')).toContain(`20 / ${data!.cases.totalCount}`);
    await page.click('#load-more');
    await page.waitForFunction(() => document.querySelectorAll('#recent-cases .case-row').length === 40);
    const shown = await page.$$eval('#recent-cases .case-row', (rows) => rows.map((row) => row.getAttribute('data-case-id')));
    expect(shown).toEqual(data!.cases.edges.map((edge) => edge.node.id));
    expect(sentAuthorization.length).toBeGreaterThanOrEqual(2);
    expect(sentAuthorization.every((header) => header === `Bearer ${committeeToken}`)).toBe(true);
    await expectFitsPhone();

    await page.click('#logout');
    await page.waitForSelector('#token-input', { state: 'attached' });
    expect(await page.evaluate(() => sessionStorage.getItem('hub.token'))).toBeNull();
  });

  test('an expired token: the gateway refuses it (401) and the app asks to log in again', async () => {
    const expired = await signDevToken({ role: 'committee', org: 'ZB-ZFW', sub: 'web-e2e-expired', ttlSeconds: -3600 });
    await open('#/');
    await logIn(expired);
    expect(await page.textContent('#login')).toContain('expired');
    const error = await page.waitForSelector('#recent-cases .error[data-code="UNAUTHENTICATED"]');
    expect(await error.textContent()).toContain('Please log in: your token is missing, expired or invalid');
    // Chromium reports the refused request itself on the console; nothing else may appear there.
    problems = problems.filter((problem) => !/status of 401/.test(problem));
  });

  test('refuses a text that is not a JWT', async () => {
    await open('#/');
    await page.click('#login summary');
    await page.fill('#token-input', 'not a token');
    await page.click('#login button[type="submit"]');
    expect(await page.textContent('#login .field-error')).toContain('This is not a JWT');
    expect(await page.evaluate(() => sessionStorage.getItem('hub.token'))).toBeNull();
  });
});

describe('finding a case by number', () => {
  beforeEach(async () => {
    await open('#/');
    await logIn(committeeToken);
  });

  test('a 案号 in ASCII brackets opens the case: the graph’s timeline, event by event, in agency colours', async () => {
    const { caseId, asciiNumber } = await chosenCase();
    await page.fill('#number-input', asciiNumber);
    await page.click('#number-search button[type="submit"]');
    await page.waitForSelector(`#case-view[data-case-id="${caseId}"] #timeline .event`);
    expect(new URL(page.url()).hash).toBe(`#/case/${caseId}`);

    const { data } = await ask(CaseTimelineDocument, { id: caseId });
    const events = data!.case!.timeline;
    const shown = await page.$$eval('#timeline .event', (items) =>
      items.map((item) => ({
        agency: item.getAttribute('data-agency'),
        type: item.getAttribute('data-type'),
        time: item.querySelector('time')?.textContent,
        title: item.querySelector('.event-title')?.textContent,
        dot: getComputedStyle(item.querySelector('.dot')!).backgroundColor,
      })),
    );
    expect(shown).toHaveLength(events.length);
    shown.forEach((event, i) => {
      const expected = events[i]!;
      expect(event).toMatchObject({ agency: expected.agency, type: expected.type, title: expected.title, dot: AGENCY_COLOURS[expected.agency] });
      // China time: the demo data's instants carry +08:00, so the text is the instant's own date and time.
      expect(event.time).toBe(`${expected.at.slice(0, 10)} ${expected.at.slice(11, 16)}`);
    });
    expect(new Set(shown.map((event) => event.agency))).toEqual(new Set(Object.keys(AGENCY_COLOURS)));
    const legend = await page.$$eval('.legend li', (items) => items.map((item) => [item.getAttribute('data-agency'), getComputedStyle(item.querySelector('.swatch')!).backgroundColor]));
    expect(Object.fromEntries(legend)).toEqual(AGENCY_COLOURS);
    // Each agency's panel, framed in its colour.
    for (const agency of Object.keys(AGENCY_COLOURS)) {
      expect(await page.$eval(`.panel[data-agency="${agency}"]`, (panel) => getComputedStyle(panel).borderTopColor)).toBe(AGENCY_COLOURS[agency]);
    }
    await expectFitsPhone();
    await screenshot('web-case-timeline.png');
  });

  test('a valid number that no case has shows the empty state', async () => {
    const { asciiNumber } = await chosenCase();
    const unknown = asciiNumber.replace(/\d+号$/, '99999号');
    const answer = await ask(CaseByNumberDocument, { number: unknown });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.caseByNumber).toBeNull();
    await page.fill('#number-input', unknown);
    await page.click('#number-search button[type="submit"]');
    await page.waitForSelector('#search-result[data-state="not-found"]');
    expect(await page.textContent('#search-result')).toContain('No case has that number');
    expect(await page.textContent('#search-result')).toContain(unknown);
    await expectFitsPhone();
  });

  test('a malformed number shows the hub’s BAD_USER_INPUT message and the accepted formats', async () => {
    const malformed = 'not-a-number-123';
    const answer = await ask(CaseByNumberDocument, { number: malformed });
    const error = answer.errors![0]!;
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    const formats = error.extensions?.acceptedFormats as string[];
    await page.fill('#number-input', malformed);
    await page.click('#number-search button[type="submit"]');
    await page.waitForSelector('#search-result .error[data-code="BAD_USER_INPUT"]');
    expect(await page.textContent('#search-result .error-detail')).toBe(error.message.split(' Accepted formats:')[0]);
    expect(await page.$$eval('#search-result .accepted-formats li', (items) => items.map((item) => item.textContent))).toEqual(formats);
    await expectFitsPhone();
  });
});

describe('a judgment and its verification', () => {
  test('opens a judgment from the case: status, masked parties, the graph’s QR image and verification URL', async () => {
    const { caseId, judgmentId } = await chosenCase();
    await open(`#/case/${caseId}`);
    await logIn(committeeToken);
    await page.click(`a.document-link[data-judgment-id="${judgmentId}"]`);
    await page.waitForSelector(`#judgment-view[data-judgment-id="${judgmentId}"] #qr-image`);

    const { data } = await ask(CaseJudgmentsDocument, { id: caseId });
    const judgment = data!.case!.courtCases!.flatMap((c) => c.judgments).find((j) => j.id === judgmentId)!;
    expect(await page.getAttribute('#judgment-status', 'data-status')).toBe('IN_FORCE');
    expect(await page.textContent('#judgment-number')).toBe(judgment.documentNumber);
    const facts = (await page.textContent('#judgment-facts')) ?? '';
    for (const party of judgment.parties) expect(facts).toContain(party.maskedName);
    expect(facts).toContain(judgment.issuedOn);

    // The image is the graph's own SVG, as a data URL, and the browser decoded it.
    const src = (await page.getAttribute('#qr-image', 'src')) ?? '';
    expect(src.startsWith('data:image/svg+xml;base64,')).toBe(true);
    expect(Buffer.from(src.slice('data:image/svg+xml;base64,'.length), 'base64').toString('utf8')).toBe(judgment.qr.svg);
    expect(await page.$eval('#qr-image', (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0)).toBe(true);
    const url = await page.textContent('#verification-url');
    expect(url).toMatch(/\/verify\?c=ZBJ1:/);
    expect(url).toBe(judgment.qr.url);
    await expectFitsPhone();
    await screenshot('web-judgment.png');

    // "Verify in this app" carries the code to the verification screen, which asks at once.
    await page.click('#verify-here');
    await page.waitForSelector('#verify-result[data-status="VALID"]');
  });

  test('the verification form, without a login: the code is VALID; with another text’s hash, HASH_MISMATCH', async () => {
    const { caseId, judgmentId } = await chosenCase();
    const { data } = await ask(CaseJudgmentsDocument, { id: caseId });
    const judgment = data!.case!.courtCases!.flatMap((c) => c.judgments).find((j) => j.id === judgmentId)!;

    await open('#/verify');
    await page.fill('#code-input', judgment.qr.text);
    await page.click('#verify-form button[type="submit"]');
    await page.waitForSelector('#verify-result[data-status="VALID"]');
    expect(await page.textContent('#verdict-zh')).toBe('真实有效');
    expect(await page.textContent('#verdict-en')).toBe('Genuine and in force');
    const facts = (await page.textContent('#verify-facts')) ?? '';
    expect(facts).toContain(judgment.caseNumber);
    for (const party of judgment.parties) expect(facts).toContain(party.maskedName);
    expect(sentAuthorization.every((header) => header === undefined)).toBe(true);
    await expectFitsPhone();
    await screenshot('web-verify-valid.png');

    await page.fill('#sha-input', '0'.repeat(64));
    await page.click('#verify-form button[type="submit"]');
    await page.waitForSelector('#verify-result[data-status="HASH_MISMATCH"]');
    expect(await page.textContent('#verdict-en')).toBe('Text does not match');
  });
});

describe('partial answers', () => {
  test('a court officer sees the court’s record; the other agencies’ panels say the role may not see them, in the hub’s words', async () => {
    const { caseId } = await chosenCase();
    const courtCode = (await ask(CaseTimelineDocument, { id: caseId })).data!.case!.courtCodes[0]!;
    const courtToken = await signDevToken({ role: 'court', org: courtCode, sub: 'web-e2e-court' });
    // What the hub refuses this officer: each agency field of the details, one FORBIDDEN error each.
    const answer = await ask(CaseDetailsDocument, { id: caseId }, courtToken);
    const refused = new Map((answer.errors ?? []).filter((e) => e.extensions?.code === 'FORBIDDEN').map((e) => [e.path?.[1], e.message]));
    expect([...refused.keys()].sort()).toEqual(['executions', 'policeCase', 'prosecution']);

    await open(`#/case/${caseId}`);
    await logIn(courtToken);
    await page.waitForSelector('#timeline .event');
    await page.waitForSelector('.panel[data-agency="COURT"] .document-link');
    for (const [agency, field] of [['POLICE', 'policeCase'], ['PROCURATORATE', 'prosecution'], ['JUSTICE', 'executions']] as const) {
      const panel = (await page.textContent(`.panel[data-agency="${agency}"]`)) ?? '';
      expect(panel).toContain("Your role may not see this agency's record");
      expect(panel).toContain(refused.get(field));
    }
    // Said in the panels, not again above the case.
    expect(await page.$$('#case-view > .errors .error')).toHaveLength(0);
    await expectFitsPhone();
    await screenshot('web-case-court-officer.png');
  });

  // Last: it stops a service of the hub.
  test('with the justice administration’s system down, the app says so and shows what did arrive', async () => {
    const { caseId, judgmentId } = await chosenCase();
    await hub.services['subgraph-justice']!.stop();
    await open(`#/case/${caseId}`);
    await logIn(committeeToken);
    const error = await page.waitForSelector('.error[data-code="SERVICE_UNAVAILABLE"][data-service="justice"]');
    expect(await error.textContent()).toContain('The justice administration system is not answering; the rest is shown');
    await page.waitForSelector(`.panel[data-agency="COURT"] a.document-link[data-judgment-id="${judgmentId}"]`);
    expect(await page.textContent('.panel[data-agency="JUSTICE"]')).toContain('not answering');
    // The other agencies' records arrive, and the app shows them.
    const details = (await ask(CaseDetailsDocument, { id: caseId })).data?.case;
    expect(details?.policeCase).toBeTruthy();
    expect(await page.textContent('.panel[data-agency="POLICE"]')).toContain(details!.policeCase!.number);
    // The timeline merges all four agencies' events: it shows what the graph returns now, or says it cannot.
    const timeline = (await ask(CaseTimelineDocument, { id: caseId })).data?.case?.timeline;
    if (timeline) expect(await page.$$('#timeline .event')).toHaveLength(timeline.length);
    else expect(await page.textContent('#timeline-card')).toContain('The timeline cannot be shown right now');
    await expectFitsPhone();
    await screenshot('web-case-justice-down.png');
  });
});
