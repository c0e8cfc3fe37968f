import { Schema } from 'mongoose';
import type { Agency, TimelineEventType } from '@hub/domain';

/** How an agency stores one event of its own handling of a case (embedded in the agency's case record). */
export interface TimelineEventDoc {
  at: Date;
  type: TimelineEventType;
  title: string;
  documentNumber?: string | null;
}

export const timelineEventSchema = new Schema<TimelineEventDoc>(
  {
    at: { type: Date, required: true },
    type: { type: String, required: true },
    title: { type: String, required: true },
    documentNumber: { type: String },
  },
  { _id: false },
);

/** The GraphQL shape: the stored event stamped with the agency that recorded it. */
export interface TimelineEvent extends TimelineEventDoc {
  agency: Agency;
}

export function asTimelineEvents(agency: Agency, events: readonly TimelineEventDoc[] | undefined): TimelineEvent[] {
  return (events ?? []).map((event) => ({
    at: event.at,
    type: event.type,
    title: event.title,
    documentNumber: event.documentNumber ?? null,
    agency,
  }));
}

/** Export files carry ISO strings; the database stores real dates. */
export function eventsFromExport(
  events: ReadonlyArray<{ at: string; type: TimelineEventType; title: string; documentNumber?: string }>,
): TimelineEventDoc[] {
  return events.map((event) => ({
    at: new Date(event.at),
    type: event.type,
    title: event.title,
    ...(event.documentNumber ? { documentNumber: event.documentNumber } : {}),
  }));
}
