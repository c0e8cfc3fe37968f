import { courtByCode } from '@hub/domain';
import type {
  CourtReferralResolvers,
  JudicialConfirmationResolvers,
  MediationCaseResolvers,
  MediationCommitteeResolvers,
  MediatorResolvers,
} from '../__generated__/resolvers-types';
import type { JusticeContext } from '../context';
import { listMediationCases } from '../data/serviceLists';
import type { MediationCommitteeDoc } from '../data/serviceModels';
import type { MediatorView } from '../data/views';
import { stored } from './stored';

async function committee(id: string, { loaders }: JusticeContext): Promise<MediationCommitteeDoc> {
  return stored(await loaders.committeeById.load(id), 'A mediator or case without its committee');
}

export function mediatorsOf(found: MediationCommitteeDoc): MediatorView[] {
  return found.mediators.map((mediator) => ({ ...mediator, committeeId: found._id }));
}

function courtName(code: string): string {
  return stored(courtByCode(code), 'Unknown court code').name;
}

export const MediationCommittee: MediationCommitteeResolvers = {
  id: (found) => found._id,
  office: (found, _args, { loaders }) => (found.officeId ? loaders.officeById.load(found.officeId) : null),
  stationedAt: (found) => found.stationedAt ?? null,
  mediators: (found) => mediatorsOf(found),
  mediationCases: (found, args, { models }) => listMediationCases(models, { committeeId: found._id }, args),
};

export const Mediator: MediatorResolvers = {
  id: (mediator) => mediator.mediatorId,
  committee: (mediator, _args, context) => committee(mediator.committeeId, context),
};

export const MediationCase: MediationCaseResolvers = {
  id: (found) => found._id,
  committee: (found, _args, context) => committee(found.committeeId, context),
  mediators: async (found, _args, context) => mediatorsOf(await committee(found.committeeId, context)).filter((m) => found.mediatorIds.includes(m.mediatorId)),
  office: async (found, _args, { loaders }) => stored(await loaders.officeById.load(found.officeId), 'A mediation case without its office'),
  concludedAt: (found) => found.concludedAt ?? null,
  agreement: (found) => found.agreement ?? null,
  courtReferral: (found) => found.courtReferral ?? null,
  judicialConfirmation: (found) => found.judicialConfirmation ?? null,
};

export const CourtReferral: CourtReferralResolvers = {
  courtName: (referral) => courtName(referral.courtCode),
  civilCaseNumber: (referral) => referral.civilCaseNumber ?? null,
  returnedAt: (referral) => referral.returnedAt ?? null,
};

export const JudicialConfirmation: JudicialConfirmationResolvers = {
  courtName: (confirmation) => courtName(confirmation.courtCode),
  decidedAt: (confirmation) => confirmation.decidedAt ?? null,
  confirmed: (confirmation) => confirmation.confirmed ?? null,
};
