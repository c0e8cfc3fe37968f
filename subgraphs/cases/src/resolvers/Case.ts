import { mergeTimelines, type TimelineEntry } from '@hub/domain';
import { mergeAccessLogs, toAccessLogEntryView } from '@hub/subgraph-kit';
import type { CaseResolvers } from '../__generated__/resolvers-types';
import type { CaseParent, WireEvent } from '../data/models';

const toEntries = (events: ReadonlyArray<WireEvent> | undefined): TimelineEntry[] =>
  (events ?? []).map((event) => ({ ...event, at: event.at instanceof Date ? event.at : new Date(event.at) }));

export const Case: CaseResolvers = {
  __resolveReference: async (reference, { loaders }) => {
    const doc = await loaders.caseById.load(reference.id);
    if (!doc) return null;
    // Keep the agencies' lists the gateway fetched for `timeline` and `accessLog` (@requires).
    const { policeEvents, procuratorateEvents, courtEvents, justiceEvents, policeAccessLog, procuratorateAccessLog, courtAccessLog, justiceAccessLog } =
      reference as Partial<CaseParent>;
    return { ...doc, policeEvents, procuratorateEvents, courtEvents, justiceEvents, policeAccessLog, procuratorateAccessLog, courtAccessLog, justiceAccessLog };
  },
  id: (doc) => doc._id,
  parties: (doc) => doc.parties,
  timeline: (parent) =>
    mergeTimelines(
      toEntries(parent.policeEvents),
      toEntries(parent.procuratorateEvents),
      toEntries(parent.courtEvents),
      toEntries(parent.justiceEvents),
    ).map((entry) => ({ ...entry, documentNumber: entry.documentNumber ?? null })),
  accessLog: async (parent, _args, { accessLog }) =>
    mergeAccessLogs(
      parent.policeAccessLog,
      parent.procuratorateAccessLog,
      parent.courtAccessLog,
      parent.justiceAccessLog,
      (await accessLog.entriesFor({ kind: 'case', id: parent._id })).map(toAccessLogEntryView),
    ),
};
