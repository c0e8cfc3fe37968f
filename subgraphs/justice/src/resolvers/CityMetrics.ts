import { metricsKey, share } from '@hub/subgraph-kit';
import type { CityMetricsResolvers } from '../__generated__/resolvers-types';
import type { JusticeContext } from '../context';
import type { JudicialOfficeDoc } from '../data/serviceModels';
import { figuresFor } from '../data/statistics';

/** Once per request and key, however many of the fields a query asks for. */
const perRequest = new WeakMap<JusticeContext, Map<string, ReturnType<typeof figuresFor>>>();

function figures(key: { year: number; divisionCode: string }, context: JusticeContext) {
  const cache = perRequest.get(context) ?? new Map<string, ReturnType<typeof figuresFor>>();
  perRequest.set(context, cache);
  const id = `${key.year}-${key.divisionCode}`;
  const offices = () => context.models.JudicialOffice.find({}, { divisionCode: 1, star: 1 }).lean<JudicialOfficeDoc[]>().exec();
  const found = cache.get(id) ?? figuresFor(key, (statisticsId) => context.loaders.statisticsById.load(statisticsId), offices);
  cache.set(id, found);
  return found;
}

/** This agency's part of the city's figures; a representation's key is checked like the query's arguments. */
export const CityMetrics: CityMetricsResolvers = {
  __resolveReference: (reference) => metricsKey(reference.year, reference.divisionCode),
  disputesMediated: async (key, _args, context) => (await figures(key, context)).disputesMediated,
  mediationSuccessRate: async (key, _args, context) => {
    const { disputesSettled, disputesMediated } = await figures(key, context);
    return share(disputesSettled, disputesMediated);
  },
  peopleUnderCommunityCorrections: async (key, _args, context) => (await figures(key, context)).peopleUnderCorrections,
  starJudicialOffices: async (key, _args, context) => (await figures(key, context)).starOffices,
  judicialConfirmations: async (key, _args, context) => (await figures(key, context)).judicialConfirmations,
  legalAidAppointments: async (key, _args, context) => (await figures(key, context)).legalAidAppointments,
};
