/**
 * The disputes people's mediation handles (about 14,000 a year in the city, 97% settled), scaled
 * to the demo set: the generated criminal cases stand for their share of the city's 25,000 a
 * year over the three filing years, and the disputes take the same share of 14,000 a year, from
 * 2016 to the export instant. Courts divert civil disputes to their stationed committee (诉调对接);
 * a settled agreement may go back to the court for judicial confirmation (司法确认, case type 民特).
 */
import {
  JUDICIAL_OFFICE_SITES,
  ZIBO_DIVISIONS,
  basicCourtForDivision,
  maskName,
  type DisputeKind,
  type JudicialOfficeSite,
  type MediationCaseExport,
  type MediationCommitteeExport,
  type MediationCommitteeKind,
  type MediationSource,
} from '@hub/domain';
import { AS_OF, DAY_MS, FILING_FROM, chinaYear, iso, sometime, type Ms } from '../../clock';
import { chineseName } from '../../names';
import { WeightedTable, type Rng } from '../../random';
import { PURPOSE, sample, serviceRng } from './random';
import type { Numbered } from './serials';
import { CITY_HOSPITALS, INSURERS, employerName, propertyCompanyName, townStem } from './vocabulary';

/** The city's yearly figures from the seed article: disputes mediated, criminal cases solved. */
export const DISPUTES_PER_YEAR = 14_000;
export const CRIMINAL_CASES_PER_YEAR = 25_000;
/** The generated cases are filed over three years (2016–2018). */
const FILING_YEARS = 3;
/** Share of concluded disputes settled, held at any size of demo set (see settleOrFail). */
export const SETTLED_SHARE = 0.97;
/** Court-referred disputes are the harder ones: this many times as likely to fail. */
const COURT_REFERRAL_FAILURE_WEIGHT = 4;

/** Disputes follow the resident population (张店 largest, 高青 and 周村 smallest). */
const DIVISIONS = new WeightedTable(
  ZIBO_DIVISIONS.map((d) => [d, ({ '370303': 22, '370302': 16, '370305': 14, '370321': 11, '370304': 10, '370323': 10, '370306': 9, '370322': 8 } as Record<string, number>)[d.code] ?? 8] as const),
);

const KINDS: Record<'STREET' | 'TOWN', WeightedTable<DisputeKind>> = {
  STREET: new WeightedTable<DisputeKind>([
    ['NEIGHBOURHOOD', 22], ['MARRIAGE_FAMILY', 18], ['PROPERTY_MANAGEMENT', 11], ['CONTRACT_DEBT', 11], ['DAMAGES', 9],
    ['LABOUR', 9], ['TRAFFIC', 8], ['MEDICAL', 4], ['DEMOLITION', 3], ['LAND', 1], ['OTHER', 4],
  ]),
  TOWN: new WeightedTable<DisputeKind>([
    ['NEIGHBOURHOOD', 22], ['MARRIAGE_FAMILY', 21], ['LAND', 14], ['CONTRACT_DEBT', 9], ['DAMAGES', 9], ['LABOUR', 7],
    ['TRAFFIC', 7], ['DEMOLITION', 4], ['MEDICAL', 2], ['OTHER', 5],
  ]),
};

/** Shares of each kind that a court, a police station or a procuratorate refers. */
const REFERRALS: Partial<Record<DisputeKind, { court: number; police: number; procuratorate?: number }>> = {
  NEIGHBOURHOOD: { court: 0.08, police: 0.22 },
  MARRIAGE_FAMILY: { court: 0.15, police: 0.1 },
  CONTRACT_DEBT: { court: 0.4, police: 0 },
  DAMAGES: { court: 0.2, police: 0.25, procuratorate: 0.05 },
  LABOUR: { court: 0.15, police: 0 },
  TRAFFIC: { court: 0.2, police: 0.05 },
  PROPERTY_MANAGEMENT: { court: 0.2, police: 0 },
  LAND: { court: 0.05, police: 0 },
};

/** Where a specialised kind goes instead of the town committee, and how often. */
const SPECIALISED: Partial<Record<DisputeKind, readonly [MediationCommitteeKind, number]>> = {
  MEDICAL: ['MEDICAL', 1],
  TRAFFIC: ['TRAFFIC', 0.7],
  LABOUR: ['LABOUR', 0.5],
  PROPERTY_MANAGEMENT: ['PROPERTY_MANAGEMENT', 0.6],
  MARRIAGE_FAMILY: ['MARRIAGE_FAMILY', 0.25],
};

