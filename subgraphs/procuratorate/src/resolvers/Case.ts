import { mergeTimelines, TIMELINE_EVENT_TYPES } from '@hub/domain';
import { asTimelineEvents, toAccessLogEntryView, type TimelineEventDoc } from '@hub/subgraph-kit';
import type { CaseResolvers } from '../__generated__/resolvers-types';
import type { FileReviewDoc } from '../data/serviceModels';

/** An approved file review is an event of the case: the lawyer was admitted to it. */
function fileReviewEvents(applications: readonly FileReviewDoc[]): TimelineEventDoc[] {
  return applications
    .filter((application) => application.status === 'APPROVED' && application.decidedAt)
    .map((application) => ({ at: application.decidedAt as Date, type: 'LAWYER_FILE_REVIEW_APPROVED', title: TIMELINE_EVENT_TYPES.LAWYER_FILE_REVIEW_APPROVED.title }));
}

export const Case: CaseResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  prosecution: ({ id }, _args, { loaders }) => loaders.prosecutionByCaseId.load(id),
  procuratorateEvents: async ({ id }, _args, { loaders }) => {
    const [prosecution, reviews] = await Promise.all([loaders.prosecutionByCaseId.load(id), loaders.fileReviewsByCaseId.load(id)]);
    return mergeTimelines(
      asTimelineEvents('PROCURATORATE', prosecution?.events),
      asTimelineEvents('PROCURATORATE', fileReviewEvents(reviews?.applications ?? [])),
    ).map((event) => ({ ...event, documentNumber: event.documentNumber ?? null }));
  },
  fileReviewApplications: async ({ id }, _args, { loaders }) => (await loaders.fileReviewsByCaseId.load(id))?.applications ?? [],
  procuratorateAccessLog: async ({ id }, _args, { accessLog }) => (await accessLog.entriesFor({ kind: 'case', id })).map(toAccessLogEntryView),
};
