import { join } from 'node:path';
import {
  EXPORT_FILES,
  ZIBO_DIVISIONS,
  ZIBO_PROCURATORATES,
  addDays,
  addMonths,
  isValidCreditCode,
  offenceByName,
  parseDocumentNumber,
  validateIdNumber,
  type BriberyRecordCheckExport,
  type ComplaintExport,
  type FileReviewExport,
  type ServicePointExport,
} from '@hub/domain';
import { AS_OF } from '../clock';
import { freshExport, readAll, type LoadedExport } from './support/fixture';

let data: LoadedExport;
let points: ServicePointExport[];
let checks: BriberyRecordCheckExport[];
let reviews: FileReviewExport[];
let complaints: ComplaintExport[];

beforeAll(async () => {
  data = await freshExport(1000, 4242);
  const file = (name: string) => join(data.dir, name);
  points = await readAll(file(EXPORT_FILES.servicePoints));
  checks = await readAll(file(EXPORT_FILES.briberyRecordChecks));
  reviews = await readAll(file(EXPORT_FILES.fileReviews));
  complaints = await readAll(file(EXPORT_FILES.complaints));
});
afterAll(() => data.cleanup());

const ms = Date.parse;
const unique = (values: readonly string[]) => new Set(values).size === values.length;

describe('service points', () => {
  it('has a hall per procuratorate, a contact point per street and town, resident offices in towns, all in Zibo', () => {
    expect(unique(points.map((p) => p.servicePointId))).toBe(true);
    expect(points.filter((p) => p.kind === 'SERVICE_HALL').map((p) => p.procuratorateCode).sort()).toEqual(ZIBO_PROCURATORATES.map((p) => p.code).sort());
    for (const division of ZIBO_DIVISIONS) {
      const contacts = points.filter((p) => p.kind === 'CONTACT_POINT' && p.divisionCode === division.code);
      expect(contacts.map((p) => p.town).sort()).toEqual([...division.towns].sort());
      const offices = points.filter((p) => p.kind === 'RESIDENT_OFFICE' && p.divisionCode === division.code);
      expect(offices.length).toBeGreaterThanOrEqual(2);
      expect(offices.every((p) => p.town.endsWith('镇'))).toBe(true);
      // Each town not on a street is served by exactly one resident office.
      const served = offices.flatMap((p) => p.servedTowns);
      expect(unique(served)).toBe(true);
    }
    for (const p of points) {
      expect(p.latitude).toBeGreaterThan(35.8);
      expect(p.latitude).toBeLessThan(37.4);
      expect(p.longitude).toBeGreaterThan(117.5);
      expect(p.longitude).toBeLessThan(118.6);
      expect(p.phone).toMatch(/^0533-\d{7}$/);
    }
  });
});

describe('bribery-record checks', () => {
  it('are numbered per procuratorate and year, answered after they were applied for, within the export', () => {
    expect(unique(checks.map((c) => c.checkId))).toBe(true);
    const numbers = checks.flatMap((c) => (c.certificateNumber ? [c.certificateNumber] : []));
    expect(unique(numbers)).toBe(true);
    for (const check of checks) {
      const procuratorate = ZIBO_PROCURATORATES.find((p) => p.code === check.procuratorateCode)!;
      expect(check.checkId.startsWith(`XC${check.procuratorateCode}`)).toBe(true);
      expect(ms(check.appliedAt)).toBeLessThanOrEqual(AS_OF);
      expect(check.periodTo).toBe(check.appliedAt);
      const years = [5, 3].find((y) => ms(check.periodFrom) === addMonths(new Date(check.appliedAt), -12 * y).getTime());
      expect(years).toBeDefined();
      if (check.status === 'ANSWERED') {
        expect(ms(check.answeredAt!)).toBeGreaterThan(ms(check.appliedAt));
        expect(ms(check.answeredAt!)).toBeLessThanOrEqual(AS_OF);
        expect(parseDocumentNumber(check.certificateNumber!)?.prefix).toBe(`${procuratorate.documentBase}行查`);
      } else {
        expect(check.certificateNumber).toBeUndefined();
      }
      if (check.subject.kind === 'PERSON') expect(validateIdNumber(check.subject.idNumber!).ok).toBe(true);
      if (check.subject.creditCode) expect(isValidCreditCode(check.subject.creditCode)).toBe(true);
      if (check.channel === 'SERVICE_HALL') expect(check.servicePointId).toBe(`SH${check.procuratorateCode}`);
    }
    // Certificates are numbered in the order they were issued.
    for (const code of ZIBO_PROCURATORATES.map((p) => p.code)) {
      const issued = checks.filter((c) => c.procuratorateCode === code && c.status === 'ANSWERED' && c.answeredAt!.startsWith('2018'));
      const serials = issued.sort((a, b) => ms(a.answeredAt!) - ms(b.answeredAt!)).map((c) => parseDocumentNumber(c.certificateNumber!)!.serial);
      expect(serials).toEqual(serials.map((_, k) => k + 1));
    }
  });

  it('mostly concern companies and outsiders, and now and then a convicted briber after the conviction took effect', () => {
    const organisations = checks.filter((c) => c.subject.kind === 'ORGANISATION').length;
    expect(organisations / checks.length).toBeGreaterThan(0.45);
    const byIdNumber = new Map(data.persons.map((p) => [p.idNumber, p]));
    const convictions = data.court.filter(
      (c) => c.effectiveAt && c.judgment && c.judgment.verdict !== 'ACQUITTED' && c.judgment.charges.some((charge) => offenceByName(charge)?.briberyFamily),
    );
    expect(convictions.length).toBeGreaterThan(0);
    const hits = checks.filter((check) => {
      const person = check.subject.idNumber ? byIdNumber.get(check.subject.idNumber) : undefined;
      if (!person || person.name !== check.subject.name) return false;
      return convictions.some((c) => c.defendantIds.includes(person.personId) && ms(c.effectiveAt!) >= ms(check.periodFrom) && ms(c.effectiveAt!) <= ms(check.periodTo));
    });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThan(checks.length * 0.05);
  });
});

