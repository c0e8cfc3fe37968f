import { GraphQLError } from 'graphql';
import type {
  DefenceLawyerResolvers,
  FileReviewApplicationResolvers,
  FileReviewAppointmentResolvers,
  LawyerAdmissionResolvers,
} from '../__generated__/resolvers-types';
import { procuratorateName } from './names';

export const FileReviewApplication: FileReviewApplicationResolvers = {
  case: (application) => ({ id: application.caseId }),
  procuratorateName: (application) => procuratorateName(application.procuratorateCode),
  client: (application) => ({ id: application.clientPersonId }),
  appointment: (application) => application.appointment ?? null,
};

export const FileReviewAppointment: FileReviewAppointmentResolvers = {
  servicePoint: async (appointment, _args, { loaders }) => {
    const point = await loaders.servicePoint(appointment.servicePointId);
    if (!point) throw new GraphQLError('An appointment at a service point missing from stored data', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    return point;
  },
};

export const DefenceLawyer: DefenceLawyerResolvers = {
  id: (lawyer) => lawyer.lawyerId,
};

export const LawyerAdmission: LawyerAdmissionResolvers = {
  case: (admission) => ({ id: admission.caseId }),
};
