/**
 * The procuratorates' public services against the real embedded database: service points and the
 * nearest one, bribery-record checks and their signed certificates (the court's findings arrive in
 * the representation, as the gateway sends them), lawyers' file reviews, complaints and deadlines.
 * The whole federation chain runs in packages/stack/src/__tests__/services.test.ts.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  EXPORT_FILES,
  addDays,
  addMonths,
  maskName,
  type BriberyRecordCheckExport,
  type ComplaintExport,
  type FileReviewExport,
  type PersonExport,
  type ProsecutionExport,
  type ServicePointExport,
} from '@hub/domain';
import { PUBLIC_IDENTITY, type Identity } from '@hub/subgraph-kit';
import { connectTestDatabase, graphql, identityHeaders, readFixture, startTestSubgraph, testExportDir, type TestSubgraph } from '@hub/testing';
import { importProcuratorateExport } from '../data/importer';
import { distanceMeters } from '../data/geo';
import { createProcuratorateSubgraph } from '../server';

process.env.PROCURATORATE_KEYS_DIR = mkdtempSync(path.join(os.tmpdir(), 'procuratorate-keys-'));

const points = readFixture<ServicePointExport>(EXPORT_FILES.servicePoints);
const checks = readFixture<BriberyRecordCheckExport>(EXPORT_FILES.briberyRecordChecks);
const reviews = readFixture<FileReviewExport>(EXPORT_FILES.fileReviews);
const complaints = readFixture<ComplaintExport>(EXPORT_FILES.complaints);
const prosecutions = readFixture<ProsecutionExport>(EXPORT_FILES.procuratorate);
const persons = readFixture<PersonExport>(EXPORT_FILES.persons);
const asOf = new Date((JSON.parse(readFileSync(path.join(testExportDir(), EXPORT_FILES.manifest), 'utf8')) as { asOf: string }).asOf);

let subgraph: TestSubgraph;
const query = (text: string, variables: Record<string, unknown> = {}) => graphql(subgraph.url, text, variables);

async function data(text: string, variables: Record<string, unknown> = {}) {
  const res = await query(text, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

async function badInput(text: string, variables: Record<string, unknown>, pattern: RegExp) {
  const res = await query(text, variables);
  expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(res.errors?.[0]?.message).toMatch(pattern);
  return res.errors![0]!;
}

beforeAll(async () => {
  const database = await connectTestDatabase('procuratorate_services');
  await importProcuratorateExport(database, testExportDir(), () => undefined);
  subgraph = await startTestSubgraph(database, createProcuratorateSubgraph);
});
afterAll(() => subgraph?.stop());

describe('service points', () => {
  test('every procuratorate has one service hall; resident offices and contact points belong to the districts', async () => {
    const { servicePoints } = await data(`{ servicePoints { id kind procuratorateCode procuratorateName divisionName location { latitude longitude } } }`);
    expect(servicePoints).toHaveLength(points.length);
    const halls = servicePoints.filter((p: { kind: string }) => p.kind === 'SERVICE_HALL');
    expect(halls.map((p: { procuratorateCode: string }) => p.procuratorateCode).sort()).toEqual(
      ['370300', '370302', '370303', '370304', '370305', '370306', '370321', '370322', '370323'],
    );
    expect(servicePoints[0].kind).toBe('SERVICE_HALL');
    expect(halls.find((p: { procuratorateCode: string }) => p.procuratorateCode === '370300').procuratorateName).toBe('淄博市人民检察院');
    // Zibo lies between about 35.9°N and 37.3°N, 117.6°E and 118.5°E.
    for (const { location } of servicePoints) {
      expect(location.latitude).toBeGreaterThan(35.8);
      expect(location.latitude).toBeLessThan(37.4);
      expect(location.longitude).toBeGreaterThan(117.5);
      expect(location.longitude).toBeLessThan(118.6);
    }
    const yiyuan = await data(`{ servicePoints(kind: CONTACT_POINT, divisionCode: "370323") { id town divisionName } }`);
    expect(yiyuan.servicePoints.length).toBe(points.filter((p) => p.kind === 'CONTACT_POINT' && p.divisionCode === '370323').length);
    expect(yiyuan.servicePoints.every((p: { divisionName: string }) => p.divisionName === '沂源县')).toBe(true);
  });

  test('the nearest service point to a contact point\'s own location is that contact point, then the others by distance', async () => {
    const contact = points.find((p) => p.kind === 'CONTACT_POINT' && p.divisionCode === '370304')!;
    const { nearestServicePoints } = await data(
      `query ($lat: Float!, $lng: Float!) { nearestServicePoints(lat: $lat, lng: $lng, kind: CONTACT_POINT, first: 3) { distanceMeters servicePoint { id kind } } }`,
      { lat: contact.latitude, lng: contact.longitude },
    );
    expect(nearestServicePoints).toHaveLength(3);
    expect(nearestServicePoints[0]).toEqual({ distanceMeters: 0, servicePoint: { id: contact.servicePointId, kind: 'CONTACT_POINT' } });
    const distances = nearestServicePoints.map((n: { distanceMeters: number }) => n.distanceMeters);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    const second = points.find((p) => p.servicePointId === nearestServicePoints[1].servicePoint.id)!;
    expect(Math.abs(distanceMeters(contact, second) - distances[1])).toBeLessThanOrEqual(1);
    // The city centre: the closest hall is in 张店.
    const centre = await data(`{ nearestServicePoints(lat: 36.8069, lng: 118.0178, kind: SERVICE_HALL, first: 1) { servicePoint { divisionCode } } }`);
    expect(centre.nearestServicePoints[0].servicePoint.divisionCode).toBe('370303');
  });

  test('coordinates and sizes out of range are BAD_USER_INPUT naming the argument', async () => {
    const nearest = `query ($lat: Float!, $lng: Float!, $first: Int) { nearestServicePoints(lat: $lat, lng: $lng, first: $first) { distanceMeters } }`;
    expect((await badInput(nearest, { lat: 91, lng: 118 }, /latitude/)).extensions?.argument).toBe('lat');
    expect((await badInput(nearest, { lat: 36.8, lng: -181 }, /longitude/)).extensions?.argument).toBe('lng');
    expect((await badInput(nearest, { lat: 36.8, lng: 118, first: 0 }, /first/)).extensions?.argument).toBe('first');
    await badInput(`{ servicePoints(divisionCode: "110101") { id } }`, {}, /divisionCode/);
  });
});

const CERTIFICATE = `query ($reps: [_Any!]!) {
  _entities(representations: $reps) {
    ... on BriberyRecordCheck {
      id status subject { kind name maskedIdNumber } subjectName subjectIdNumber
      certificate { number procuratorateName issuedOn result text textSha256 signingKeyId findings { documentNumber sentence judgment { id } } qr { text url } }
    }
  }
}`;
const VERIFY = `query ($code: String!, $sha: String) {
  verifyBriberyRecordCertificate(code: $code, documentSha256: $sha) { status signatureValid certificateNumber procuratorateName issuedOn result signedTextSha256 check { id } }
}`;

const FINDING = {
  judgmentId: 'ZB2017000025-1',
  documentNumber: '（2017）鲁0321刑初6号',
  courtName: '桓台县人民法院',
  charges: ['单位行贿罪'],
  sentence: '判处有期徒刑一年六个月，缓刑二年',
  effectiveAt: '2017-11-06T00:00:00+08:00',
  finalCaseNumber: '（2017）鲁0321刑初6号',
};

describe('bribery-record checks', () => {
  const answeredPerson = checks.find((c) => c.status === 'ANSWERED' && c.subject.kind === 'PERSON')!;
  const answeredOrganisation = checks.find((c) => c.status === 'ANSWERED' && c.subject.kind === 'ORGANISATION')!;

  async function certified(check: BriberyRecordCheckExport, courtFindings: unknown[]) {
    const result = await data(CERTIFICATE, { reps: [{ __typename: 'BriberyRecordCheck', id: check.checkId, courtFindings }] });
    return result._entities[0];
  }

  test('the subject is masked for everyone; only the cases subgraph\'s @requires gets the name and ID number', async () => {
    const found = await certified(answeredPerson, []);
    expect(found.subject).toEqual({ kind: 'PERSON', name: maskName(answeredPerson.subject.name), maskedIdNumber: expect.stringMatching(/^\d{6}\*{8}\d{3}[\dX]$/) });
    expect(found.subjectName).toBe(answeredPerson.subject.name);
    expect(found.subjectIdNumber).toBe(answeredPerson.subject.idNumber);
    expect(found.certificate.text).not.toContain(answeredPerson.subject.idNumber);
    expect(found.certificate.text).not.toContain(answeredPerson.subject.name);
  });

  test('a check without findings states no record, signed; the code verifies, and so does the text it was signed over', async () => {
    const found = await certified(answeredPerson, []);
    expect(found.certificate).toMatchObject({ number: answeredPerson.certificateNumber, result: 'NO_RECORD', findings: [] });
    expect(found.certificate.text).toContain('未发现被查询人有行贿犯罪记录');
    expect(found.certificate.qr.text).toMatch(/^ZBC1:[A-Z2-7]+$/);
    expect(found.certificate.qr.url).toBe(`http://localhost:4000/verify?c=${found.certificate.qr.text}`);
    const again = await certified(answeredPerson, []);
    expect(again.certificate.qr.text).toBe(found.certificate.qr.text);

    const { verifyBriberyRecordCertificate: verified } = await data(VERIFY, { code: found.certificate.qr.url, sha: found.certificate.textSha256 });
    expect(verified).toEqual({
      status: 'VALID',
      signatureValid: true,
      certificateNumber: answeredPerson.certificateNumber,
      procuratorateName: found.certificate.procuratorateName,
      issuedOn: found.certificate.issuedOn,
      result: 'NO_RECORD',
      signedTextSha256: found.certificate.textSha256,
      check: { id: answeredPerson.checkId },
    });
    const other = 'a'.repeat(64);
    expect((await data(VERIFY, { code: found.certificate.qr.text, sha: other })).verifyBriberyRecordCertificate.status).toBe('HASH_MISMATCH');
    const code: string = found.certificate.qr.text;
    const at = Math.floor(code.length / 2);
    const flipped = code.slice(0, at) + (code[at] === 'Q' ? 'R' : 'Q') + code.slice(at + 1);
    expect(['INVALID_SIGNATURE', 'MALFORMED']).toContain((await data(VERIFY, { code: flipped })).verifyBriberyRecordCertificate.status);
    await badInput(VERIFY, { code, sha: 'not a hash' }, /SHA-256/);
  });

  test('findings make a record: the certificate lists the judgment, and its signed result and text differ', async () => {
    const none = await certified(answeredPerson, []);
    const found = await certified(answeredPerson, [FINDING]);
    expect(found.certificate.result).toBe('RECORD_FOUND');
    expect(found.certificate.findings).toEqual([{ documentNumber: FINDING.documentNumber, sentence: FINDING.sentence, judgment: { id: FINDING.judgmentId } }]);
    expect(found.certificate.text).toContain(`${FINDING.courtName}${FINDING.documentNumber}刑事判决认定被查询人犯单位行贿罪`);
    expect(found.certificate.text).toContain('2017年11月6日发生法律效力');
    expect(found.certificate.qr.text).not.toBe(none.certificate.qr.text);
    expect((await data(VERIFY, { code: found.certificate.qr.text })).verifyBriberyRecordCertificate).toMatchObject({ status: 'VALID', result: 'RECORD_FOUND' });
  });

  test('an organisation\'s certificate says the courts\' data names natural persons only', async () => {
    const found = await certified(answeredOrganisation, []);
    expect(found.subject).toMatchObject({ kind: 'ORGANISATION', name: answeredOrganisation.subject.name });
    expect(found.subjectIdNumber).toBeNull();
    expect(found.certificate.text).toContain('仅载明自然人被告人');
  });

  test('a pending or refused check has no certificate', async () => {
    const refused = checks.find((c) => c.status === 'REFUSED');
    if (refused) expect((await certified(refused, [])).certificate).toBeNull();
  });

  test('lists by procuratorate, newest first, in pages that neither repeat nor skip', async () => {
    const LIST = `query ($after: String) { briberyRecordChecks(filter: { procuratorateCode: "370303" }, first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id appliedAt } } } }`;
    const expected = checks.filter((c) => c.procuratorateCode === '370303');
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: { id: string } }> } = (await data(LIST, { after })).briberyRecordChecks;
      expect(page.totalCount).toBe(expected.length);
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(expected.length);
    expect(new Set(seen)).toEqual(new Set(expected.map((c) => c.checkId)));
    await badInput(`{ briberyRecordChecks(filter: { procuratorateCode: "999999" }) { totalCount } }`, {}, /procuratorate/);
    await badInput(`{ briberyRecordChecks(after: "bm90LWEtY3Vyc29y") { totalCount } }`, {}, /cursor/);
  });

  test('an application is registered, answered under the next number of the year, and cannot be answered twice', async () => {
    const person = persons[0]!;
    const APPLY = `mutation ($input: BriberyRecordCheckInput!) { applyForBriberyRecordCheck(input: $input) { id status procuratorateCode periodFrom periodTo subject { name maskedIdNumber } } }`;
    const input = {
      procuratorateCode: '370303',
      applicantKind: 'ORGANISATION',
      applicantName: '淄博测试建设工程有限公司',
      purpose: 'TENDER',
      purposeDetail: '张店区测试工程施工投标',
      subjectKind: 'PERSON',
      subjectName: person.name,
      subjectIdNumber: person.idNumber,
    };
    const applied = (await data(APPLY, { input })).applyForBriberyRecordCheck;
    const year = new Date().getFullYear();
    expect(applied).toMatchObject({ status: 'PENDING', procuratorateCode: '370303', subject: { name: maskName(person.name) } });
    expect(applied.id).toMatch(new RegExp(`^XC370303${year}\\d{5}$`));
    expect(Date.parse(applied.periodTo) - Date.parse(applied.periodFrom)).toBeGreaterThan(4.99 * 365 * 86400_000);

    const ISSUE = `mutation ($id: ID!) { issueBriberyRecordCertificate(checkId: $id) { status certificateNumber answeredAt } }`;
    const issued = (await data(ISSUE, { id: applied.id })).issueBriberyRecordCertificate;
    expect(issued.status).toBe('ANSWERED');
    expect(issued.certificateNumber).toMatch(new RegExp(`^淄张检行查〔${year}〕\\d+号$`));
    await badInput(ISSUE, { id: applied.id }, /only a PENDING check/);

    const bad = await badInput(APPLY, { input: { ...input, subjectIdNumber: `${person.idNumber.slice(0, 17)}${person.idNumber.endsWith('1') ? '2' : '1'}` } }, /resident ID number/);
    expect(bad.message).not.toContain(person.idNumber.slice(0, 17));
    await badInput(APPLY, { input: { ...input, subjectIdNumber: null } }, /subjectIdNumber/);
    await badInput(APPLY, { input: { ...input, lookBackYears: 11 } }, /lookBackYears/);
    await badInput(APPLY, { input: { ...input, subjectKind: 'ORGANISATION', subjectIdNumber: null, subjectName: '某公司', subjectCreditCode: '91370303MA3C000000' } }, /credit code/);
  });
});

describe('lawyers\' file reviews', () => {
  const approved = reviews.find((r) => r.status === 'APPROVED')!;
  const CASE = `query ($id: ID!) { _entities(representations: [{ __typename: "Case", id: $id }]) { ... on Case {
    procuratorateEvents { at type title } fileReviewApplications { id status decidedAt lawyer { id name lawFirm } client { id } appointment { at materials electronic servicePoint { id kind } } }
  } } }`;

  test('an approved review is an event of the case and admits the lawyer to it', async () => {
    const found = (await data(CASE, { id: approved.caseId }))._entities[0];
    const application = found.fileReviewApplications.find((a: { id: string }) => a.id === approved.applicationId);
    expect(application).toMatchObject({
      status: 'APPROVED',
      lawyer: { id: approved.lawyer.lawyerId, name: approved.lawyer.name, lawFirm: approved.lawyer.lawFirm },
      client: { id: approved.clientPersonId },
      appointment: { materials: approved.appointment!.materials, servicePoint: { id: approved.appointment!.servicePointId, kind: 'SERVICE_HALL' } },
    });
    const event = found.procuratorateEvents.find((e: { type: string; at: string }) => e.type === 'LAWYER_FILE_REVIEW_APPROVED' && Date.parse(e.at) === Date.parse(approved.decidedAt!));
    expect(event).toMatchObject({ title: '准许律师阅卷' });
    const times = found.procuratorateEvents.map((e: { at: string }) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));

    const { lawyerAdmissions } = await data(`query ($id: ID!) { lawyerAdmissions(lawyerId: $id) { applicationId admittedAt case { id } } }`, { id: approved.lawyer.lawyerId });
    const expected = reviews.filter((r) => r.lawyer.lawyerId === approved.lawyer.lawyerId && r.status === 'APPROVED');
    expect(lawyerAdmissions.map((a: { applicationId: string }) => a.applicationId).sort()).toEqual(expected.map((r) => r.applicationId).sort());
    expect(lawyerAdmissions[0].case.id).toMatch(/^ZB\d{10}$/);
    expect((await data(`{ lawyerAdmissions(lawyerId: "13703199900000000") { applicationId } }`)).lawyerAdmissions).toEqual([]);
    await badInput(`{ lawyerAdmissions(lawyerId: "12345") { applicationId } }`, {}, /practising certificate number/);
  });

  test('a lawyer applies, is refused once, applies again and is approved: admitted, and the case shows the event', async () => {
    const reviewed = new Set(reviews.map((r) => r.caseId));
    const target = prosecutions.find((p) => p.reviewStartedAt && !reviewed.has(p.caseId))!;
    const lawyer = { lawyerId: '13703201510198765', lawyerName: '韩立新', lawFirm: '山东测试律师事务所' };
    const APPLY = `mutation ($input: FileReviewInput!) { applyForFileReview(input: $input) { id status case { id } procuratorateCode } }`;
    const input = { caseId: target.caseId, ...lawyer, clientPersonId: 'P00000001' };
    const first = (await data(APPLY, { input })).applyForFileReview;
    expect(first).toEqual({ id: `${target.caseId}-R1`, status: 'PENDING', case: { id: target.caseId }, procuratorateCode: target.divisionCode });
    await badInput(APPLY, { input }, /already has a pending or approved application/);
    const refused = await data(`mutation ($id: ID!) { refuseFileReview(applicationId: $id, reason: "委托手续不全") { status refusalReason } }`, { id: first.id });
    expect(refused.refuseFileReview).toEqual({ status: 'REFUSED', refusalReason: '委托手续不全' });

    const second = (await data(APPLY, { input })).applyForFileReview;
    expect(second.id).toBe(`${target.caseId}-R2`);
    const APPROVE = `mutation ($id: ID!, $appointment: FileReviewAppointmentInput!) { approveFileReview(applicationId: $id, appointment: $appointment) { status decidedAt appointment { servicePoint { id } materials electronic } } }`;
    const at = new Date(Date.now() + 2 * 86400_000).toISOString();
    await badInput(APPROVE, { id: second.id, appointment: { at, servicePointId: 'SH370300' === `SH${target.divisionCode}` ? 'SH370302' : 'SH370300', materials: ['讯问笔录'] } }, /service point of the handling procuratorate/);
    const approvedNow = (await data(APPROVE, { id: second.id, appointment: { at, servicePointId: `SH${target.divisionCode}`, materials: ['起诉意见书', '讯问笔录'] } })).approveFileReview;
    expect(approvedNow).toMatchObject({ status: 'APPROVED', appointment: { servicePoint: { id: `SH${target.divisionCode}` }, materials: ['起诉意见书', '讯问笔录'], electronic: true } });

    const { lawyerAdmissions } = await data(`query ($id: ID!) { lawyerAdmissions(lawyerId: $id) { applicationId case { id } } }`, { id: lawyer.lawyerId });
    expect(lawyerAdmissions).toEqual([{ applicationId: second.id, case: { id: target.caseId } }]);
    const events = (await data(CASE, { id: target.caseId }))._entities[0].procuratorateEvents;
    expect(events.filter((e: { type: string }) => e.type === 'LAWYER_FILE_REVIEW_APPROVED').map((e: { at: string }) => Date.parse(e.at))).toEqual([Date.parse(approvedNow.decidedAt)]);
  });

  test('no review before the case was transferred for prosecution; malformed ids are BAD_USER_INPUT', async () => {
    const APPLY = `mutation ($input: FileReviewInput!) { applyForFileReview(input: $input) { id } }`;
    const input = { caseId: 'ZB2099000001', lawyerId: '13703201510198765', lawyerName: '韩立新', lawFirm: '山东测试律师事务所', clientPersonId: 'P00000001' };
    await badInput(APPLY, { input }, /transferred for prosecution/);
    await badInput(APPLY, { input: { ...input, lawyerId: '123' } }, /lawyerId/);
    await badInput(APPLY, { input: { ...input, caseId: 'X1' } }, /caseId/);
    await badInput(`mutation { approveFileReview(applicationId: "nonsense", appointment: { at: "2019-01-01", servicePointId: "SH370303", materials: ["x"] }) { id } }`, {}, /applicationId/);
  });
});

describe('complaints and hotline tickets', () => {
  const COMPLAINTS = `query ($filter: ComplaintFilter, $after: String) { complaints(filter: $filter, first: 100, after: $after) {
    asOf totalCount pageInfo { hasNextPage endCursor }
    edges { node { id status replyDueAt repliedAt replyOverdue resultDueAt concludedAt resultOverdue case { id } complainant { name } } }
  } }`;

  /** A complaint as COMPLAINTS selects it. */
  interface ComplaintRow {
    id: string;
    status: string;
    replyDueAt: string;
    resultDueAt: string;
    replyOverdue: boolean;
    resultOverdue: boolean;
    case: { id: string } | null;
    complainant: { name: string };
  }

  async function all(filter: Record<string, unknown>) {
    const nodes: ComplaintRow[] = [];
    let after: string | null = null;
    let asOfSeen = '';
    for (;;) {
      const page: { asOf: string; edges: Array<{ node: ComplaintRow }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } = (
        await data(COMPLAINTS, { filter, after })
      ).complaints;
      asOfSeen = page.asOf;
      nodes.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) return { nodes, asOf: asOfSeen };
      after = page.pageInfo.endCursor;
    }
  }

  /** What the flags must be, computed here from the export and the as-of instant. */
  function expectedFlags(c: ComplaintExport) {
    const received = new Date(c.receivedAt);
    const replyDue = addDays(received, 7).getTime();
    const resultDue = addMonths(received, 3).getTime();
    const late = (done: string | undefined, due: number) => (done ? Date.parse(done) > due : asOf.getTime() > due);
    return { replyOverdue: late(c.repliedAt, replyDue), resultOverdue: late(c.concludedAt, resultDue), replyDue, resultDue };
  }

  test('deadlines are 7 days and 3 months from receipt; overdue means late, or still open after the due instant as of the data', async () => {
    const { nodes, asOf: served } = await all({ procuratorateCode: '370303' });
    expect(Date.parse(served)).toBe(asOf.getTime());
    const byId = new Map(complaints.map((c) => [c.complaintId, c]));
    expect(nodes).toHaveLength(complaints.filter((c) => c.procuratorateCode === '370303').length);
    for (const node of nodes) {
      const exported = byId.get(node.id)!;
      const flags = expectedFlags(exported);
      expect(Date.parse(node.replyDueAt)).toBe(flags.replyDue);
      expect(Date.parse(node.resultDueAt)).toBe(flags.resultDue);
      expect([node.replyOverdue, node.resultOverdue]).toEqual([flags.replyOverdue, flags.resultOverdue]);
      expect(node.status).toBe(exported.concludedAt ? 'CONCLUDED' : exported.repliedAt ? 'IN_PROGRESS' : 'RECEIVED');
      expect(node.complainant.name).not.toBe(exported.complainant.kind === 'PERSON' ? exported.complainant.name : '');
    }
    // The data set has each kind: open and overdue, replied late, in time.
    const everywhere = complaints.map(expectedFlags);
    expect(everywhere.some((f, k) => f.replyOverdue && !complaints[k]!.repliedAt)).toBe(true);
    expect(everywhere.some((f, k) => f.replyOverdue && complaints[k]!.repliedAt)).toBe(true);
    expect(everywhere.some((f) => !f.replyOverdue)).toBe(true);
  });

  test('the overdue filter returns exactly the overdue ones', async () => {
    const { nodes } = await all({ overdue: true });
    const expected = complaints.filter((c) => {
      const f = expectedFlags(c);
      return f.replyOverdue || f.resultOverdue;
    });
    expect(nodes.map((n) => n.id).sort()).toEqual(expected.map((c) => c.complaintId).sort());
    const linked = complaints.find((c) => c.caseId)!;
    const { nodes: forCase } = await all({ caseId: linked.caseId });
    expect(forCase.map((n) => n.case?.id)).toContain(linked.caseId);
    await badInput(`{ complaints(filter: { receivedFrom: "2019-01-01", receivedTo: "2018-01-01" }) { totalCount } }`, {}, /receivedFrom/);
  });

  test('a registered complaint is due in 7 days and 3 months, not overdue; reply and conclusion are recorded', async () => {
    const REGISTER = `mutation ($input: ComplaintInput!) { registerComplaint(input: $input) { id number status receivedAt replyDueAt resultDueAt replyOverdue resultOverdue complainant { name } servicePoint { id } } }`;
    const input = { procuratorateCode: '370302', channel: 'HOTLINE_12309', category: 'ACCUSATION', summary: '控告某单位拖欠工资', complainantKind: 'PERSON', complainantName: '王建国' };
    const registered = (await data(REGISTER, { input })).registerComplaint;
    const received = new Date(registered.receivedAt);
    expect(registered).toMatchObject({ status: 'RECEIVED', replyOverdue: false, resultOverdue: false, complainant: { name: '王某' }, servicePoint: null });
    expect(Date.parse(registered.replyDueAt)).toBe(addDays(received, 7).getTime());
    expect(Date.parse(registered.resultDueAt)).toBe(addMonths(received, 3).getTime());
    expect(registered.number).toMatch(new RegExp(`^淄川检控〔${received.getFullYear()}〕\\d+号$`));

    const replied = await data(`mutation ($id: ID!) { replyToComplaint(complaintId: $id) { status repliedAt } }`, { id: registered.id });
    expect(replied.replyToComplaint.status).toBe('IN_PROGRESS');
    const concluded = await data(`mutation ($id: ID!) { concludeComplaint(complaintId: $id, result: TRANSFERRED, summary: "已转交劳动保障监察部门") { status result resultSummary } }`, { id: registered.id });
    expect(concluded.concludeComplaint).toEqual({ status: 'CONCLUDED', result: 'TRANSFERRED', resultSummary: '已转交劳动保障监察部门' });
    await badInput(`mutation ($id: ID!) { replyToComplaint(complaintId: $id) { id } }`, { id: registered.id }, /concluded already/);
    await badInput(REGISTER, { input: { ...input, channel: 'CONTACT_POINT' } }, /CONTACT_POINT of procuratorate 370302/);
    await badInput(REGISTER, { input: { ...input, procuratorateCode: '110000' } }, /procuratorate/);
  });
});

