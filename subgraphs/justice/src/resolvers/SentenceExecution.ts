import { judicialOfficeByName } from '@hub/domain';
import { asTimelineEvents } from '@hub/subgraph-kit';
import type { SentenceExecutionResolvers } from '../__generated__/resolvers-types';

export const SentenceExecution: SentenceExecutionResolvers = {
  person: ({ personId }) => ({ id: personId }),
  events: (execution) => asTimelineEvents('JUSTICE', execution.events),
  case: ({ caseId }) => ({ id: caseId }),
  office: (execution, _args, { loaders }) => {
    const site = execution.kind === 'COMMUNITY_CORRECTIONS' ? judicialOfficeByName(execution.institutionName) : undefined;
    return site ? loaders.officeById.load(site.id) : null;
  },
  correction: (execution, _args, { loaders }) =>
    execution.kind === 'COMMUNITY_CORRECTIONS' ? loaders.correctionById.load(`JZ-${execution.caseId}-${execution.personId}`) : null,
};
