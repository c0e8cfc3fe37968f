import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import type { SubgraphFactory } from '@hub/subgraph-kit';
import type { ProcuratorateContext } from './context';
import { createLoaders } from './data/loaders';
import { createModels } from './data/models';
import { createSealer, loadPersonalDataKey } from './data/sealer';
import { createProcuratorateMetrics } from './data/metrics';
import { createServiceModels } from './data/serviceModels';
import { loadCertificateSigning, trustListSource } from './data/signing';
import { resolvers } from './resolvers';

export const typeDefs = parse(readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));

/**
 * The procuratorate subgraph: arrest review, prosecution review, indictments and non-prosecution
 * decisions, joined to the rest of the graph by case id; and the procuratorates' public services:
 * service points, bribery-record checks with signed certificates, lawyers' file reviews, complaints.
 */
export const createProcuratorateSubgraph: SubgraphFactory<ProcuratorateContext> = (database) => {
  const models = createModels(database.connection);
  const services = createServiceModels(database.connection);
  const metrics = createProcuratorateMetrics(services);
  const sealer = createSealer(loadPersonalDataKey());
  const signing = loadCertificateSigning();
  const trustList = trustListSource(signing);
  return {
    name: 'procuratorate',
    typeDefs,
    resolvers,
    createContext: (base) => ({ ...base, loaders: createLoaders(models, services), services, metrics, sealer, signing, trustList, now: () => new Date() }),
  };
};
