/**
 * Schema tools for the repository's scripts (not for front-ends; @hub/sdk's main entry does not
 * load them): the API schema of the supergraph, the breaking-change check, the schema reference.
 * Built to dist/tooling/index.js, which scripts/*.mjs require.
 */
export { apiSchemaOf, isSupergraph, printApiSchema, readSupergraph, REPO_ROOT, SUPERGRAPH_PATH } from './apiSchema';
export { compareSchemas, findBreakingChanges, formatComparison, BREAKING_ADVICE, type SchemaComparison, type SchemaFinding } from './schemaCheck';
export { runSchemaBreakingCheck, type SchemaCheckOptions, type SchemaCheckResult } from './schemaBreakingCheck';
export { ownershipOf, renderSchemaReference, type Ownership } from './schemaReference';
