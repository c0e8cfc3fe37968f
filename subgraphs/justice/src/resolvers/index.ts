import { DateTimeScalar } from '@hub/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Case } from './Case';
import { CityMetrics } from './CityMetrics';
import { CommunityCorrection } from './CommunityCorrection';
import { CommunityCorrectionConnection, JudicialOfficeConnection, JusticeStatistics, MediationCaseConnection, MediationCommitteeConnection } from './connections';
import { JudicialOffice, LegalAdviser, OfficeStaffMember, StarOfficeTitle } from './JudicialOffice';
import { LegalAidAppointment } from './LegalAidAppointment';
import { CourtReferral, JudicialConfirmation, MediationCase, MediationCommittee, Mediator } from './Mediation';
import { Query } from './Query';
import { SentenceExecution } from './SentenceExecution';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Case,
  SentenceExecution,
  JudicialOffice,
  OfficeStaffMember,
  StarOfficeTitle,
  LegalAdviser,
  CommunityCorrection,
  MediationCommittee,
  Mediator,
  MediationCase,
  CourtReferral,
  JudicialConfirmation,
  LegalAidAppointment,
  JudicialOfficeConnection,
  CommunityCorrectionConnection,
  MediationCommitteeConnection,
  MediationCaseConnection,
  JusticeStatistics,
  CityMetrics,
};
