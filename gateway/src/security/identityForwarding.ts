import { createIdentitySigner, loadIdentityKeys, type Identity, type IdentitySigner } from '@hub/subgraph-kit';

/** Signs the caller's identity once per request for all the subgraph fetches it makes. */
export function identityForwarder(): (context: { identity: Identity; forwardedIdentity?: Promise<string> }) => Promise<string> {
  const { privateKey } = loadIdentityKeys({ withPrivateKey: true });
  if (!privateKey) throw new Error('the gateway has no identity signing key');
  const signer: IdentitySigner = createIdentitySigner(privateKey);
  return (context) => (context.forwardedIdentity ??= signer.sign(context.identity));
}
