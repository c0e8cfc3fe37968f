import { GraphQLError } from 'graphql';
import { courtByCode } from '@hub/domain';
import { asTimelineEvents } from '@hub/subgraph-kit';
import type { CourtCaseResolvers } from '../__generated__/resolvers-types';

export const CourtCase: CourtCaseResolvers = {
  court: ({ courtCode }) => {
    const court = courtByCode(courtCode);
    // Imports only accept known courts, so a miss here is a data error worth an alert, not user input.
    if (!court) throw new GraphQLError(`Unknown court code in stored data`, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    return court;
  },
  defendants: ({ defendantIds }) => defendantIds.map((id) => ({ id })),
  events: (courtCase) => asTimelineEvents('COURT', courtCase.events),
  case: ({ caseId }) => ({ id: caseId }),
};
