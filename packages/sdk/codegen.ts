/**
 * `npm run codegen` (second half): the SDK's typed operations from packages/sdk/operations/*.graphql,
 * against the API schema of the composed supergraph (schema/supergraph.graphql without the
 * federation internals, derived the way the gateway derives it — see src/tooling/apiSchema.ts).
 *
 * The client preset writes TypedDocumentNode constants and result/variable types into
 * src/__generated__/, and, with persistedDocuments, the manifest persisted-documents.json
 * ("sha256:<hex>" → the exact document text that was hashed).
 */
import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';
import type { GraphQLSchema } from 'graphql';
import { apiSchemaOf, readSupergraph, SUPERGRAPH_PATH } from './src/tooling/apiSchema';

const here = __dirname;

// A custom loader may be a module path or the function itself; the typings only admit the path.
const apiSchemaLoader = ((pointer: string): GraphQLSchema => apiSchemaOf(readSupergraph(pointer))) as unknown as string;

const config: CodegenConfig = {
  overwrite: true,
  schema: [{ [SUPERGRAPH_PATH]: { loader: apiSchemaLoader } }],
  documents: [path.join(here, 'operations/**/*.graphql')],
  ignoreNoDocuments: false,
  generates: {
    [`${path.join(here, 'src/__generated__')}/`]: {
      preset: 'client',
      presetConfig: {
        // Results are plain nested objects: no useFragment()/getFragmentData() unmasking step.
        fragmentMasking: false,
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256', hashPropertyName: 'hash' },
      },
      config: {
        useTypeImports: true,
        // DateTime travels as an RFC 3339 string with the +08:00 offset.
        scalars: { DateTime: 'string' },
        strictScalars: true,
        // Enums as string unions plus a frozen object of their values (`CaseStage.TRIAL`).
        enumType: 'const',
        namingConvention: { enumValues: 'keep' },
        skipTypename: true,
      },
    },
  },
};

export default config;
