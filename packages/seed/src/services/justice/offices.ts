/**
 * The judicial offices (司法所) of every town and street, with their staff, standardisation grade,
 * star title (the city has 20 star offices), responsibility list, villages, and one legal adviser
 * for every village (一村一法律顾问). The organisation does not depend on the number of cases: a
 * demo set of any size has the whole city's offices.
 */
import {
  JUDICIAL_OFFICE_SITES,
  ZIBO_DIVISIONS,
  type JudicialOfficeExport,
  type JudicialOfficeSite,
  type LegalAdviserExport,
  type OfficeStaffExport,
  type OfficeStaffRole,
  type ResponsibilityArea,
  type StandardisationGrade,
} from '@hub/domain';
import { chinaInstant, iso, sometime } from '../../clock';
import { chineseName } from '../../names';
import { WeightedTable, type Rng } from '../../random';
import { PURPOSE, sample, serviceRng } from './random';
import { lawFirmName, townStem, villageName } from './vocabulary';

/** 星级司法所 in the city, by number of stars. */
export const STAR_OFFICES = { 5: 4, 4: 7, 3: 9 } as const;
export const STAR_OFFICE_COUNT = STAR_OFFICES[5] + STAR_OFFICES[4] + STAR_OFFICES[3];

const TITLES: Record<OfficeStaffRole, string> = {
  DIRECTOR: '所长',
  DEPUTY_DIRECTOR: '副所长',
  JUDICIAL_ASSISTANT: '司法助理员',
  CORRECTIONS_SOCIAL_WORKER: '社区矫正社会工作者',
  AUXILIARY: '司法所协理员',
};

/** Grades of the offices without a star title (star offices are all provincial standard). */
const GRADES = new WeightedTable<StandardisationGrade>([['PROVINCIAL', 15], ['MUNICIPAL', 45], ['COUNTY', 32], ['NOT_YET', 8]]);

/** First digit of local telephone numbers (0533-) by district or county. */
const PHONE_PREFIX: Record<string, string> = {
  '370302': '5', '370303': '2', '370304': '4', '370305': '7', '370306': '6', '370321': '8', '370322': '6', '370323': '3',
};

/** The responsibility list every office keeps, with the roles that carry each duty and its legal basis. */
const DUTIES: ReadonlyArray<{ area: ResponsibilityArea; duty: string; basis: string; roles: OfficeStaffRole[] }> = [
  { area: 'PEOPLES_MEDIATION', duty: '指导管理辖区人民调解委员会工作，参与调解疑难、复杂民间纠纷', basis: '《中华人民共和国人民调解法》第五条', roles: ['DIRECTOR', 'JUDICIAL_ASSISTANT'] },
  { area: 'PEOPLES_MEDIATION', duty: '开展矛盾纠纷排查，每月汇总上报纠纷信息', basis: '《人民调解工作若干规定》', roles: ['JUDICIAL_ASSISTANT', 'AUXILIARY'] },
  { area: 'COMMUNITY_CORRECTIONS', duty: '社区矫正对象的接收、宣告、报到登记和档案管理', basis: '《社区矫正实施办法》第六条、第十五条', roles: ['JUDICIAL_ASSISTANT', 'CORRECTIONS_SOCIAL_WORKER'] },
  { area: 'COMMUNITY_CORRECTIONS', duty: '社区矫正对象的日常监督管理、教育学习、社区服务和考核奖惩', basis: '《社区矫正实施办法》第十四条至第二十五条', roles: ['CORRECTIONS_SOCIAL_WORKER', 'DEPUTY_DIRECTOR'] },
  { area: 'COMMUNITY_CORRECTIONS', duty: '矫正期满宣告解除社区矫正，出具解除社区矫正证明书', basis: '《社区矫正实施办法》第三十条', roles: ['DIRECTOR', 'CORRECTIONS_SOCIAL_WORKER'] },
  { area: 'RESETTLEMENT', duty: '刑满释放人员的衔接、安置帮教和回访', basis: '《关于加强刑满释放人员救助管理工作的意见》', roles: ['JUDICIAL_ASSISTANT'] },
  { area: 'LEGAL_PUBLICITY', duty: '组织开展法治宣传教育和“法律进村居”活动', basis: '《关于实行国家机关“谁执法谁普法”普法责任制的意见》', roles: ['AUXILIARY', 'JUDICIAL_ASSISTANT'] },
  { area: 'LEGAL_SERVICES', duty: '指导管理基层法律服务工作，组织落实一村（社区）一法律顾问', basis: '《山东省关于开展一村（社区）一法律顾问工作的实施意见》', roles: ['DEPUTY_DIRECTOR', 'DIRECTOR'] },
  { area: 'LEGAL_AID', duty: '受理、转交法律援助申请，协助开展法律援助工作', basis: '《法律援助条例》第十四条', roles: ['JUDICIAL_ASSISTANT'] },
  { area: 'LEGAL_ADVICE_TO_GOVERNMENT', duty: '为乡镇（街道）党委政府依法决策、依法管理提供法律意见', basis: '《关于推行法律顾问制度和公职律师公司律师制度的意见》', roles: ['DIRECTOR'] },
  { area: 'GOVERNANCE', duty: '参与社会治安综合治理和基层依法治理工作', basis: '《关于加强社会治安防控体系建设的意见》', roles: ['DIRECTOR', 'DEPUTY_DIRECTOR'] },
];

