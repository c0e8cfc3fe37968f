import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import type { SubgraphFactory } from '@hub/subgraph-kit';
import type { ProcuratorateContext } from './context';
import { createLoaders } from './data/loaders';
import { createModels } from './data/models';
import { resolvers } from './resolvers';

export const typeDefs = parse(readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));

/** The procuratorate subgraph: arrest review, prosecution review, indictments and non-prosecution decisions, joined to the rest of the graph by case id. */
export const createProcuratorateSubgraph: SubgraphFactory<ProcuratorateContext> = (database) => {
  const models = createModels(database.connection);
  return {
    name: 'procuratorate',
    typeDefs,
    resolvers,
    createContext: (base) => ({ ...base, loaders: createLoaders(models) }),
  };
};
