/**
 * Legal aid for criminal defendants (法律援助): when a court registers a case whose defendant must
 * have a defender (a minor, or facing life imprisonment or death; the blind, deaf, mute or
 * mentally ill: CPL art. 35) or is too poor to hire one and applies, the court notifies the
 * legal-aid centre, which appoints (指派) a lawyer within three days. One appointment per defendant
 * of a case, at its first first-instance court case.
 */
import { courtByCode, divisionByCode, legalAidCentreName, maskName, offenceByName, type LegalAidExport, type LegalAidGround } from '@hub/domain';
import { AS_OF, DAY_MS, HOUR_MS, chinaYear, iso, sometime } from '../../clock';
import type { Rng } from '../../random';
import { PURPOSE, serviceRng } from './random';
import type { Numbered } from './serials';
import type { CaseFacts, CourtCaseFacts, Sources } from './sources';

/** Of defendants without a mandatory ground, the share who apply and qualify. */
const FINANCIAL_HARDSHIP_RATE = 0.14;
const DISABILITY_RATE = 0.012;
const CITY_CODE = '370300';

export interface DraftLegalAid {
  record: LegalAidExport;
  numbered: Numbered;
}

const ORDINALS = '甲乙丙丁戊己庚辛';

/** How the case's titles name each person: 张某, or 张某甲 and 张某乙 when two share the mask (as in render.ts). */
function labels(facts: CaseFacts, persons: Sources['persons']): Map<string, string> {
  const masks = facts.partyIds.map((id) => maskName(persons.get(id)?.name ?? ''));
  const result = new Map<string, string>();
  facts.partyIds.forEach((id, k) => {
    const mask = masks[k] as string;
    const same = masks.filter((other) => other === mask).length;
    const rank = masks.slice(0, k).filter((other) => other === mask).length;
    result.set(id, same > 1 ? `${mask}${ORDINALS.charAt(rank)}` : mask);
  });
  return result;
}

function ageAt(birthDate: string, at: number): number {
  const shifted = new Date(at + 8 * HOUR_MS);
  const today = shifted.getUTCFullYear() * 10000 + (shifted.getUTCMonth() + 1) * 100 + shifted.getUTCDate();
  return Math.floor((today - Number(birthDate)) / 10000);
}

function groundFor(rng: Rng, birthDate: string | undefined, offence: string, at: number): LegalAidGround | null {
  if (birthDate && ageAt(birthDate, at) < 18) return 'MINOR';
  if (offenceByName(offence)?.grave) return 'LIFE_OR_DEATH_PENALTY_POSSIBLE';
  if (rng.chance(DISABILITY_RATE)) return 'DISABILITY';
  return rng.chance(FINANCIAL_HARDSHIP_RATE) ? 'FINANCIAL_HARDSHIP' : null;
}

/** Within three days of registration, and before the first hearing and the judgment. */
function appointmentTime(rng: Rng, courtCase: CourtCaseFacts): number {
  const lo = courtCase.registeredAt + HOUR_MS;
  const limits = [courtCase.registeredAt + 3 * DAY_MS, (courtCase.firstHearingAt ?? Infinity) - 2 * HOUR_MS, (courtCase.decidedAt ?? Infinity) - 2 * HOUR_MS];
  return sometime(rng, lo, Math.max(lo, Math.min(...limits)), { skew: 1.5 });
}

export function draftLegalAid(
  seed: number,
  courtCase: CourtCaseFacts,
  sources: Sources,
  lawyersByDivision: ReadonlyMap<string, ReadonlyArray<{ name: string; lawFirm: string }>>,
): DraftLegalAid[] {
  const facts = sources.cases.get(courtCase.caseId);
  if (!facts) throw new Error(`court case ${courtCase.caseNumber} of an unknown case ${courtCase.caseId}`);
  const court = courtByCode(courtCase.courtCode);
  const division = court?.level === 'BASIC' ? divisionByCode(court.divisionCode) ?? null : null;
  const centreCode = division?.code ?? CITY_CODE;
  const lawyers = division ? lawyersByDivision.get(division.code) ?? [] : [...lawyersByDivision.values()].flat();
  const names = labels(facts, sources.persons);
  const drafts: DraftLegalAid[] = [];
  for (const personId of courtCase.defendantIds) {
    const appointmentId = `FY-${courtCase.caseId}-${personId}`;
    const rng = serviceRng(seed, PURPOSE.legalAid, appointmentId);
    const ground = groundFor(rng, sources.persons.get(personId)?.birthDate, facts.offence, courtCase.registeredAt);
    if (!ground || lawyers.length === 0) continue;
    const at = appointmentTime(rng, courtCase);
    if (at > AS_OF) continue;
    const prefix = `淄${division?.shortName ?? ''}法援指`;
    const event = { at: iso(at), type: 'LEGAL_AID_APPOINTED' as const, title: `指派法律援助律师（${names.get(personId) ?? '某'}）`, documentNumber: '' };
    const record: LegalAidExport = {
      appointmentId,
      caseId: courtCase.caseId,
      personId,
      courtCaseNumber: courtCase.caseNumber,
      courtCode: courtCase.courtCode,
      centre: legalAidCentreName(division),
      divisionCode: centreCode,
      ground,
      lawyer: rng.pick(lawyers),
      appointedAt: iso(at),
      documentNumber: '',
      events: [event],
    };
    drafts.push({
      record,
      numbered: {
        series: `${prefix}|${chinaYear(at)}`,
        at,
        assign: (serial) => {
          record.documentNumber = `${prefix}〔${chinaYear(at)}〕${serial}号`;
          event.documentNumber = record.documentNumber;
        },
      },
    });
  }
  return drafts;
}