export interface Organisation {
  offices: JudicialOfficeExport[];
  advisers: LegalAdviserExport[];
  /** Lawyers of each district or county who take legal-aid cases (the lawyer advisers there). */
  lawyersByDivision: ReadonlyMap<string, ReadonlyArray<{ name: string; lawFirm: string }>>;
}

function staffOf(rng: Rng, site: JudicialOfficeSite): OfficeStaffExport[] {
  const roles: OfficeStaffRole[] = ['DIRECTOR'];
  if (rng.chance(site.townKind === 'STREET' ? 0.5 : 0.35)) roles.push('DEPUTY_DIRECTOR');
  roles.push('JUDICIAL_ASSISTANT');
  if (rng.chance(0.55)) roles.push('JUDICIAL_ASSISTANT');
  roles.push('CORRECTIONS_SOCIAL_WORKER');
  if (rng.chance(0.45)) roles.push('CORRECTIONS_SOCIAL_WORKER');
  if (rng.chance(0.6)) roles.push('AUXILIARY');
  return roles.map((role, k) => {
    const civilServant = role === 'DIRECTOR' || role === 'DEPUTY_DIRECTOR' || role === 'JUDICIAL_ASSISTANT';
    return {
      staffId: `${site.id}-S${k + 1}`,
      name: chineseName(rng, rng.chance(0.55)),
      role,
      title: TITLES[role],
      civilServant,
      since: rng.int(civilServant ? 2004 : 2012, 2018),
    };
  });
}

function responsibilitiesOf(staff: readonly OfficeStaffExport[]): JudicialOfficeExport['responsibilities'] {
  return DUTIES.map(({ area, duty, basis, roles }) => {
    const carriers = staff.filter((member) => roles.includes(member.role));
    // An office without the role hands the duty to its director.
    const staffIds = (carriers.length > 0 ? carriers : staff.filter((member) => member.role === 'DIRECTOR')).map((member) => member.staffId);
    return { area, duty, basis, staffIds };
  });
}

function villagesOf(rng: Rng, site: JudicialOfficeSite): JudicialOfficeExport['villages'] {
  const [communities, villages] =
    site.townKind === 'STREET' ? [rng.int(8, 18), rng.chance(0.5) ? rng.int(2, 10) : 0] : [rng.int(0, 3), rng.int(22, 52)];
  const taken = new Set<string>();
  const list: JudicialOfficeExport['villages'] = [];
  for (const [kind, count] of [['COMMUNITY', communities], ['VILLAGE', villages]] as const) {
    for (let k = 0; k < count; k++) {
      const name = villageName(rng, kind, taken);
      taken.add(name);
      list.push({ name, kind });
    }
  }
  return list;
}

