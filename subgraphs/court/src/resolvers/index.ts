import { DateTimeScalar } from '@hub/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import { CityMetrics } from './CityMetrics';
import { BriberyConviction, BriberyRecordCheck } from './BriberyRecordCheck';
import { Case } from './Case';
import { CourtCase } from './CourtCase';
import { CourtSigningKey, Judgment, JudgmentParty, JudgmentQr, JudgmentRevocation, PublicJudgment } from './Judgment';
import { Query } from './Query';

export const resolvers: Resolvers = {
  CityMetrics,
  DateTime: DateTimeScalar,
  Query,
  Case,
  CourtCase,
  Judgment,
  JudgmentParty,
  JudgmentRevocation,
  JudgmentQr,
  PublicJudgment,
  CourtSigningKey,
  BriberyRecordCheck,
  BriberyConviction,
};