const SUBJECTS: Record<DisputeKind, readonly string[]> = {
  MARRIAGE_FAMILY: ['因离婚后子女抚养费给付发生纠纷', '因赡养老人费用分担发生纠纷', '因家庭财产分割发生纠纷', '因夫妻感情不和引发家庭矛盾', '因遗产继承发生纠纷'],
  NEIGHBOURHOOD: ['因楼上漏水致楼下房屋受损发生纠纷', '因建房遮挡采光发生纠纷', '因排水沟堵塞积水发生纠纷', '因通行道路被占用发生纠纷', '因饲养犬只扰民发生纠纷', '因树木越界发生纠纷'],
  LAND: ['因宅基地边界争议发生纠纷', '因土地承包经营权流转发生纠纷', '因承包地界址不清发生纠纷', '因林地权属争议发生纠纷'],
  LABOUR: ['因拖欠工资发生纠纷', '因工伤赔偿发生纠纷', '因解除劳动合同经济补偿发生纠纷', '因劳务报酬结算发生纠纷'],
  MEDICAL: ['因手术后并发症赔偿发生医疗纠纷', '因诊疗延误发生医疗纠纷', '因用药不当发生医疗纠纷'],
  TRAFFIC: ['因道路交通事故人身损害赔偿发生纠纷', '因车辆碰撞财产损失赔偿发生纠纷'],
  PROPERTY_MANAGEMENT: ['因拖欠物业服务费发生纠纷', '因小区电梯维修费用分摊发生纠纷', '因物业服务质量发生纠纷', '因停车位管理发生纠纷'],
  DEMOLITION: ['因房屋征收补偿标准发生纠纷', '因拆迁安置房分配发生纠纷', '因地上附着物补偿发生纠纷'],
  CONTRACT_DEBT: ['因民间借贷到期未还发生纠纷', '因买卖合同货款给付发生纠纷', '因房屋租赁合同发生纠纷', '因装修工程款结算发生纠纷'],
  DAMAGES: ['因打架致人受伤赔偿发生纠纷', '因财物损坏赔偿发生纠纷', '因饲养动物致人损害发生纠纷'],
  OTHER: ['因合伙经营收益分配发生纠纷', '因农村集体收益分配发生纠纷', '因消费服务质量发生纠纷'],
};

/** Amounts in yuan for the kinds where money changes hands, as [min, max]. */
const AMOUNTS: Partial<Record<DisputeKind, readonly [number, number]>> = {
  MARRIAGE_FAMILY: [2_000, 60_000],
  NEIGHBOURHOOD: [300, 8_000],
  LABOUR: [3_000, 80_000],
  MEDICAL: [10_000, 300_000],
  TRAFFIC: [3_000, 200_000],
  PROPERTY_MANAGEMENT: [500, 12_000],
  DEMOLITION: [30_000, 600_000],
  CONTRACT_DEBT: [2_000, 300_000],
  DAMAGES: [500, 50_000],
  OTHER: [1_000, 30_000],
};

/** The committee's prefix in agreement numbers: 马尚调〔2017〕12号, 张法调〔2018〕45号. */
function agreementPrefix(committee: MediationCommitteeExport, site: JudicialOfficeSite | undefined): string {
  const short = ZIBO_DIVISIONS.find((d) => d.code === committee.divisionCode)?.shortName ?? '淄';
  const stem = site ? townStem(site.town) : '';
  const byKind: Record<MediationCommitteeKind, string> = {
    TOWN: `${stem}调`,
    POLICE_STATION: `${stem}警调`,
    COURT: `${short}法调`,
    PROCURATORATE: `${short}检调`,
    MEDICAL: `${short}医调`,
    TRAFFIC: `${short}交调`,
    LABOUR: `${short}劳调`,
    PROPERTY_MANAGEMENT: `${short}物调`,
    MARRIAGE_FAMILY: `${short}婚调`,
  };
  return byKind[committee.kind];
}

export interface Committees {
  all: readonly MediationCommitteeExport[];
  find(kind: MediationCommitteeKind, divisionCode: string, officeId?: string): MediationCommitteeExport | undefined;
}

export function indexCommittees(all: readonly MediationCommitteeExport[]): Committees {
  const key = (kind: string, divisionCode: string, officeId?: string) => `${kind}|${divisionCode}|${officeId ?? ''}`;
  const map = new Map(all.map((c) => [key(c.kind, c.divisionCode, c.officeId), c]));
  return { all, find: (kind, divisionCode, officeId) => map.get(key(kind, divisionCode, officeId)) };
}

