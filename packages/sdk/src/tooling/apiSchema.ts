/**
 * The API schema: what clients of the gateway see. `schema/supergraph.graphql` also carries the
 * federation internals (`join__*`, `link__*`, `@join__*`, `@link`) and may hide `@inaccessible`
 * parts; Apollo's own supergraph reader strips them exactly as the gateway does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { buildSchema, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

/** The repository root (this file is packages/sdk/src/tooling or packages/sdk/dist/tooling). */
export const REPO_ROOT = path.resolve(__dirname, '../../../..');
export const SUPERGRAPH_PATH = path.join(REPO_ROOT, 'schema', 'supergraph.graphql');

/** Whether the SDL is a composed supergraph (it links the join spec) rather than a plain schema. */
export function isSupergraph(sdl: string): boolean {
  return /@link\(\s*url:\s*"https:\/\/specs\.apollo\.dev\/join\//.test(sdl);
}

/**
 * The client-facing schema of a supergraph SDL. A plain schema SDL (no join spec) is taken as it
 * is, so tests and tools can feed either.
 */
export function apiSchemaOf(sdl: string): GraphQLSchema {
  if (!isSupergraph(sdl)) return buildSchema(sdl);
  // The access-rule features (@authenticated, @requiresScopes, @policy) are enforced by the subgraphs;
  // reading the schema needs no support for them.
  return Supergraph.build(sdl, { supportedFeatures: null }).apiSchema().toGraphQLJSSchema();
}

/** The API schema as SDL, types in alphabetical order, with every description. */
export function printApiSchema(sdl: string): string {
  return printSchema(lexicographicSortSchema(apiSchemaOf(sdl)));
}

export function readSupergraph(file: string = SUPERGRAPH_PATH): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new Error(`Cannot read ${path.relative(REPO_ROOT, file)}; run "npm run compose" to create it.`);
  }
}
