/**
 * The procuratorates' public services end to end: real subgraph and gateway processes on the
 * embedded database with the 300-case data set. A bribery-record check runs through the whole
 * federation chain — procuratorate (the check) → cases (who the subject is) → court (the
 * convictions) → procuratorate (the signed certificate) — with no copy of the court's data and no
 * service calling the gateway; a lawyer's approved review admits the lawyer and shows on the
 * case's timeline; complaint deadlines are judged against the data's as-of instant.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  EXPORT_FILES,
  addDays,
  addMonths,
  offenceByName,
  type BriberyRecordCheckExport,
  type ComplaintExport,
  type CourtCaseExport,
  type FileReviewExport,
  type PersonExport,
  type PoliceCaseExport,
  type ProsecutionExport,
} from '@hub/domain';
import { defaultExportDir, generateExport } from '@hub/seed';
import { committeeBearer, decodeQrImage, graphql } from '@hub/testing';
import { startHub, type RunningHub } from '../hub';

const DATA = { cases: 300, seed: 4242 };
const root = mkdtempSync(path.join(os.tmpdir(), 'hub-services-'));
process.env.PERSONAL_DATA_KEY = randomBytes(32).toString('base64');
process.env.COURT_KEYS_DIR = path.join(root, 'court-keys');
process.env.PROCURATORATE_KEYS_DIR = path.join(root, 'procuratorate-keys');

const exportDir = defaultExportDir(DATA.cases, DATA.seed);
let hub: RunningHub;
const serviceLog: string[] = [];

function readExport<T>(file: string): T[] {
  return readFileSync(path.join(exportDir, file), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as T);
}

const query = async (text: string, variables: Record<string, unknown> = {}) => graphql(hub.gatewayUrl, text, variables, await committeeBearer());

async function data(text: string, variables: Record<string, unknown> = {}) {
  const res = await query(text, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

beforeAll(async () => {
  // An export folder made before the service files existed is made again (the case files come out identical).
  const manifest = path.join(exportDir, EXPORT_FILES.manifest);
  const current = existsSync(manifest) && typeof (JSON.parse(readFileSync(manifest, 'utf8')) as { counts: Record<string, unknown> }).counts.briberyRecordChecks === 'number';
  if (!current) await generateExport({ ...DATA, outDir: exportDir });
  hub = await startHub({
    env: { ...process.env, LOG_LEVEL: 'info' },
    dataDir: path.join(root, 'db'),
    demoData: DATA,
    onServiceLog: (_service, line) => serviceLog.push(line),
  });
}, 600_000);
afterAll(() => hub?.stop());

const CHECK = `query ($id: ID!) {
  briberyRecordCheck(id: $id) {
    id status certificateNumber subject { kind name maskedIdNumber }
    courtFindings { judgmentId documentNumber courtName charges sentence effectiveAt finalCaseNumber judgment { id documentNumber } }
    certificate { number result text textSha256 signingKeyId findings { documentNumber judgment { id kind } } qr { text url pngBase64 } }
  }
}`;
const VERIFY = `query ($code: String!, $sha: String) {
  verifyBriberyRecordCertificate(code: $code, documentSha256: $sha) { status signatureValid result certificateNumber signedTextSha256 check { id certificate { textSha256 result } } }
}`;

describe('bribery-record checks through federation', () => {
  let checks: BriberyRecordCheckExport[];
  let persons: Map<string, PersonExport>;
  let convictions: CourtCaseExport[];

  beforeAll(() => {
    checks = readExport<BriberyRecordCheckExport>(EXPORT_FILES.briberyRecordChecks);
    persons = new Map(readExport<PersonExport>(EXPORT_FILES.persons).map((p) => [p.idNumber, p]));
    convictions = readExport<CourtCaseExport>(EXPORT_FILES.court).filter(
      (c) => c.effectiveAt && c.judgment && c.judgment.verdict !== 'ACQUITTED' && c.judgment.charges.some((charge) => offenceByName(charge)?.briberyFamily),
    );
  });

  /** The export's own answer, from the court file: what the graph must find without a copy. */
  function convictionsOf(check: BriberyRecordCheckExport): CourtCaseExport[] {
    const person = check.subject.idNumber ? persons.get(check.subject.idNumber) : undefined;
    if (!person || person.name !== check.subject.name) return [];
    return convictions.filter(
      (c) => c.defendantIds.includes(person.personId) && Date.parse(c.effectiveAt!) >= Date.parse(check.periodFrom) && Date.parse(c.effectiveAt!) <= Date.parse(check.periodTo),
    );
  }

  test('a person with a bribery-family judgment in the court data: the check lists that judgment and the certificate states it', async () => {
    const hit = checks.find((c) => c.status === 'ANSWERED' && convictionsOf(c).length > 0);
    expect(hit).toBeDefined();
    const [conviction] = convictionsOf(hit!);
    const judgmentId = conviction!.documents.find((d) => d.kind === 'JUDGMENT' && !d.revocation)!.documentId;
    const found = (await data(CHECK, { id: hit!.checkId })).briberyRecordCheck;
    expect(found.courtFindings).toEqual([
      expect.objectContaining({ judgmentId, documentNumber: conviction!.caseNumber, courtName: conviction!.courtName, judgment: { id: judgmentId, documentNumber: conviction!.caseNumber } }),
    ]);
    expect(found.certificate).toMatchObject({ number: hit!.certificateNumber, result: 'RECORD_FOUND', findings: [{ documentNumber: conviction!.caseNumber, judgment: { id: judgmentId, kind: 'JUDGMENT' } }] });
    expect(found.certificate.text).toContain(`${conviction!.courtName}${conviction!.caseNumber}刑事判决认定被查询人犯`);
    // The subject shows only masked, in the fields and in the letter.
    expect(found.subject.maskedIdNumber).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    expect(found.certificate.text).not.toContain(hit!.subject.idNumber);
    expect(found.certificate.text).not.toContain(hit!.subject.name);
  });

  test('a person without one, an outsider and an organisation: no record', async () => {
    const inHubNoRecord = checks.find((c) => c.status === 'ANSWERED' && c.subject.idNumber && persons.has(c.subject.idNumber) && convictionsOf(c).length === 0)!;
    const outsider = checks.find((c) => c.status === 'ANSWERED' && c.subject.kind === 'PERSON' && !persons.has(c.subject.idNumber!))!;
    const organisation = checks.find((c) => c.status === 'ANSWERED' && c.subject.kind === 'ORGANISATION')!;
    for (const check of [inHubNoRecord, outsider, organisation]) {
      const found = (await data(CHECK, { id: check.checkId })).briberyRecordCheck;
      expect(found.courtFindings).toEqual([]);
      expect(found.certificate).toMatchObject({ result: 'NO_RECORD', findings: [] });
    }
    const org = (await data(CHECK, { id: organisation.checkId })).briberyRecordCheck;
    expect(org.certificate.text).toContain('仅载明自然人被告人');
  });

  test('the certificate verifies: its printed QR decodes to the URL, which verifies as VALID with the text it holds; a changed character does not', async () => {
    const hit = checks.find((c) => c.status === 'ANSWERED' && convictionsOf(c).length > 0)!;
    const { certificate } = (await data(CHECK, { id: hit.checkId })).briberyRecordCheck;
    const file = path.join(root, `${hit.checkId}.png`);
    writeFileSync(file, Buffer.from(certificate.qr.pngBase64, 'base64'));
    expect(await decodeQrImage(file)).toEqual([certificate.qr.url]);
    const verified = (await data(VERIFY, { code: certificate.qr.url, sha: certificate.textSha256 })).verifyBriberyRecordCertificate;
    expect(verified).toEqual({
      status: 'VALID',
      signatureValid: true,
      result: 'RECORD_FOUND',
      certificateNumber: hit.certificateNumber,
      signedTextSha256: certificate.textSha256,
      // The registry's check, rendered again through the whole chain: the same text as was signed.
      check: { id: hit.checkId, certificate: { textSha256: certificate.textSha256, result: 'RECORD_FOUND' } },
    });
    const code: string = certificate.qr.text;
    const at = Math.floor(code.length / 2);
    const tampered = (await data(VERIFY, { code: code.slice(0, at) + (code[at] === 'Q' ? 'R' : 'Q') + code.slice(at + 1) })).verifyBriberyRecordCertificate;
    expect(['INVALID_SIGNATURE', 'MALFORMED']).toContain(tampered.status);
    expect(tampered.check).toBeNull();
    const keys = (await data(`{ procuratorateSigningKeys { kid procuratorateCode } }`)).procuratorateSigningKeys;
    expect(keys.map((k: { procuratorateCode: string }) => k.procuratorateCode)).toContain(hit.procuratorateCode);
  });

  test('an application made now is answered through the chain: a 10-year look-back finds the latest conviction', async () => {
    const conviction = [...convictions].sort((a, b) => Date.parse(b.effectiveAt!) - Date.parse(a.effectiveAt!))[0]!;
    const person = [...persons.values()].find((p) => conviction.defendantIds.includes(p.personId))!;
    // The data ends in 2019: a look-back of 10 years from today still reaches it until 2029.
    const reached = Date.parse(conviction.effectiveAt!) >= addMonths(new Date(), -120).getTime();
    const applied = await data(
      `mutation ($input: BriberyRecordCheckInput!) { applyForBriberyRecordCheck(input: $input) { id status } }`,
      {
        input: {
          procuratorateCode: '370300',
          applicantKind: 'ORGANISATION',
          applicantName: '淄博测试建设工程有限公司',
          purpose: 'TENDER',
          purposeDetail: '淄博市测试工程施工投标',
          subjectKind: 'PERSON',
          subjectName: person.name,
          subjectIdNumber: person.idNumber,
          lookBackYears: 10,
        },
      },
    );
    const issued = await data(`mutation ($id: ID!) { issueBriberyRecordCertificate(checkId: $id) { status certificateNumber certificate { result findings { documentNumber } } } }`, {
      id: applied.applyForBriberyRecordCheck.id,
    });
    expect(issued.issueBriberyRecordCertificate).toMatchObject({
      status: 'ANSWERED',
      certificate: reached ? { result: 'RECORD_FOUND', findings: [{ documentNumber: conviction.caseNumber }] } : { result: 'NO_RECORD', findings: [] },
    });
    expect(issued.issueBriberyRecordCertificate.certificateNumber).toMatch(/^淄检行查〔\d{4}〕\d+号$/);
  });

  test('the subject\'s name and ID number are not in the public graph and reach no log', async () => {
    const hit = checks.find((c) => c.subject.kind === 'PERSON')!;
    const res = await query(`query ($id: ID!) { briberyRecordCheck(id: $id) { subjectIdNumber } }`, { id: hit.checkId });
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const logText = serviceLog.join('\n');
    expect(serviceLog.length).toBeGreaterThan(0);
    for (const check of checks.filter((c) => c.subject.kind === 'PERSON')) {
      expect(logText.includes(check.subject.idNumber!) || logText.includes(check.subject.name)).toBe(false);
    }
  });
});

