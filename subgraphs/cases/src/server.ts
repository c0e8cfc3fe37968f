import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import type { SubgraphFactory } from '@hub/subgraph-kit';
import type { CasesContext } from './context';
import { createLoaders } from './data/loaders';
import { createModels } from './data/models';
import { createProtector, loadPersonalDataKey } from '@hub/subgraph-kit';
import { resolvers } from './resolvers';

export const typeDefs = parse(readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));

/**
 * The cases subgraph: the cross-agency index (unified ids, every agency's numbers, persons, stage)
 * and the merged timeline, built from the agencies' event lists the gateway brings (@requires).
 */
export const createCasesSubgraph: SubgraphFactory<CasesContext> = (database) => {
  const models = createModels(database.connection);
  const protector = createProtector(loadPersonalDataKey());
  return {
    name: 'cases',
    typeDefs,
    resolvers,
    createContext: (base) => ({ ...base, models, protector, loaders: createLoaders(models) }),
  };
};
