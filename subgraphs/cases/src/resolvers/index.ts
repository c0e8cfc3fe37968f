import { DateTimeScalar } from '@hub/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import { BriberyRecordCheck } from './BriberyRecordCheck';
import { Case } from './Case';
import { CityMetrics } from './CityMetrics';
import { CaseConnection } from './CaseConnection';
import { CaseParty, Person, PersonCase } from './Person';
import { Query } from './Query';

export const resolvers: Resolvers = { DateTime: DateTimeScalar, Query, CityMetrics, Case, CaseConnection, Person, PersonCase, CaseParty, BriberyRecordCheck };
