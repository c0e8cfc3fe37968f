/**
 * People's mediation committees and their full-time mediators: a committee in every town and
 * street, mediation rooms stationed at police stations, at the courts (litigation-mediation
 * docking, 诉调对接) and at the procuratorates, and committees for medical, traffic, labour,
 * property-management and family disputes. The city has 1,902 full-time mediators; like the
 * offices, they are the whole city's whatever the number of cases.
 */
import {
  JUDICIAL_OFFICE_SITES,
  ZIBO_DIVISIONS,
  basicCourtForDivision,
  type Division,
  type MediationCommitteeExport,
  type MediationCommitteeKind,
} from '@hub/domain';
import { chineseName } from '../../names';
import { PURPOSE, serviceRng } from './random';
import { townStem } from './vocabulary';

export const FULL_TIME_MEDIATORS = 1902;
const CITY = { code: '370300', name: '淄博市' } as const;
/** Urban districts have property-management committees. */
const URBAN = new Set(['370302', '370303', '370304', '370305', '370306']);

/** Relative number of mediators a committee of each kind has. */
const SIZE: Record<MediationCommitteeKind, number> = {
  TOWN: 6,
  POLICE_STATION: 4,
  COURT: 14,
  PROCURATORATE: 3,
  MEDICAL: 4,
  TRAFFIC: 8,
  LABOUR: 5,
  PROPERTY_MANAGEMENT: 4,
  MARRIAGE_FAMILY: 4,
};

type Draft = Omit<MediationCommitteeExport, 'committeeId' | 'mediators'> & { weight: number };

function townCommittees(): Draft[] {
  return JUDICIAL_OFFICE_SITES.flatMap((site) => [
    { name: `${site.division.name}${site.town}人民调解委员会`, kind: 'TOWN' as const, divisionCode: site.division.code, officeId: site.id, weight: SIZE.TOWN },
    {
      name: `${site.division.name}${townStem(site.town)}派出所驻所人民调解室`,
      kind: 'POLICE_STATION' as const,
      divisionCode: site.division.code,
      officeId: site.id,
      stationedAt: `${site.division.policeBureau}${townStem(site.town)}派出所`,
      weight: SIZE.POLICE_STATION,
    },
  ]);
}

function divisionCommittees(division: Division): Draft[] {
  const court = basicCourtForDivision(division.code);
  const drafts: Draft[] = [
    { name: `${division.name}驻人民法院人民调解委员会`, kind: 'COURT', divisionCode: division.code, stationedAt: court?.name, weight: SIZE.COURT },
    { name: `驻${division.procuratorate}人民调解工作室`, kind: 'PROCURATORATE', divisionCode: division.code, stationedAt: division.procuratorate, weight: SIZE.PROCURATORATE },
    { name: `${division.name}医疗纠纷人民调解委员会`, kind: 'MEDICAL', divisionCode: division.code, weight: SIZE.MEDICAL },
    {
      name: `${division.name}道路交通事故纠纷人民调解委员会`,
      kind: 'TRAFFIC',
      divisionCode: division.code,
      stationedAt: `${division.policeBureau}交通警察大队`,
      weight: SIZE.TRAFFIC,
    },
    { name: `${division.name}劳动争议人民调解委员会`, kind: 'LABOUR', divisionCode: division.code, weight: SIZE.LABOUR },
    { name: `${division.name}婚姻家庭纠纷人民调解委员会`, kind: 'MARRIAGE_FAMILY', divisionCode: division.code, weight: SIZE.MARRIAGE_FAMILY },
  ];
  if (URBAN.has(division.code)) {
    drafts.push({ name: `${division.name}物业纠纷人民调解委员会`, kind: 'PROPERTY_MANAGEMENT', divisionCode: division.code, weight: SIZE.PROPERTY_MANAGEMENT });
  }
  return drafts;
}

function cityCommittees(): Draft[] {
  return [
    { name: '淄博市驻中级人民法院人民调解委员会', kind: 'COURT', divisionCode: CITY.code, stationedAt: '淄博市中级人民法院', weight: 10 },
    { name: '驻淄博市人民检察院人民调解工作室', kind: 'PROCURATORATE', divisionCode: CITY.code, stationedAt: '淄博市人民检察院', weight: SIZE.PROCURATORATE },
    { name: '淄博市医疗纠纷人民调解委员会', kind: 'MEDICAL', divisionCode: CITY.code, weight: 8 },
  ];
}

/** Sizes proportional to the weights (with some spread), at least 2, summing exactly to the total. */
function sizes(seed: number, weights: readonly number[], total: number): number[] {
  const rng = serviceRng(seed, PURPOSE.city, 3);
  const spread = weights.map((w) => w * (0.7 + 0.6 * rng.next()));
  const sum = spread.reduce((a, b) => a + b, 0);
  const exact = spread.map((w) => Math.max(2, (w / sum) * total));
  const floors = exact.map(Math.floor);
  let missing = total - floors.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, k) => ({ k, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.k - b.k);
  for (const { k } of byRemainder) {
    if (missing <= 0) break;
    floors[k] = (floors[k] ?? 0) + 1;
    missing--;
  }
  // The minimum of 2 may overshoot: take the excess from the largest committees.
  while (missing < 0) {
    const largest = floors.indexOf(Math.max(...floors));
    floors[largest] = (floors[largest] ?? 0) - 1;
    missing++;
  }
  return floors;
}

export function buildCommittees(seed: number): MediationCommitteeExport[] {
  const drafts = [...townCommittees(), ...ZIBO_DIVISIONS.flatMap(divisionCommittees), ...cityCommittees()];
  const counts = sizes(seed, drafts.map((d) => d.weight), FULL_TIME_MEDIATORS);
  const serials = new Map<string, number>();
  return drafts.map(({ weight: _weight, ...draft }, k) => {
    const serial = (serials.get(draft.divisionCode) ?? 0) + 1;
    serials.set(draft.divisionCode, serial);
    const committeeId = `TWH${draft.divisionCode}${String(serial).padStart(3, '0')}`;
    const rng = serviceRng(seed, PURPOSE.committee, committeeId);
    const mediators = Array.from({ length: counts[k] ?? 2 }, (_, m) => ({
      mediatorId: `${committeeId}-${String(m + 1).padStart(2, '0')}`,
      name: chineseName(rng, rng.chance(0.6)),
      fullTime: true as const,
      since: rng.int(2008, 2018),
    }));
    return { committeeId, ...draft, mediators };
  });
}
