/**
 * Bribery-record checks (行贿犯罪档案查询). Most are asked by companies before a public tender, for
 * themselves and for their legal representative or project manager; some by employers and banks.
 * Nearly all answers are "no record". The people the courts convicted of a bribery-family offence
 * are checked too, now and then, before and after their conviction took effect: those checks are
 * the ones the court's judgments answer with a record (the check itself knows nothing of it).
 */
import {
  SERVICE_TIME_LIMITS,
  ZIBO_DIVISIONS,
  ZIBO_PROCURATORATES,
  briberyCertificatePrefix,
  formatDocumentNumber,
  type BriberyCheckPurpose,
  type BriberyRecordCheckExport,
  type Division,
  type Procuratorate,
} from '@hub/domain';
import { AS_OF, HOUR_MS, MINUTE_MS, chinaYear, iso, plusMonths, sometime, type Ms } from '../../clock';
import { Rng, WeightedTable } from '../../random';
import { SERVICES_FROM, daysUntilAsOf, isWorkingDay, officeTime, plusWorkingDays, poisson, serialsInOrder } from './calendar';
import { makeCompany, outsiderIdentity, type Company, type PersonIdentity } from './people';

/** Someone of the criminal cases: convicted of a bribery-family offence (effective at `convictedAt`), or not. */
export interface CasePerson {
  identity: PersonIdentity;
  /** When they first appear in a case: nobody checks a person the hub has not met yet. */
  since: Ms;
  /** The procuratorate of their case, where a check about them is likely made. */
  procuratorateCode: string;
  convictedAt?: Ms;
}

interface Draft {
  procuratorate: Procuratorate;
  appliedAt: Ms;
  channel: BriberyRecordCheckExport['channel'];
  applicant: BriberyRecordCheckExport['applicant'];
  purpose: BriberyCheckPurpose;
  purposeDetail: string;
  subject: BriberyRecordCheckExport['subject'];
  lookBackYears: number;
  outcome: { answerAfterMs: number } | { refusal: string; refuseAfterMs: number };
}

/** Application events per working day across the city for 2,000 cases; each event asks 1–3 checks. */
const EVENTS_PER_WORKING_DAY = 1.45;
/** Share of the city's checks per procuratorate (the city's own, then by economic weight of the district). */
const PROCURATORATE_SHARE: Record<string, number> = {
  '370300': 16, '370303': 20, '370302': 13, '370305': 13, '370321': 10, '370304': 8, '370306': 8, '370323': 6, '370322': 6,
};
const PURPOSES = new WeightedTable<BriberyCheckPurpose>([['TENDER', 72], ['QUALIFICATION', 10], ['CREDIT', 6], ['OTHER', 12]]);
const PROJECT_OBJECTS = [
  '人民医院门诊楼', '第一中学教学楼', '城区供热管网', '农村公路', '污水处理厂', '老旧小区', '文化中心', '体育场',
  '水库除险加固', '社区卫生服务中心', '政务服务中心', '背街小巷', '城乡供水一体化', '中心幼儿园', '公园绿地',
];
const PROJECT_WORKS = ['改造工程', '新建工程', '维修工程', '提升工程', '二期工程'];
const PROJECT_ROLES = ['施工', '监理', '设备采购'];
const OTHER_DETAILS: Record<Exclude<BriberyCheckPurpose, 'TENDER'>, readonly string[]> = {
  QUALIFICATION: ['建筑业企业资质升级申报', '安全生产许可证延续', '工程监理资质申报'],
  EMPLOYMENT: ['拟任国有企业中层管理人员任前审查', '事业单位公开招聘考察', '村（社区）“两委”换届候选人资格审查'],
  CREDIT: ['商业银行授信审查', '政府性融资担保审查'],
  OTHER: ['政府采购供应商库入库审查', '评先评优审查', '招商引资合作方审查'],
};
const REFUSALS = ['申请材料不全，缺少营业执照副本复印件', '被查询人身份信息与所附证件不一致', '未提供被查询人的书面授权'];

function divisionOf(procuratorate: Procuratorate): Division {
  return ZIBO_DIVISIONS.find((d) => d.code === procuratorate.seatDivisionCode) as Division;
}

function detail(rng: Rng, purpose: BriberyCheckPurpose, division: Division, at: Ms): string {
  if (purpose !== 'TENDER') return rng.pick(OTHER_DETAILS[purpose]);
  const year = rng.chance(0.4) ? `${chinaYear(at)}年` : '';
  return `${division.name}${year}${rng.pick(PROJECT_OBJECTS)}${rng.pick(PROJECT_WORKS)}${rng.pick(PROJECT_ROLES)}投标`;
}

