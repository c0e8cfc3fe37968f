/**
 * The cross-agency timeline: each agency reports its own events and the hub merges them into
 * one deterministic order, so the same case always reads the same way.
 */
import { TIMELINE_EVENT_ORDER, type Agency, type TimelineEventType } from './lifecycle';

export interface TimelineEntry {
  at: Date;
  agency: Agency;
  type: TimelineEventType;
  title: string;
  documentNumber?: string | null;
}

const EVENT_POSITION = new Map(TIMELINE_EVENT_ORDER.map((type, index) => [type, index]));

/**
 * By instant; events recorded at the same instant (often whole days) follow the order of the
 * procedure, so that an arrest request never appears before the detention it follows.
 */
export function compareTimelineEntries(a: TimelineEntry, b: TimelineEntry): number {
  const byTime = a.at.getTime() - b.at.getTime();
  if (byTime !== 0) return byTime;
  const byType = (EVENT_POSITION.get(a.type) ?? 0) - (EVENT_POSITION.get(b.type) ?? 0);
  if (byType !== 0) return byType;
  return compareDocumentNumbers(a.documentNumber, b.documentNumber);
}

/** A new array of all entries in timeline order; equal entries keep their input order. */
export function mergeTimelines(...lists: ReadonlyArray<readonly TimelineEntry[]>): TimelineEntry[] {
  return lists.flat().sort(compareTimelineEntries);
}

/** Entries without a document first; code-unit order rather than locale order, for determinism. */
function compareDocumentNumbers(a: string | null | undefined, b: string | null | undefined): number {
  const left = a ?? '';
  const right = b ?? '';
  if (left === right) return 0;
  return left < right ? -1 : 1;
}