describe('file reviews', () => {
  it('come after the case was transferred for prosecution, from a suspect\'s lawyer, approved with a reading at the hall', () => {
    expect(unique(reviews.map((r) => r.applicationId))).toBe(true);
    const prosecutions = new Map(data.procuratorate.map((p) => [p.caseId, p]));
    const parties = new Map(data.cases.map((c) => [c.caseId, c.parties]));
    for (const review of reviews) {
      const prosecution = prosecutions.get(review.caseId)!;
      expect(review.applicationId).toMatch(new RegExp(`^${review.caseId}-R\\d+$`));
      expect(ms(review.appliedAt)).toBeGreaterThan(ms(prosecution.reviewStartedAt!));
      expect(review.procuratorateCode).toBe(prosecution.divisionCode);
      expect(parties.get(review.caseId)!.some((p) => p.personId === review.clientPersonId && (p.role === 'SUSPECT' || p.role === 'DEFENDANT'))).toBe(true);
      expect(review.lawyer.lawyerId).toMatch(/^13703\d{12}$/);
      if (review.status === 'APPROVED') {
        expect(review.appointment!.servicePointId).toBe(`SH${review.procuratorateCode}`);
        expect(ms(review.appointment!.at)).toBeGreaterThan(ms(review.decidedAt!));
        expect(ms(review.decidedAt!) - ms(review.appliedAt)).toBeLessThan(6 * 86400_000);
        expect(review.appointment!.materials).toContain('起诉意见书');
      }
      if (review.status === 'REFUSED') expect(review.refusalReason).toBeTruthy();
      if (review.status === 'PENDING') expect(review.decidedAt).toBeUndefined();
    }
    const share = new Set(reviews.map((r) => r.caseId)).size / data.procuratorate.filter((p) => p.reviewStartedAt).length;
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.6);
  });
});

describe('complaints', () => {
  it('are numbered per procuratorate and year in order of receipt, and replied and concluded after receipt', () => {
    expect(unique(complaints.map((c) => c.complaintId))).toBe(true);
    expect(unique(complaints.map((c) => c.number))).toBe(true);
    const caseIds = new Set(data.cases.map((c) => c.caseId));
    const pointIds = new Map(points.map((p) => [p.servicePointId, p]));
    for (const complaint of complaints) {
      const received = ms(complaint.receivedAt);
      expect(received).toBeLessThanOrEqual(AS_OF);
      if (complaint.repliedAt) expect(ms(complaint.repliedAt)).toBeGreaterThan(received);
      if (complaint.concludedAt) {
        expect(ms(complaint.concludedAt)).toBeGreaterThanOrEqual(ms(complaint.repliedAt!));
        expect(complaint.result).toBeDefined();
      }
      if (complaint.caseId) expect(caseIds.has(complaint.caseId)).toBe(true);
      if (complaint.servicePointId) {
        const point = pointIds.get(complaint.servicePointId)!;
        expect(point.procuratorateCode).toBe(complaint.procuratorateCode);
        expect(point.kind).toBe(complaint.channel);
      }
    }
    const late = complaints.filter((c) => c.repliedAt && ms(c.repliedAt) > addDays(new Date(c.receivedAt), 7).getTime());
    const openOverdue = complaints.filter((c) => !c.repliedAt && AS_OF > addDays(new Date(c.receivedAt), 7).getTime());
    expect(late.length).toBeGreaterThan(0);
    expect(openOverdue.length).toBeGreaterThan(0);
    expect((late.length + openOverdue.length) / complaints.length).toBeLessThan(0.08);
    expect(complaints.filter((c) => c.caseId).length).toBeGreaterThan(0);
  });
});
