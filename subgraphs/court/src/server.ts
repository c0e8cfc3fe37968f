import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import type { SubgraphFactory } from '@hub/subgraph-kit';
import type { CourtContext } from './context';
import { createLoaders } from './data/loaders';
import { createModels } from './data/models';
import { resolvers } from './resolvers';

export const typeDefs = parse(readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));

/** The court subgraph: court cases under their 案号, hearings and verdicts, joined to the rest of the graph by case id. */
export const createCourtSubgraph: SubgraphFactory<CourtContext> = (database) => {
  const models = createModels(database.connection);
  return {
    name: 'court',
    typeDefs,
    resolvers,
    createContext: (base) => ({ ...base, loaders: createLoaders(models) }),
  };
};
