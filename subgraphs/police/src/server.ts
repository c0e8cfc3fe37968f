import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import type { SubgraphFactory } from '@hub/subgraph-kit';
import type { PoliceContext } from './context';
import { createLoaders } from './data/loaders';
import { createPoliceMetrics } from './data/metrics';
import { createModels } from './data/models';
import { resolvers } from './resolvers';

export const typeDefs = parse(readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));

/** The police subgraph: the police's records of cases, joined to the rest of the graph by case id. */
export const createPoliceSubgraph: SubgraphFactory<PoliceContext> = (database) => {
  const models = createModels(database.connection);
  const metrics = createPoliceMetrics(models);
  return {
    name: 'police',
    typeDefs,
    resolvers,
    createContext: (base) => ({ ...base, metrics, loaders: createLoaders(models) }),
  };
};
