/** What courts impose, drawn per offence; terms come from the offence's usual range. */
import type { Offence, SentenceKind } from '@hub/domain';
import type { Rng } from './random';
import { WeightedTable } from './random';
import { isDrunkDriving } from './traits';

export interface Sentence {
  verdict: SentenceKind;
  termMonths?: number;
  suspended: boolean;
  probationMonths?: number;
  fineYuan?: number;
}

/** Suspension (缓刑) is possible for criminal detention and for imprisonment of at most 3 years. */
const MAX_SUSPENDED_TERM = 36;

/**
 * custodialShare leaves the non-custodial rest to suspension, fines and exemptions together;
 * suspension takes about three quarters of it (about 35% of short terms are suspended).
 */
const SUSPENSION_FACTOR = 0.75;

const DETENTION_TERMS = new WeightedTable<number>([[1, 30], [2, 30], [3, 17], [4, 10], [5, 7], [6, 6]]);

function fine(rng: Rng, min: number, max: number): number {
  return rng.int(min, max) * 1000;
}

function imprisonmentTerm(rng: Rng, offence: Offence): number {
  const [min, max] = offence.typicalTermMonths;
  const term = Math.round(min + (max - min) * rng.next() ** 1.8);
  // Courts speak in years and months; longer terms are mostly whole quarters.
  const rounded = term > 12 ? Math.round(term / 3) * 3 : term;
  return Math.min(max, Math.max(min, rounded));
}

function probation(rng: Rng, verdict: SentenceKind, term: number): number {
  if (verdict === 'CRIMINAL_DETENTION') return rng.int(Math.max(term, 2), Math.min(12, Math.max(term * 2, 6)));
  return rng.int(Math.max(term, 12), Math.min(60, Math.max(term * 2, 24)));
}

function withSuspension(rng: Rng, offence: Offence, sentence: Sentence): Sentence {
  const term = sentence.termMonths ?? 0;
  if (term > MAX_SUSPENDED_TERM || !rng.chance((1 - offence.custodialShare) * SUSPENSION_FACTOR)) return sentence;
  return { ...sentence, suspended: true, probationMonths: probation(rng, sentence.verdict, term) };
}

function termSentence(rng: Rng, offence: Offence): Sentence {
  if (isDrunkDriving(offence)) {
    return { verdict: 'CRIMINAL_DETENTION', termMonths: DETENTION_TERMS.draw(rng), suspended: false, fineYuan: fine(rng, 2, 20) };
  }
  const fineYuan = rng.chance(0.6) ? fine(rng, 1, 50) : undefined;
  const roll = rng.next();
  if (offence.grave && roll < 0.2) return { verdict: 'LIFE_IMPRISONMENT', suspended: false };
  if (!offence.grave && roll < 0.015) return { verdict: 'PUBLIC_SURVEILLANCE', termMonths: rng.int(3, 12), suspended: false };
  if (!offence.grave && roll < 0.075) {
    return { verdict: 'CRIMINAL_DETENTION', termMonths: rng.int(2, 6), suspended: false, fineYuan };
  }
  return { verdict: 'FIXED_TERM_IMPRISONMENT', termMonths: imprisonmentTerm(rng, offence), suspended: false, fineYuan };
}

export function chooseSentence(rng: Rng, offence: Offence): Sentence {
  const roll = rng.next();
  if (roll < 0.003) return { verdict: 'ACQUITTED', suspended: false };
  if (roll < 0.023) return { verdict: 'EXEMPTED', suspended: false };
  if (roll < 0.063 && !isDrunkDriving(offence)) return { verdict: 'FINE_ONLY', suspended: false, fineYuan: fine(rng, 3, 50) };
  return withSuspension(rng, offence, termSentence(rng, offence));
}

function hasTerm(sentence: Sentence): boolean {
  return sentence.verdict === 'FIXED_TERM_IMPRISONMENT' || sentence.verdict === 'CRIMINAL_DETENTION';
}

/** 改判 on appeal: lighter (a defendant's appeal never makes it heavier), heavier on a protest. */
export function reviseSentence(rng: Rng, offence: Offence, sentence: Sentence, heavier: boolean): Sentence {
  if (!hasTerm(sentence)) {
    const fineYuan = sentence.fineYuan === undefined ? undefined : Math.round(sentence.fineYuan * (heavier ? 1.5 : 0.6));
    return { ...sentence, fineYuan };
  }
  const term = sentence.termMonths ?? 1;
  const factor = heavier ? 1.1 + rng.next() * 0.3 : 0.7 + rng.next() * 0.2;
  const limit = sentence.verdict === 'CRIMINAL_DETENTION' ? 6 : 180;
  const revised: Sentence = {
    verdict: sentence.verdict,
    termMonths: Math.min(limit, Math.max(1, Math.round(term * factor))),
    suspended: false,
    fineYuan: sentence.fineYuan,
  };
  if (heavier) return revised;
  if (sentence.suspended) {
    return { ...revised, suspended: true, probationMonths: probation(rng, revised.verdict, revised.termMonths ?? 1) };
  }
  return withSuspension(rng, offence, revised);
}

/** Served in prison or a detention house. */
export function isCustodial(sentence: Sentence): boolean {
  return (hasTerm(sentence) || sentence.verdict === 'LIFE_IMPRISONMENT') && !sentence.suspended;
}

/** Served as community corrections: suspended sentences and public surveillance. */
export function isCommunity(sentence: Sentence): boolean {
  return sentence.suspended || sentence.verdict === 'PUBLIC_SURVEILLANCE';
}

/** Acquittal, exemption and fine only leave nothing for the justice administration. */
export function closureFor(sentence: Sentence): 'ACQUITTED' | 'EXEMPTED' | null {
  if (sentence.verdict === 'ACQUITTED') return 'ACQUITTED';
  if (sentence.verdict === 'EXEMPTED' || sentence.verdict === 'FINE_ONLY') return 'EXEMPTED';
  return null;
}
