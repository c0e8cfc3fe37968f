import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { composeServices } from '@apollo/composition';
import { DEFAULT_SUBGRAPH_PORTS, SUBGRAPH_NAMES, type SubgraphName } from '@hub/subgraph-kit';

/** The subgraphs of the hub, in the order they appear in the supergraph, with their default local ports. */
export const SUBGRAPHS = SUBGRAPH_NAMES.map((name) => ({ name, port: DEFAULT_SUBGRAPH_PORTS[name] }));
export type { SubgraphName };

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const SUPERGRAPH_PATH = path.join(REPO_ROOT, 'schema', 'supergraph.graphql');

export function subgraphSchemaPath(name: SubgraphName): string {
  return path.join(REPO_ROOT, 'subgraphs', name, 'schema.graphql');
}

/** Composes the subgraphs' SDL files into the supergraph SDL, or throws with every composition error. */
export function composeSupergraph(): string {
  const result = composeServices(
    SUBGRAPHS.map(({ name, port }) => ({
      name,
      url: `http://localhost:${port}/graphql`,
      typeDefs: parse(readFileSync(subgraphSchemaPath(name), 'utf8')),
    })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl.endsWith('\n') ? result.supergraphSdl : `${result.supergraphSdl}\n`;
}

/** The access-rule features of Federation: @apollo/gateway enforces none of them, the subgraphs do. */
const ACCESS_RULE_FEATURES = ['authenticated', 'requiresScopes', 'policy'];

/**
 * The supergraph as @apollo/gateway can load it. The gateway refuses a supergraph that links a
 * feature `for: SECURITY` it does not implement; the access rules are enforced by each subgraph
 * (see @hub/subgraph-kit authorization), so here their links are kept as documentation only.
 */
export function supergraphForGateway(sdl: string): string {
  let result = sdl;
  for (const feature of ACCESS_RULE_FEATURES) {
    const pattern = new RegExp(`(@link\\(url: "https://specs\\.apollo\\.dev/${feature}/v[0-9.]+"), for: SECURITY\\)`, 'g');
    result = result.replace(pattern, '$1)');
  }
  return result;
}
