import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import type { SubgraphFactory } from '@hub/subgraph-kit';
import type { JusticeContext } from './context';
import { createLoaders } from './data/loaders';
import { createModels } from './data/models';
import { resolvers } from './resolvers';

export const typeDefs = parse(readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));

/**
 * The justice subgraph: prisons and community corrections executing the sentences, the judicial
 * offices with their corrections, mediation and legal advisers, and legal aid, joined to the rest
 * of the graph by case id.
 */
export const createJusticeSubgraph: SubgraphFactory<JusticeContext> = (database) => {
  const models = createModels(database.connection);
  return {
    name: 'justice',
    typeDefs,
    resolvers,
    createContext: (base) => ({ ...base, loaders: createLoaders(models), models }),
  };
};
