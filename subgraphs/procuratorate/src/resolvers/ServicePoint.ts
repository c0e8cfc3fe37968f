import type { ServicePointResolvers } from '../__generated__/resolvers-types';
import { divisionName, procuratorateName } from './names';

export const ServicePoint: ServicePointResolvers = {
  id: (point) => point._id,
  procuratorateName: (point) => procuratorateName(point.procuratorateCode),
  divisionName: (point) => divisionName(point.divisionCode),
};
