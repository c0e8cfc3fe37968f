import path from 'node:path';
import { SUBGRAPH_NAMES, type SubgraphName } from '@hub/subgraph-kit';
import { findRepoRoot } from '@hub/workspace';

export { SUBGRAPH_NAMES, type SubgraphName } from '@hub/subgraph-kit';

/** The compiled entry points of each service, as they would be deployed. */
export function serviceScript(name: SubgraphName | 'gateway', entry: 'index' | 'import' = 'index'): string {
  const root = findRepoRoot();
  return name === 'gateway' ? path.join(root, 'gateway', 'dist', `${entry}.js`) : path.join(root, 'subgraphs', name, 'dist', `${entry}.js`);
}

/** Each subgraph's database URI: `<NAME>_MONGODB_URI`, else `MONGODB_URI`, else none (embedded). */
export function configuredMongoUris(env: NodeJS.ProcessEnv): Partial<Record<SubgraphName, string>> {
  const uris: Partial<Record<SubgraphName, string>> = {};
  for (const name of SUBGRAPH_NAMES) {
    const uri = env[`${name.toUpperCase()}_MONGODB_URI`] ?? env.MONGODB_URI;
    if (uri) uris[name] = uri;
  }
  return uris;
}
