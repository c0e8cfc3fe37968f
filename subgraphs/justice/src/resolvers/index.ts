import { DateTimeScalar } from '@hub/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Case } from './Case';
import { SentenceExecution } from './SentenceExecution';

export const resolvers: Resolvers = { DateTime: DateTimeScalar, Case, SentenceExecution };
