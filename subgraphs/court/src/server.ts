import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { createCourtKeyStore, type TrustList } from '@hub/judgment-seal';
import type { SubgraphFactory } from '@hub/subgraph-kit';
import type { CourtContext } from './context';
import { createLoaders } from './data/loaders';
import { createCourtMetrics } from './data/metrics';
import { createModels } from './data/models';
import { loadCourtSigning, type CourtSigning } from './data/signing';
import { resolvers } from './resolvers';

export const typeDefs = parse(readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));

/** Keys rotated by an operator show up within this time without a restart. */
const TRUST_LIST_REFRESH_MS = 60_000;

/**
 * The published key list, built once per refresh: verification indexes a list object once, so
 * handing out the same object keeps verification at its in-process speed.
 */
function trustListSource(signing: CourtSigning): () => TrustList {
  let list = signing.keys.trustList();
  let builtAt = Date.now();
  return () => {
    if (Date.now() - builtAt > TRUST_LIST_REFRESH_MS) {
      list = createCourtKeyStore(signing.keysDir).trustList();
      builtAt = Date.now();
    }
    return list;
  };
}

/** The court subgraph: court cases under their 案号, hearings, verdicts and signed decision documents, joined to the rest of the graph by case id. */
export const createCourtSubgraph: SubgraphFactory<CourtContext> = (database) => {
  const models = createModels(database.connection);
  const metrics = createCourtMetrics(models);
  const signing = loadCourtSigning();
  const trustList = trustListSource(signing);
  return {
    name: 'court',
    typeDefs,
    resolvers,
    createContext: (base) => ({ ...base, metrics, loaders: createLoaders(models), trustList, verifyBaseUrl: signing.verifyBaseUrl }),
  };
};