describe('statistics for the metrics', () => {
  test('answered checks and complaints replied within 7 days, for a year and a procuratorate, as defined', async () => {
    const year = 2018;
    const inYear = (iso: string | undefined) => !!iso && new Date(iso).getTime() >= Date.parse('2018-01-01T00:00:00+08:00') && new Date(iso).getTime() < Date.parse('2019-01-01T00:00:00+08:00');
    for (const code of [null, '370303']) {
      const mine = <T extends { procuratorateCode: string }>(list: T[]) => list.filter((x) => code === null || x.procuratorateCode === code);
      const { procuratorateServiceStatistics: stats } = await data(
        `query ($year: Int!, $code: String) { procuratorateServiceStatistics(year: $year, divisionCode: $code) {
          year procuratorateCode briberyRecordChecksReceived briberyRecordChecksAnswered complaintsReceived complaintsRepliedWithin7Days complaintsRepliedWithin7DaysShare } }`,
        { year, code },
      );
      const received = mine(complaints).filter((c) => inYear(c.receivedAt));
      const inTime = received.filter((c) => c.repliedAt && Date.parse(c.repliedAt) <= addDays(new Date(c.receivedAt), 7).getTime());
      expect(stats).toEqual({
        year,
        procuratorateCode: code,
        briberyRecordChecksReceived: mine(checks).filter((c) => inYear(c.appliedAt)).length,
        briberyRecordChecksAnswered: mine(checks).filter((c) => c.status === 'ANSWERED' && inYear(c.answeredAt)).length,
        complaintsReceived: received.length,
        complaintsRepliedWithin7Days: inTime.length,
        complaintsRepliedWithin7DaysShare: received.length ? inTime.length / received.length : null,
      });
      expect(stats.briberyRecordChecksAnswered).toBeGreaterThan(0);
    }
    await badInput(`{ procuratorateServiceStatistics(year: 1800) { year } }`, {}, /year/);
    await badInput(`{ procuratorateServiceStatistics(year: 2018, divisionCode: "3703") { year } }`, {}, /divisionCode/);
  });
});

