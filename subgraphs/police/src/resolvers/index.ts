import { DateTimeScalar } from '@hub/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import { CityMetrics } from './CityMetrics';
import { Case } from './Case';
import { PoliceCase, Suspect } from './PoliceCase';

export const resolvers: Resolvers = { CityMetrics, DateTime: DateTimeScalar, Case, PoliceCase, Suspect };
