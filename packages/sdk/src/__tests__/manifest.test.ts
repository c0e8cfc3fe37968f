/**
 * The persisted-operation manifest covers every operation in operations/, each hash is the SHA-256
 * of exactly the text stored under it, that text is the operation the typed document carries, and
 * every operation is valid against the API schema of the current supergraph.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { printExecutableGraphQLDocument } from '@graphql-tools/documents';
import { Kind, parse, print, validate, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import * as sdk from '../index';
import { apiSchemaOf, readSupergraph } from '../tooling/apiSchema';

const OPERATIONS_DIR = path.join(__dirname, '../../operations');
const MANIFEST_FILE = path.join(__dirname, '../__generated__/persisted-documents.json');

const sources = readdirSync(OPERATIONS_DIR)
  .filter((f) => f.endsWith('.graphql'))
  .map((f) => ({ file: f, document: parse(readFileSync(path.join(OPERATIONS_DIR, f), 'utf8')) }));
const operations = sources.flatMap(({ file, document }) =>
  document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION).map((operation) => ({ file, operation })),
);
const operationNames = operations.map(({ operation }) => operation.name?.value ?? '(anonymous)');

/** The typed document the SDK exports for an operation: `<Name>Document`. */
function documentOf(name: string): DocumentNode {
  const document = (sdk as unknown as Record<string, unknown>)[`${name}Document`];
  if (!document) throw new Error(`@hub/sdk exports no ${name}Document; run "npm run codegen".`);
  return document as DocumentNode;
}

const sha256 = (text: string) => `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
const schema = apiSchemaOf(readSupergraph());

test('the operations folder has the operations front-ends need, each named', () => {
  expect(operationNames).not.toContain('(anonymous)');
  expect(operationNames).toEqual(expect.arrayContaining([
      'SearchCases',
      'CaseByNumber',
      'CaseTimeline',
      'CaseDetails',
      'PersonCases',
      'Courts',
      'CaseJudgments',
      'JudgmentById',
      'VerifyJudgment',
      'CourtSigningKeys',
    ]));
});

test('the manifest has exactly one entry per operation and the exported map is the file', () => {
  const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as Record<string, string>;
  expect(sdk.persistedOperations).toEqual(manifest);
  expect(Object.keys(manifest)).toHaveLength(operations.length);
  expect(new Set(operationNames.map((name) => sdk.operationHash(documentOf(name))))).toEqual(new Set(Object.keys(manifest)));
});

describe.each(operationNames)('%s', (name) => {
  const document = documentOf(name);

  test('its hash is the SHA-256 of exactly the text the manifest stores for it', () => {
    const hash = sdk.operationHash(document);
    const text = sdk.persistedOperations[hash]!;
    expect(hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(sha256(text)).toBe(hash);
    expect(sdk.operationText(document)).toBe(text);
  });

  test('the manifest text is the printed typed document, with the fragments it uses', () => {
    const text = sdk.operationText(document);
    expect(text).toBe(printExecutableGraphQLDocument(document));
    // The same operation as the source file, fragments included: equal once both are normalized.
    const source = operations.find(({ operation }) => operation.name?.value === name)!;
    const fragments = sources.flatMap(({ document: d }) => d.definitions.filter((x) => x.kind === Kind.FRAGMENT_DEFINITION));
    const used = new Set(text.match(/\.\.\.\w+/g)?.map((s) => s.slice(3)) ?? []);
    const fromSource: DocumentNode = {
      kind: Kind.DOCUMENT,
      definitions: [source.operation, ...fragments.filter((f) => f.kind === Kind.FRAGMENT_DEFINITION && used.has(f.name.value))],
    };
    expect(text).toBe(printExecutableGraphQLDocument(fromSource));
  });

  test('it is valid against the API schema of schema/supergraph.graphql', () => {
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
    expect(validate(schema, parse(sdk.operationText(document))).map((e) => e.message)).toEqual([]);
    expect(print(document)).toContain(`query ${name}`);
  });
});

test('operationHash refuses a document that is not one of the SDK operations', () => {
  expect(() => sdk.operationHash(parse('{ courts { code } }'))).toThrow(/Not an @hub\/sdk operation/);
});