describe('access', () => {
  const as = (identity: Identity, text: string, variables: Record<string, unknown> = {}) =>
    identityHeaders(identity).then((headers) => graphql(subgraph.url, text, variables, headers));
  const officer = (role: 'procuratorate' | 'police'): Identity => ({ ...PUBLIC_IDENTITY, subject: `test-${role}`, role, org: '370303' });
  const codes = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => (res.errors ?? []).map((e) => e.extensions?.code);

  test('the public finds service points and verifies certificates, but sees no check, complaint or file review', async () => {
    expect((await as(PUBLIC_IDENTITY, `{ servicePoints(kind: SERVICE_HALL) { id } }`)).data!.servicePoints).toHaveLength(9);
    const check = checks.find((c) => c.status === 'ANSWERED')!;
    const rendered = await data(CERTIFICATE, { reps: [{ __typename: 'BriberyRecordCheck', id: check.checkId, courtFindings: [] }] });
    const verified = await as(PUBLIC_IDENTITY, `query ($code: String!) { verifyBriberyRecordCertificate(code: $code) { status result check { id } } }`, {
      code: rendered._entities[0].certificate.qr.text,
    });
    expect(verified.data!.verifyBriberyRecordCertificate).toEqual({ status: 'VALID', result: 'NO_RECORD', check: null });
    expect(codes(verified)).toEqual(['FORBIDDEN']);
    for (const text of [
      `{ complaints { totalCount } }`,
      `{ briberyRecordChecks { totalCount } }`,
      `{ lawyerAdmissions(lawyerId: "13703201010123456") { applicationId } }`,
      `mutation { replyToComplaint(complaintId: "TS370303201800001") { id } }`,
    ]) {
      expect(codes(await as(PUBLIC_IDENTITY, text))).toEqual(['FORBIDDEN']);
    }
  });

  test('complaints are for the procuratorate\'s officers, not the police\'s', async () => {
    expect((await as(officer('procuratorate'), `{ complaints(first: 1) { totalCount } }`)).data!.complaints.totalCount).toBe(complaints.length + 1);
    expect(codes(await as(officer('police'), `{ complaints(first: 1) { totalCount } }`))).toEqual(['FORBIDDEN']);
  });
});

test('importing the services twice changes nothing', async () => {
  const result = await importProcuratorateExport(subgraph.database, testExportDir(), () => undefined);
  expect(result.inserted).toBe(0);
  expect(result.replaced).toBe(0);
  expect(await subgraph.database.connection.collection('bribery_record_checks').countDocuments()).toBeGreaterThan(checks.length);
  expect(await subgraph.database.connection.collection('service_points').countDocuments()).toBe(points.length);
});