describe('lawyers\' file reviews', () => {
  const TIMELINE = `query ($id: ID!) { case(id: $id) { id timeline { at agency type title } fileReviewApplications { id status lawyer { id } } } }`;
  const ADMISSIONS = `query ($id: ID!) { lawyerAdmissions(lawyerId: $id) { applicationId admittedAt case { id stage } } }`;

  test('an approved review from the data admits the lawyer and is on the case\'s timeline', async () => {
    const approved = readExport<FileReviewExport>(EXPORT_FILES.fileReviews).find((r) => r.status === 'APPROVED')!;
    const { lawyerAdmissions } = await data(ADMISSIONS, { id: approved.lawyer.lawyerId });
    expect(lawyerAdmissions).toContainEqual({ applicationId: approved.applicationId, admittedAt: expect.any(String), case: { id: approved.caseId, stage: expect.any(String) } });
    const found = (await data(TIMELINE, { id: approved.caseId })).case;
    const event = found.timeline.find((e: { type: string; at: string }) => e.type === 'LAWYER_FILE_REVIEW_APPROVED' && Date.parse(e.at) === Date.parse(approved.decidedAt!));
    expect(event).toEqual({ at: expect.any(String), agency: 'PROCURATORATE', type: 'LAWYER_FILE_REVIEW_APPROVED', title: '准许律师阅卷' });
    const types = found.timeline.map((e: { type: string }) => e.type);
    expect(types.indexOf('PROSECUTION_REVIEW_STARTED')).toBeLessThan(types.indexOf('LAWYER_FILE_REVIEW_APPROVED'));
  });

  test('an application approved through the graph admits the lawyer and adds the event', async () => {
    const reviewed = new Set(readExport<FileReviewExport>(EXPORT_FILES.fileReviews).map((r) => r.caseId));
    const target = readExport<ProsecutionExport>(EXPORT_FILES.procuratorate).find((p) => p.reviewStartedAt && !reviewed.has(p.caseId))!;
    const lawyerId = '13703201210187654';
    const applied = await data(`mutation ($input: FileReviewInput!) { applyForFileReview(input: $input) { id status } }`, {
      input: { caseId: target.caseId, lawyerId, lawyerName: '孙立新', lawFirm: '山东测试律师事务所', clientPersonId: 'P00000001' },
    });
    const approved = await data(
      `mutation ($id: ID!, $at: DateTime!, $point: ID!) { approveFileReview(applicationId: $id, appointment: { at: $at, servicePointId: $point, materials: ["起诉意见书", "讯问笔录"] }) { status decidedAt } }`,
      { id: applied.applyForFileReview.id, at: new Date(Date.now() + 86400_000).toISOString(), point: `SH${target.divisionCode}` },
    );
    expect((await data(ADMISSIONS, { id: lawyerId })).lawyerAdmissions).toEqual([
      { applicationId: applied.applyForFileReview.id, admittedAt: expect.any(String), case: { id: target.caseId, stage: expect.any(String) } },
    ]);
    const found = (await data(TIMELINE, { id: target.caseId })).case;
    expect(found.timeline.at(-1)).toMatchObject({ type: 'LAWYER_FILE_REVIEW_APPROVED', agency: 'PROCURATORATE' });
    expect(Date.parse(found.timeline.at(-1).at)).toBe(Date.parse(approved.approveFileReview.decidedAt));
    expect(found.fileReviewApplications).toEqual([{ id: applied.applyForFileReview.id, status: 'APPROVED', lawyer: { id: lawyerId } }]);
  });
});