function officeOf(seed: number, site: JudicialOfficeSite, star: { stars: 3 | 4 | 5; awardedYear: number } | undefined): JudicialOfficeExport {
  const rng = serviceRng(seed, PURPOSE.office, site.townCode);
  const staff = staffOf(rng, site);
  const grade: StandardisationGrade = star ? 'PROVINCIAL' : GRADES.draw(rng);
  const seat = site.townKind === 'STREET' ? '办事处' : '人民政府';
  const office: JudicialOfficeExport = {
    officeId: site.id,
    name: site.name,
    divisionCode: site.division.code,
    townCode: site.townCode,
    town: site.town,
    townKind: site.townKind,
    address: `淄博市${site.division.name}${site.town}${seat}院内`,
    phone: `0533-${PHONE_PREFIX[site.division.code] ?? '2'}${String(rng.int(0, 999_999)).padStart(6, '0')}`,
    staff,
    standardisation: { grade, assessedYear: rng.int(2014, 2018) },
    responsibilities: responsibilitiesOf(staff),
    villages: villagesOf(rng, site),
  };
  if (star) office.star = star;
  return office;
}

/** Which 20 offices hold a star title, how many stars, and since when. */
function starTitles(seed: number): Map<string, { stars: 3 | 4 | 5; awardedYear: number }> {
  const rng = serviceRng(seed, PURPOSE.city, 1);
  const chosen = sample(rng, JUDICIAL_OFFICE_SITES, STAR_OFFICE_COUNT);
  const stars = ([5, 4, 3] as const).flatMap((level) => Array.from({ length: STAR_OFFICES[level] }, () => level));
  return new Map(chosen.map((site, k) => [site.id, { stars: stars[k] ?? 3, awardedYear: rng.int(2016, 2018) }]));
}

/** Law firms of each district or county (in its seat), unique across the city. */
function lawFirms(seed: number): Map<string, string[]> {
  const rng = serviceRng(seed, PURPOSE.city, 2);
  const taken = new Set<string>();
  const firms = new Map<string, string[]>();
  for (const division of ZIBO_DIVISIONS) {
    const list: string[] = [];
    for (let k = rng.int(5, division.code === '370303' ? 16 : 9); k > 0; k--) {
      const name = lawFirmName(rng, taken);
      taken.add(name);
      list.push(name);
    }
    firms.set(division.code, list);
  }
  return firms;
}

/** Splits the office's villages into advisers' groups of 3–6 neighbours. */
function advisersOf(seed: number, office: JudicialOfficeExport, site: JudicialOfficeSite, firms: readonly string[]): LegalAdviserExport[] {
  const rng = serviceRng(seed, PURPOSE.office, site.townCode, 1);
  const advisers: LegalAdviserExport[] = [];
  for (let start = 0; start < office.villages.length; ) {
    const size = Math.min(rng.int(3, 6), office.villages.length - start);
    const lawyer = rng.chance(0.8);
    advisers.push({
      adviserId: `GW${site.townCode}-${String(advisers.length + 1).padStart(2, '0')}`,
      officeId: site.id,
      name: chineseName(rng, rng.chance(0.6)),
      profession: lawyer ? 'LAWYER' : 'GRASSROOTS_LEGAL_WORKER',
      organisation: lawyer ? rng.pick(firms) : `${site.division.name}${townStem(site.town)}法律服务所`,
      villages: office.villages.slice(start, start + size).map((village) => village.name),
      since: iso(sometime(rng, chinaInstant(2015, 1, 1), chinaInstant(2017, 6, 30))),
    });
    start += size;
  }
  return advisers;
}

export function buildOrganisation(seed: number): Organisation {
  const stars = starTitles(seed);
  const firms = lawFirms(seed);
  const offices: JudicialOfficeExport[] = [];
  const advisers: LegalAdviserExport[] = [];
  const lawyersByDivision = new Map<string, Array<{ name: string; lawFirm: string }>>();
  for (const site of JUDICIAL_OFFICE_SITES) {
    const office = officeOf(seed, site, stars.get(site.id));
    offices.push(office);
    const own = advisersOf(seed, office, site, firms.get(site.division.code) ?? []);
    advisers.push(...own);
    const lawyers = lawyersByDivision.get(site.division.code) ?? [];
    lawyers.push(...own.filter((a) => a.profession === 'LAWYER').map((a) => ({ name: a.name, lawFirm: a.organisation })));
    lawyersByDivision.set(site.division.code, lawyers);
  }
  return { offices, advisers, lawyersByDivision };
}