/** How many disputes a demo set of `cases` criminal cases comes with. */
export function disputeCount(cases: number): number {
  const years = (AS_OF - FILING_FROM) / (365.25 * DAY_MS);
  return Math.round((DISPUTES_PER_YEAR * cases * years) / (CRIMINAL_CASES_PER_YEAR * FILING_YEARS));
}

interface Routing {
  committee: MediationCommitteeExport;
  source: MediationSource;
}

function route(rng: Rng, kind: DisputeKind, site: JudicialOfficeSite, committees: Committees): Routing {
  const division = site.division.code;
  const town = (source: MediationSource): Routing => ({ committee: committees.find('TOWN', division, site.id) as MediationCommitteeExport, source });
  const referral = REFERRALS[kind];
  const roll = rng.next();
  if (referral && roll < referral.court) return { committee: committees.find('COURT', division) as MediationCommitteeExport, source: 'COURT_REFERRAL' };
  if (referral && roll < referral.court + referral.police) {
    return { committee: committees.find('POLICE_STATION', division, site.id) as MediationCommitteeExport, source: 'POLICE_REFERRAL' };
  }
  if (referral?.procuratorate && roll < referral.court + referral.police + referral.procuratorate) {
    return { committee: committees.find('PROCURATORATE', division) as MediationCommitteeExport, source: 'PROCURATORATE_REFERRAL' };
  }
  const own: MediationSource = rng.chance(0.7) ? 'PARTY_APPLICATION' : 'COMMITTEE_INITIATIVE';
  const specialised = SPECIALISED[kind];
  if (specialised && rng.chance(specialised[1])) {
    const atCity = specialised[0] === 'MEDICAL' && rng.chance(0.2);
    const committee = committees.find(specialised[0], atCity ? '370300' : division);
    if (committee) return { committee, source: 'PARTY_APPLICATION' };
  }
  return town(own);
}

function person(rng: Rng): string {
  return maskName(chineseName(rng, rng.chance(0.5)));
}

function parties(rng: Rng, kind: DisputeKind, site: JudicialOfficeSite): MediationCaseExport['parties'] {
  const applicants = Array.from({ length: rng.chance(0.15) ? 2 : 1 }, () => ({ role: 'APPLICANT' as const, kind: 'PERSON' as const, name: person(rng) }));
  const organisation = (name: string) => [{ role: 'RESPONDENT' as const, kind: 'ORGANISATION' as const, name }];
  switch (kind) {
    case 'MEDICAL':
      return [...applicants, ...organisation(rng.chance(0.5) ? rng.pick(CITY_HOSPITALS) : `${site.division.name}人民医院`)];
    case 'LABOUR':
      return [...applicants, ...organisation(employerName(rng))];
    case 'PROPERTY_MANAGEMENT':
      return rng.chance(0.6)
        ? [{ role: 'APPLICANT', kind: 'ORGANISATION', name: propertyCompanyName(rng) }, { role: 'RESPONDENT', kind: 'PERSON', name: person(rng) }]
        : [...applicants, ...organisation(propertyCompanyName(rng))];
    case 'DEMOLITION':
      return [...applicants, ...organisation(`${site.division.name}${site.town}${site.townKind === 'STREET' ? '办事处' : '人民政府'}`)];
    case 'TRAFFIC':
      return [...applicants, { role: 'RESPONDENT', kind: 'PERSON', name: person(rng) }, ...(rng.chance(0.7) ? organisation(rng.pick(INSURERS)) : [])];
    default:
      return [...applicants, { role: 'RESPONDENT', kind: 'PERSON', name: person(rng) }];
  }
}

