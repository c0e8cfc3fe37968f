/**
 * The justice services' own random streams. Everything here draws from streams derived from
 * (seed, JUSTICE_SERVICES, purpose, …), never from the streams of the case simulation, so adding
 * these files changed no byte of the files generated before them.
 */
import { deriveSeed, Rng } from '../../random';

/** Far from the small stream numbers of random.ts (1–29), so no other stream can meet it. */
const JUSTICE_SERVICES = 0x6a757374; // 'just'

export const PURPOSE = {
  city: 1,
  office: 2,
  committee: 3,
  mediation: 4,
  correction: 5,
  legalAid: 6,
} as const;

/** Character codes of an id, so that each record's stream depends on its id alone. */
function codes(id: string): number[] {
  return [...id].map((c) => c.codePointAt(0) ?? 0);
}

export function serviceRng(seed: number, purpose: number, ...parts: Array<number | string>): Rng {
  const numbers = parts.flatMap((part) => (typeof part === 'string' ? codes(part) : [part]));
  return new Rng(deriveSeed(seed, JUSTICE_SERVICES, purpose, ...numbers));
}

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** Distinct items drawn without replacement. */
export function sample<T>(rng: Rng, items: readonly T[], count: number): T[] {
  return shuffled(rng, items).slice(0, Math.min(count, items.length));
}
