import type { LegalAidAppointmentResolvers } from '../__generated__/resolvers-types';

export const LegalAidAppointment: LegalAidAppointmentResolvers = {
  case: (appointment) => ({ id: appointment.caseId }),
  defendant: (appointment) => ({ id: appointment.personId }),
};
