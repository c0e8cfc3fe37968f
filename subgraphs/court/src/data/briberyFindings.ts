/**
 * What the courts' own decisions say for a procuratorate's bribery-record check: the subject's
 * convictions for a bribery-family offence that took legal effect in the look-back period. The
 * check itself lives in the procuratorate subgraph; the gateway brings its subject's person ids
 * (matched by the cases subgraph) and its period here through @requires. Persons are found through
 * the defendant index (person id → case ids, read by key), then their court files (read by key).
 */
import { offenceByName, type SentenceKind } from '@hub/domain';
import { courtByCode } from '@hub/domain';
import type { CourtCaseDoc, CourtFileDoc, DefendantIndexDoc, JudgmentDoc, VerdictDoc } from './models';

/** A check as the gateway represents it to this subgraph: its key and the fields @requires brings (DateTime as text). */
export interface CheckRepresentation {
  id: string;
  subjectPersonIds?: readonly string[] | null;
  periodFrom?: string | Date | null;
  periodTo?: string | Date | null;
}

export interface ConvictionFinding {
  judgmentId: string;
  documentNumber: string;
  courtCode: string;
  courtName: string;
  charges: string[];
  sentence: string;
  effectiveAt: Date;
  finalCaseNumber: string;
}

const DIGITS = '〇一二三四五六七八九';

function chineseNumber(n: number): string {
  if (n < 10) return DIGITS.charAt(n);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return `${tens === 1 ? '' : DIGITS.charAt(tens)}十${units === 0 ? '' : DIGITS.charAt(units)}`;
}

/** 一年六个月, 八个月, 三年. */
function chineseTerm(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return `${years > 0 ? `${chineseNumber(years)}年` : ''}${rest > 0 ? `${chineseNumber(rest)}个月` : ''}`;
}

/** The operative words of a sentence, as the judgments word them (判处有期徒刑一年六个月，缓刑二年，并处罚金人民币5000元). */
export function sentenceText(verdict: Pick<VerdictDoc, 'outcome' | 'termMonths' | 'suspended' | 'probationMonths' | 'fineYuan'>): string {
  const fine = verdict.fineYuan ? `，并处罚金人民币${verdict.fineYuan}元` : '';
  const probation = verdict.suspended && verdict.probationMonths ? `，缓刑${chineseTerm(verdict.probationMonths)}` : '';
  const term = chineseTerm(verdict.termMonths ?? 0);
  const words: Record<SentenceKind, string> = {
    DEATH: '判处死刑，剥夺政治权利终身',
    LIFE_IMPRISONMENT: '判处无期徒刑，剥夺政治权利终身',
    FIXED_TERM_IMPRISONMENT: `判处有期徒刑${term}${probation}${fine}`,
    CRIMINAL_DETENTION: `判处拘役${term}${probation}${fine}`,
    PUBLIC_SURVEILLANCE: `判处管制${term}${fine}`,
    FINE_ONLY: `判处罚金人民币${verdict.fineYuan ?? 0}元`,
    EXEMPTED: '免予刑事处罚',
    ACQUITTED: '无罪',
  };
  return words[verdict.outcome];
}

export const isBriberyCharge = (charge: string): boolean => offenceByName(charge)?.briberyFamily === true;

/** The decision document that states a court case's decision: the judgment or ruling, not a correction, not set aside. */
function mainDocument(courtCase: CourtCaseDoc): JudgmentDoc | undefined {
  return courtCase.documents.find((doc) => doc.kind !== 'CORRECTION_RULING' && !doc.revocation);
}

/**
 * The court case whose judgment convicted, for a decision that took effect: a second instance that
 * upheld (驳回上诉，维持原判) leaves the conviction in the first-instance judgment before it; a revising
 * second instance convicts itself; an unappealed first instance too.
 */
function convictingCase(file: CourtFileDoc, effective: CourtCaseDoc): CourtCaseDoc {
  if (effective.instance !== 'SECOND' || effective.verdict?.appealOutcome !== 'UPHELD') return effective;
  const earlier = file.courtCases.filter((c) => c.instance === 'FIRST' && c.verdict && c.registeredAt.getTime() < effective.registeredAt.getTime());
  return earlier.at(-1) ?? effective;
}

/** The bribery-family convictions of one court file for these persons, effective within [from, to]. */
export function convictionsIn(file: CourtFileDoc, personIds: ReadonlySet<string>, from: Date, to: Date): ConvictionFinding[] {
  const found: ConvictionFinding[] = [];
  for (const effective of file.courtCases) {
    const { verdict, effectiveAt } = effective;
    if (!verdict || !effectiveAt || verdict.outcome === 'ACQUITTED' || !verdict.charges.some(isBriberyCharge)) continue;
    if (effectiveAt.getTime() < from.getTime() || effectiveAt.getTime() > to.getTime()) continue;
    const convicting = convictingCase(file, effective);
    const judgment = mainDocument(convicting);
    if (!judgment || !judgment.parties.some((party) => personIds.has(party.personId))) continue;
    found.push({
      judgmentId: judgment.id,
      documentNumber: judgment.documentNumber,
      courtCode: convicting.courtCode,
      courtName: courtByCode(convicting.courtCode)?.name ?? convicting.courtCode,
      charges: verdict.charges,
      sentence: sentenceText(verdict),
      effectiveAt,
      finalCaseNumber: effective.number,
    });
  }
  return found;
}

/** Every defendant's court files: person id → case ids, so a check finds a person's judgments by key. */
export function toDefendantIndex(files: readonly CourtFileDoc[]): DefendantIndexDoc[] {
  const byPerson = new Map<string, Set<string>>();
  for (const file of files) {
    for (const personId of file.courtCases.flatMap((c) => c.defendantIds)) byPerson.set(personId, (byPerson.get(personId) ?? new Set()).add(file._id));
  }
  return [...byPerson].map(([personId, caseIds]) => ({ _id: personId, caseIds: [...caseIds].sort() }));
}

export function instantOf(value: string | Date | null | undefined): Date | null {
  if (value == null) return null;
  const at = value instanceof Date ? value : new Date(value);
  return Number.isNaN(at.getTime()) ? null : at;
}
