import { DateTimeScalar } from '@hub/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Case } from './Case';
import { Prosecution } from './Prosecution';

export const resolvers: Resolvers = { DateTime: DateTimeScalar, Case, Prosecution };
