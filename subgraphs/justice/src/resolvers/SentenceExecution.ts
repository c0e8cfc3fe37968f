import { asTimelineEvents } from '@hub/subgraph-kit';
import type { SentenceExecutionResolvers } from '../__generated__/resolvers-types';

export const SentenceExecution: SentenceExecutionResolvers = {
  person: ({ personId }) => ({ id: personId }),
  events: (execution) => asTimelineEvents('JUSTICE', execution.events),
  case: ({ caseId }) => ({ id: caseId }),
};