/** Online applications grew from a few in 2016 to about half in 2019. */
function channel(rng: Rng, at: Ms): BriberyRecordCheckExport['channel'] {
  const online = { 2016: 0.05, 2017: 0.2, 2018: 0.4 }[chinaYear(at)] ?? 0.5;
  return rng.chance(online) ? 'ONLINE' : 'SERVICE_HALL';
}

/** Most answers are given on the spot; the rest within three working days. */
function outcome(rng: Rng, appliedAt: Ms): Draft['outcome'] {
  if (rng.chance(0.012)) return { refusal: rng.pick(REFUSALS), refuseAfterMs: rng.int(20, 90) * MINUTE_MS };
  if (rng.chance(0.7)) return { answerAfterMs: rng.int(15, 120) * MINUTE_MS };
  const by = plusWorkingDays(appliedAt, rng.int(1, 3));
  return { answerAfterMs: sometime(rng, by - 6 * HOUR_MS, by) - appliedAt };
}

const personSubject = (person: PersonIdentity): Draft['subject'] => ({ kind: 'PERSON', name: person.name, idNumber: person.idNumber });
const companySubject = (company: Company): Draft['subject'] => ({ kind: 'ORGANISATION', name: company.name, creditCode: company.creditCode });
const companyApplicant = (company: Company): Draft['applicant'] => ({ kind: 'ORGANISATION', name: company.name, creditCode: company.creditCode });

export class BriberyCheckGenerator {
  private readonly drafts: Draft[] = [];
  private readonly companies = new Map<string, Company[]>();
  private companySerial = 0;

  constructor(private readonly rng: Rng, private readonly scale: number) {}

  private companiesOf(procuratorate: Procuratorate): Company[] {
    const found = this.companies.get(procuratorate.code);
    if (found) return found;
    const share = (PROCURATORATE_SHARE[procuratorate.code] ?? 5) / 100;
    const count = Math.max(4, Math.round(160 * this.scale * share));
    const list = Array.from({ length: count }, () => makeCompany(this.rng, divisionOf(procuratorate), ++this.companySerial, SERVICES_FROM));
    this.companies.set(procuratorate.code, list);
    return list;
  }

  private draft(procuratorate: Procuratorate, appliedAt: Ms, applicant: Draft['applicant'], subject: Draft['subject'], purpose: BriberyCheckPurpose, purposeDetail: string): void {
    this.drafts.push({
      procuratorate,
      appliedAt,
      channel: channel(this.rng, appliedAt),
      applicant,
      purpose,
      purposeDetail,
      subject,
      lookBackYears: this.rng.chance(0.9) ? SERVICE_TIME_LIMITS.briberyCheckLookBackYears : 3,
      outcome: outcome(this.rng, appliedAt),
    });
  }

  /** A company's application: itself, and often its legal representative and project manager. */
  private companyApplication(procuratorate: Procuratorate, day: number): void {
    const { rng } = this;
    const company = rng.pick(this.companiesOf(procuratorate));
    const at = officeTime(rng, day);
    const purpose = PURPOSES.draw(rng);
    const why = detail(rng, purpose, divisionOf(procuratorate), at);
    const applicant = companyApplicant(company);
    this.draft(procuratorate, at, applicant, companySubject(company), purpose, why);
    if (rng.chance(0.45)) this.draft(procuratorate, at + MINUTE_MS, applicant, personSubject(company.legalRepresentative), purpose, why);
    if (purpose === 'TENDER' && rng.chance(0.35)) {
      this.draft(procuratorate, at + 2 * MINUTE_MS, applicant, personSubject(outsiderIdentity(rng, at, company.division)), purpose, why);
    }
  }

  /** The everyday stream of applications at every procuratorate. */
  generateRoutine(): void {
    for (const procuratorate of ZIBO_PROCURATORATES) {
      const mean = EVENTS_PER_WORKING_DAY * this.scale * ((PROCURATORATE_SHARE[procuratorate.code] ?? 5) / 100);
      for (const day of daysUntilAsOf()) {
        if (!isWorkingDay(day)) continue;
        for (let n = poisson(this.rng, mean); n > 0; n--) this.companyApplication(procuratorate, day);
      }
    }
  }

