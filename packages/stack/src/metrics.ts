import { createIdentitySigner, IDENTITY_HEADER, loadIdentityKeys, PUBLIC_IDENTITY } from '@hub/subgraph-kit';
import type { RunningHub } from './hub';
import { SUBGRAPH_NAMES, type SubgraphName } from './layout';

/**
 * Database commands each subgraph has sent so far, from its /metrics (the driver's command
 * monitoring). Subgraphs answer only the gateway's identity, so this signs one with the hub's
 * identity key as the gateway would (a development tool; production keeps that key in the gateway).
 */
export async function dbCommandsSent(hub: RunningHub): Promise<Record<SubgraphName, number>> {
  const { privateKey } = loadIdentityKeys({ withPrivateKey: true });
  if (!privateKey) throw new Error('no identity key to read the subgraphs\' metrics with');
  const token = await createIdentitySigner(privateKey).sign({ ...PUBLIC_IDENTITY, subject: 'hub-metrics', role: 'committee' });
  const entries = await Promise.all(
    SUBGRAPH_NAMES.map(async (name) => {
      const response = await fetch(new URL('/metrics', hub.subgraphUrls[name]), { headers: { [IDENTITY_HEADER]: token } });
      const metrics = (await response.json()) as { dbCommands: number };
      return [name, metrics.dbCommands] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<SubgraphName, number>;
}
