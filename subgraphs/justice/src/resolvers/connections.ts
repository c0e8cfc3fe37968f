import type {
  CommunityCorrectionConnectionResolvers,
  JudicialOfficeConnectionResolvers,
  JusticeStatisticsResolvers,
  MediationCaseConnectionResolvers,
  MediationCommitteeConnectionResolvers,
} from '../__generated__/resolvers-types';
import { mediationSuccessRate } from '../data/statistics';

export const JudicialOfficeConnection: JudicialOfficeConnectionResolvers = { totalCount: (page) => page.countTotal() };
export const CommunityCorrectionConnection: CommunityCorrectionConnectionResolvers = { totalCount: (page) => page.countTotal() };
export const MediationCommitteeConnection: MediationCommitteeConnectionResolvers = { totalCount: (page) => page.countTotal() };
export const MediationCaseConnection: MediationCaseConnectionResolvers = { totalCount: (page) => page.countTotal() };

export const JusticeStatistics: JusticeStatisticsResolvers = {
  mediationSuccessRate: (statistics) => mediationSuccessRate(statistics),
};