  /** A person of the cases checked once, as a project manager or before an appointment. */
  personOfCases(person: CasePerson, from: Ms, to: Ms): void {
    const { rng } = this;
    const last = Math.min(to, AS_OF - 4 * HOUR_MS);
    if (last <= from) return;
    const procuratorate = ZIBO_PROCURATORATES.find((p) => p.code === person.procuratorateCode) ?? (ZIBO_PROCURATORATES[0] as Procuratorate);
    const at = sometime(rng, from, last);
    if (rng.chance(0.7)) {
      const company = rng.pick(this.companiesOf(procuratorate));
      this.draft(procuratorate, at, companyApplicant(company), personSubject(person.identity), 'TENDER', detail(rng, 'TENDER', divisionOf(procuratorate), at));
    } else {
      const employer: Draft['applicant'] = { kind: 'ORGANISATION', name: `淄博市${rng.pick(['城市资产运营', '公用事业', '城乡建设投资', '交通建设'])}集团有限公司` };
      this.draft(procuratorate, at, employer, personSubject(person.identity), 'EMPLOYMENT', rng.pick(OTHER_DETAILS.EMPLOYMENT));
    }
  }

  /**
   * Convicted people: most are checked after their conviction took effect (those checks find it),
   * some before it (they do not); a few other people of the cases are checked at any time.
   */
  casePerson(person: CasePerson): void {
    const { rng } = this;
    if (person.convictedAt !== undefined) {
      if (rng.chance(0.8)) this.personOfCases(person, person.convictedAt + 2 * 24 * HOUR_MS, plusMonths(person.convictedAt, 18));
      if (rng.chance(0.4)) this.personOfCases(person, person.since - 300 * 24 * HOUR_MS, person.since);
      return;
    }
    if (rng.chance(0.02 * Math.min(1, this.scale * 4))) this.personOfCases(person, person.since, AS_OF);
  }

  /** Ids by application order, certificate numbers by issue order, each per procuratorate and year. */
  records(): BriberyRecordCheckExport[] {
    const drafts = this.drafts.filter((d) => d.appliedAt >= SERVICES_FROM && d.appliedAt <= AS_OF);
    const ids = serialsInOrder(drafts, (d) => d.appliedAt, (d) => d.procuratorate.code);
    const records = drafts.map((d, k) => this.record(d, ids[k] as number));
    const answered = records.filter((r) => r.status === 'ANSWERED');
    const numbers = serialsInOrder(answered, (r) => Date.parse(r.answeredAt as string), (r) => r.procuratorateCode);
    answered.forEach((record, k) => {
      const procuratorate = ZIBO_PROCURATORATES.find((p) => p.code === record.procuratorateCode) as Procuratorate;
      const year = chinaYear(Date.parse(record.answeredAt as string));
      record.certificateNumber = formatDocumentNumber({ prefix: briberyCertificatePrefix(procuratorate), year, serial: numbers[k] as number });
    });
    return records.sort((a, b) => Date.parse(a.appliedAt) - Date.parse(b.appliedAt) || (a.checkId < b.checkId ? -1 : 1));
  }

  private record(d: Draft, serial: number): BriberyRecordCheckExport {
    const { procuratorate, appliedAt } = d;
    const record: BriberyRecordCheckExport = {
      checkId: `XC${procuratorate.code}${chinaYear(appliedAt)}${String(serial).padStart(5, '0')}`,
      procuratorateCode: procuratorate.code,
      ...(d.channel === 'SERVICE_HALL' ? { servicePointId: `SH${procuratorate.code}` } : {}),
      channel: d.channel,
      appliedAt: iso(appliedAt),
      applicant: d.applicant,
      purpose: d.purpose,
      purposeDetail: d.purposeDetail,
      subject: d.subject,
      periodFrom: iso(plusMonths(appliedAt, -12 * d.lookBackYears)),
      periodTo: iso(appliedAt),
      status: 'PENDING',
    };
    if ('refusal' in d.outcome) {
      const at = appliedAt + d.outcome.refuseAfterMs;
      return at <= AS_OF ? { ...record, status: 'REFUSED', refusedAt: iso(at), refusalReason: d.outcome.refusal } : record;
    }
    const at = appliedAt + d.outcome.answerAfterMs;
    return at <= AS_OF ? { ...record, status: 'ANSWERED', answeredAt: iso(at) } : record;
  }
}

/** For tests: whether a check's period covers an instant. */
export function coversInstant(check: BriberyRecordCheckExport, at: Ms): boolean {
  return Date.parse(check.periodFrom) <= at && at <= Date.parse(check.periodTo);
}