describe('complaints', () => {
  test('deadlines and overdue flags: late or still missing after the due instant, as of the data\'s instant', async () => {
    const complaints = readExport<ComplaintExport>(EXPORT_FILES.complaints);
    const asOf = Date.parse((JSON.parse(readFileSync(path.join(exportDir, EXPORT_FILES.manifest), 'utf8')) as { asOf: string }).asOf);
    const flags = (c: ComplaintExport) => {
      const received = new Date(c.receivedAt);
      const replyDue = addDays(received, 7).getTime();
      const resultDue = addMonths(received, 3).getTime();
      return {
        replyOverdue: c.repliedAt ? Date.parse(c.repliedAt) > replyDue : asOf > replyDue,
        resultOverdue: c.concludedAt ? Date.parse(c.concludedAt) > resultDue : asOf > resultDue,
      };
    };
    const openOverdue = complaints.find((c) => !c.repliedAt && flags(c).replyOverdue)!;
    const lateReply = complaints.find((c) => c.repliedAt && flags(c).replyOverdue)!;
    const inTime = complaints.find((c) => c.concludedAt && !flags(c).replyOverdue && !flags(c).resultOverdue)!;
    const ONE = `query ($id: ID!) { complaint(id: $id) { id status replyDueAt replyOverdue resultOverdue } }`;
    expect((await data(ONE, { id: openOverdue.complaintId })).complaint).toMatchObject({ status: 'RECEIVED', replyOverdue: true, resultOverdue: flags(openOverdue).resultOverdue });
    expect((await data(ONE, { id: lateReply.complaintId })).complaint).toMatchObject({ replyOverdue: true });
    expect((await data(ONE, { id: inTime.complaintId })).complaint).toMatchObject({ status: 'CONCLUDED', replyOverdue: false, resultOverdue: false });
    const served = (await data(ONE, { id: openOverdue.complaintId })).complaint;
    expect(Date.parse(served.replyDueAt)).toBe(addDays(new Date(openOverdue.receivedAt), 7).getTime());

    const page = (await data(`{ complaints(filter: { overdue: true }, first: 100) { asOf totalCount edges { node { id } } } }`)).complaints;
    expect(Date.parse(page.asOf)).toBe(asOf);
    const expected = complaints.filter((c) => flags(c).replyOverdue || flags(c).resultOverdue).map((c) => c.complaintId);
    expect(page.totalCount).toBe(expected.length);
    expect(expected.length).toBeLessThanOrEqual(100);
    expect(page.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual([...expected].sort());
  });

  test('the year\'s figures for the metrics', async () => {
    const { procuratorateServiceStatistics: stats } = await data(
      `{ procuratorateServiceStatistics(year: 2018) { briberyRecordChecksAnswered complaintsReceived complaintsRepliedWithin7Days complaintsRepliedWithin7DaysShare } }`,
    );
    expect(stats.briberyRecordChecksAnswered).toBeGreaterThan(0);
    expect(stats.complaintsRepliedWithin7Days).toBeLessThanOrEqual(stats.complaintsReceived);
    expect(stats.complaintsRepliedWithin7DaysShare).toBeGreaterThan(0.8);
  });
});

describe('the city\'s figures: metrics(year, division) through the gateway', () => {
  const METRICS = `query ($year: Int!, $division: String) {
    metrics(year: $year, division: $division) {
      year divisionCode divisionName
      casesFiled casesSolved suspectsCaught
      courtCasesRegistered registeredOnTheSpotRate
      briberyRecordChecksAnswered complaintsRepliedWithin7DaysRate
      disputesMediated mediationSuccessRate peopleUnderCommunityCorrections starJudicialOffices
    }
  }`;
  const inChinaYear = (iso: string | undefined, year: number) => !!iso && new Date(Date.parse(iso) + 8 * 3600e3).getUTCFullYear() === year;

  test('metrics(year: 2017) for the city: every agency\'s figures, counted from the data', async () => {
    const { metrics } = await data(METRICS, { year: 2017 });
    const police = readExport<PoliceCaseExport>(EXPORT_FILES.police);
    const court = readExport<CourtCaseExport>(EXPORT_FILES.court);
    const registered = court.filter((c) => inChinaYear(c.registeredAt, 2017) && c.courtCode !== '鲁');
    expect(metrics).toMatchObject({ year: 2017, divisionCode: '370300', divisionName: '淄博市' });
    expect(metrics.casesFiled).toBe(police.filter((p) => inChinaYear(p.filedAt, 2017)).length);
    expect(metrics.courtCasesRegistered).toBe(registered.length);
    expect(metrics.registeredOnTheSpotRate).toBeCloseTo(registered.filter((c) => c.registeredOnTheSpot).length / registered.length, 3);
    expect(metrics.casesSolved).toBeGreaterThan(0);
    expect(metrics.suspectsCaught).toBeGreaterThanOrEqual(metrics.casesSolved * 0.5);
    // Star titles awarded in or before the year: the city's 20 by the end of the data.
    expect(metrics.starJudicialOffices).toBeGreaterThan(0);
    expect(metrics.starJudicialOffices).toBeLessThanOrEqual(20);
    expect((await data(METRICS, { year: 2018 })).metrics.starJudicialOffices).toBe(20);
    expect(metrics.mediationSuccessRate).toBeGreaterThan(0.93);
    expect(metrics.mediationSuccessRate).toBeLessThan(0.995);
    expect(metrics.disputesMediated).toBeGreaterThan(0);
    expect(metrics.peopleUnderCommunityCorrections).toBeGreaterThan(0);
    expect(metrics.briberyRecordChecksAnswered).toBeGreaterThan(0);
    expect(metrics.complaintsRepliedWithin7DaysRate).toBeGreaterThan(0.5);
  });

  test('a district\'s figures are its share of the city\'s; a bad year or division is the caller\'s error', async () => {
    const city = (await data(METRICS, { year: 2017 })).metrics;
    const zhangdian = (await data(METRICS, { year: 2017, division: '370303' })).metrics;
    expect(zhangdian.divisionName).toBe('张店区');
    expect(zhangdian.casesFiled).toBeLessThan(city.casesFiled);
    expect(zhangdian.casesFiled).toBe(readExport<PoliceCaseExport>(EXPORT_FILES.police).filter((p) => p.divisionCode === '370303' && inChinaYear(p.filedAt, 2017)).length);
    for (const variables of [{ year: 1850 }, { year: 2017, division: '110101' }]) {
      const res = await query(METRICS, variables);
      expect(res.errors?.map((e) => e.extensions?.code)).toContain('BAD_USER_INPUT');
    }
    const anonymous = await graphql(hub.gatewayUrl, METRICS, { year: 2017 });
    expect(anonymous.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
  });
});
