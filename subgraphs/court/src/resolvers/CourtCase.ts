import { asTimelineEvents } from '@hub/subgraph-kit';
import type { CourtCaseResolvers } from '../__generated__/resolvers-types';
import { courtOf } from './Judgment';

export const CourtCase: CourtCaseResolvers = {
  court: ({ courtCode }) => courtOf(courtCode),
  defendants: ({ defendantIds }) => defendantIds.map((id) => ({ id })),
  events: (courtCase) => asTimelineEvents('COURT', courtCase.events),
  case: ({ caseId }) => ({ id: caseId }),
  judgments: (courtCase) => courtCase.documents ?? [],
};
