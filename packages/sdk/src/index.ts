/**
 * @hub/sdk: the hub's most used operations as typed documents, for front-ends.
 *
 *   import { print } from 'graphql';
 *   import { CaseTimelineDocument, type ResultOf } from '@hub/sdk';
 *
 * Every `<Name>Document` is a TypedDocumentNode: any GraphQL client that understands them (urql,
 * Apollo Client, graphql-request, or plain fetch + print) infers the variables and the result.
 * The operations are packages/sdk/operations/*.graphql; `npm run codegen` regenerates
 * src/__generated__/ from them and from schema/supergraph.graphql.
 *
 * The persisted-operation manifest maps each operation's hash ("sha256:" + hex SHA-256 of its
 * normalized text) to that text, for servers that accept only known operations.
 *
 * This entry point has no runtime dependencies: the schema tools (API schema, breaking-change
 * check, schema reference) live in ./tooling and are not loaded from here.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import manifest from './__generated__/persisted-documents.json';

export * from './__generated__/graphql';
export type { ResultOf, VariablesOf, TypedDocumentNode } from '@graphql-typed-document-node/core';

/** Hash ("sha256:<hex>") → the exact operation text that was hashed, for every SDK operation. */
export const persistedOperations: Readonly<Record<string, string>> = Object.freeze({ ...manifest });

interface WithPersistedHash {
  __meta__?: { hash?: unknown };
}

/**
 * The persisted-operation hash of an SDK document, "sha256:<hex>" (the GraphQL-over-HTTP
 * persisted documents form; strip the prefix for Apollo's automatic persisted queries).
 * Throws for a document that is not one of the SDK's.
 */
export function operationHash(document: TypedDocumentNode<unknown, never>): string {
  const hash = (document as WithPersistedHash).__meta__?.hash;
  if (typeof hash !== 'string' || !(hash in persistedOperations)) {
    throw new Error('Not an @hub/sdk operation document: it has no entry in the persisted-operation manifest.');
  }
  return hash;
}

/**
 * The normalized text of an SDK document, exactly as hashed in the manifest: send it as `query`
 * when the server checks the hash against the text (automatic persisted queries).
 */
export function operationText(document: TypedDocumentNode<unknown, never>): string {
  return persistedOperations[operationHash(document)] as string;
}