function terms(kind: DisputeKind, amount: number | undefined, signedAt: Ms): string {
  const due = new Date(signedAt + 8 * 3600 * 1000 + 30 * DAY_MS);
  const dueText = `${due.getUTCFullYear()}年${due.getUTCMonth() + 1}月${due.getUTCDate()}日前`;
  const money = amount === undefined ? '' : `被申请人于${dueText}一次性支付申请人人民币${amount}元，`;
  const rest: Record<DisputeKind, string> = {
    MARRIAGE_FAMILY: '双方按约定履行抚养、赡养义务，互相尊重，不再因此发生争执。',
    NEIGHBOURHOOD: '双方互谅互让，恢复原状，今后和睦相处。',
    LAND: '双方按村委会确认的界址使用土地，不再就此事发生争议。',
    LABOUR: '双方劳动关系就此了结，再无其他争议。',
    MEDICAL: '此款包括医疗费、护理费、误工费等全部费用，双方就此次医疗纠纷再无其他争议。',
    TRAFFIC: '此款包括医疗费、误工费、车辆损失等全部费用，双方就此次事故再无其他争议。',
    PROPERTY_MANAGEMENT: '物业公司按约定整改服务问题，双方就此事再无其他争议。',
    DEMOLITION: '申请人按约定期限腾空房屋，双方就补偿安置再无其他争议。',
    CONTRACT_DEBT: '双方债权债务就此结清。',
    DAMAGES: '双方就此事再无其他争议。',
    OTHER: '双方按约定履行，就此事再无其他争议。',
  };
  return `${money}${rest[kind]}`;
}

export interface DraftMediation {
  record: MediationCaseExport;
  receivedAt: Ms;
  numbered: Numbered[];
  /** Numbers only a settled dispute gets (agreement, judicial confirmation). */
  settledNumbered: Numbered[];
  /** Weighted random key (Efraimidis–Spirakis): the highest keys fail. Null while pending. */
  failKey: number | null;
}

function mediate(rng: Rng, kind: DisputeKind, site: JudicialOfficeSite, routing: Routing, receivedAt: Ms): DraftMediation {
  const { committee, source } = routing;
  const courtReferred = source === 'COURT_REFERRAL';
  const record: MediationCaseExport = {
    mediationId: '',
    committeeId: committee.committeeId,
    mediatorIds: sample(rng, committee.mediators, rng.chance(0.7) ? 1 : 2).map((m) => m.mediatorId),
    officeId: site.id,
    divisionCode: site.division.code,
    kind,
    source,
    summary: `${site.town}${rng.pick(SUBJECTS[kind])}`,
    parties: parties(rng, kind, site),
    receivedAt: iso(receivedAt),
    outcome: 'PENDING',
  };
  const numbered: Numbered[] = [];
  const settledNumbered: Numbered[] = [];
  const court = basicCourtForDivision(site.division.code);
  if (courtReferred && court) {
    const stage = rng.chance(0.75) ? 'PRE_FILING' : 'POST_FILING';
    const referredAt = sometime(rng, Math.max(FILING_FROM, receivedAt - 2 * DAY_MS), receivedAt - 60_000);
    record.courtReferral = { courtCode: court.code, referredAt: iso(referredAt), stage };
    if (stage === 'POST_FILING') {
      const referral = record.courtReferral;
      numbered.push(courtNumber(court.code, '民初', referredAt, (n) => (referral.civilCaseNumber = n)));
    }
  }
  const concludedAt = sometime(rng, receivedAt + 3_600_000, receivedAt + (courtReferred ? 30 : rng.chance(0.7) ? 10 : 30) * DAY_MS);
  if (concludedAt > AS_OF) return { record, receivedAt, numbered, settledNumbered, failKey: null };
  record.concludedAt = iso(concludedAt);
  const failKey = rng.next() ** (1 / (courtReferred ? COURT_REFERRAL_FAILURE_WEIGHT : 1));
  // Drafted as settled; settleOrFail turns the chosen few into failures.
  record.outcome = 'SETTLED';
  if (record.courtReferral) {
    const returnedAt = sometime(rng, concludedAt, concludedAt + 2 * DAY_MS);
    if (returnedAt <= AS_OF) record.courtReferral.returnedAt = iso(returnedAt);
  }

  const range = AMOUNTS[kind];
  const paid = range && (kind !== 'NEIGHBOURHOOD' && kind !== 'MARRIAGE_FAMILY' ? true : rng.chance(0.4));
  const amountYuan = paid && range ? Math.round(rng.int(range[0], range[1]) / 100) * 100 || range[0] : undefined;
  const written = courtReferred || amountYuan !== undefined || rng.chance(0.6);
  const agreement: NonNullable<MediationCaseExport['agreement']> = {
    form: written ? 'WRITTEN' : 'ORAL',
    signedAt: iso(concludedAt),
    terms: terms(kind, amountYuan, concludedAt),
    performed: rng.chance(written ? 0.95 : 0.98),
  };
  if (amountYuan !== undefined) agreement.amountYuan = amountYuan;
  record.agreement = agreement;
  if (written) {
    const prefix = agreementPrefix(committee, site);
    settledNumbered.push({
      series: `${committee.committeeId}|${chinaYear(concludedAt)}`,
      at: concludedAt,
      assign: (serial) => (agreement.number = `${prefix}〔${chinaYear(concludedAt)}〕${serial}号`),
    });
  }
  const applies = written && court && (record.courtReferral?.stage === 'PRE_FILING' ? rng.chance(0.75) : !courtReferred && rng.chance(0.04));
  if (applies && court) confirm(rng, record, court.code, concludedAt, settledNumbered);
  return { record, receivedAt, numbered, settledNumbered, failKey };
}

/**
 * Exactly the settled share of the concluded disputes (rounded) settles, so that a small demo set
 * shows the city's 97% too; the others end without agreement and without what follows one.
 */
function settleOrFail(drafts: readonly DraftMediation[]): void {
  const concluded = drafts.filter((draft) => draft.failKey !== null);
  const failures = Math.round(concluded.length * (1 - SETTLED_SHARE));
  const failing = new Set(
    concluded
      .map((draft, order) => ({ draft, order }))
      .sort((a, b) => (b.draft.failKey ?? 0) - (a.draft.failKey ?? 0) || a.order - b.order)
      .slice(0, failures)
      .map(({ draft }) => draft),
  );
  for (const draft of concluded) {
    if (!failing.has(draft)) {
      draft.numbered.push(...draft.settledNumbered);
      continue;
    }
    draft.record.outcome = 'NOT_SETTLED';
    delete draft.record.agreement;
    delete draft.record.judicialConfirmation;
  }
}

/** 司法确认: applied within 30 days of the agreement, decided within 15 days (民事诉讼法 art. 194–195). */
function confirm(rng: Rng, record: MediationCaseExport, courtCode: string, signedAt: Ms, numbered: Numbered[]): void {
  const appliedAt = sometime(rng, signedAt + 3_600_000, signedAt + 10 * DAY_MS);
  if (appliedAt > AS_OF) return;
  const confirmation: NonNullable<MediationCaseExport['judicialConfirmation']> = { courtCode, caseNumber: '', appliedAt: iso(appliedAt) };
  const decidedAt = sometime(rng, appliedAt + DAY_MS, appliedAt + 15 * DAY_MS);
  if (decidedAt <= AS_OF) {
    confirmation.decidedAt = iso(decidedAt);
    confirmation.confirmed = rng.chance(0.98);
  }
  record.judicialConfirmation = confirmation;
  numbered.push(courtNumber(courtCode, '民特', appliedAt, (n) => (confirmation.caseNumber = n)));
}

function courtNumber(courtCode: string, caseType: string, at: Ms, set: (number: string) => void): Numbered {
  const year = chinaYear(at);
  return { series: `${courtCode}${caseType}|${year}`, at, assign: (serial) => set(`（${year}）${courtCode}${caseType}${serial}号`) };
}

/** Every dispute of the period, in order of receipt, with ids numbered per division and year. */
export function draftMediations(seed: number, cases: number, committees: Committees): DraftMediation[] {
  const rng = serviceRng(seed, PURPOSE.mediation, cases);
  const sitesByDivision = new Map<string, JudicialOfficeSite[]>();
  for (const site of JUDICIAL_OFFICE_SITES) sitesByDivision.set(site.division.code, [...(sitesByDivision.get(site.division.code) ?? []), site]);
  const drafts: DraftMediation[] = [];
  for (let k = disputeCount(cases); k > 0; k--) {
    const division = DIVISIONS.draw(rng);
    const site = rng.pick(sitesByDivision.get(division.code) ?? []);
    const kind = KINDS[site.townKind].draw(rng);
    const receivedAt = sometime(rng, FILING_FROM, AS_OF);
    drafts.push(mediate(rng, kind, site, route(rng, kind, site, committees), receivedAt));
  }
  drafts.sort((a, b) => a.receivedAt - b.receivedAt);
  settleOrFail(drafts);
  const serials = new Map<string, number>();
  for (const draft of drafts) {
    const key = `${chinaYear(draft.receivedAt)}-${draft.record.divisionCode}`;
    const serial = (serials.get(key) ?? 0) + 1;
    serials.set(key, serial);
    draft.record.mediationId = `TJ${key}-${String(serial).padStart(5, '0')}`;
  }
  return drafts;
}
