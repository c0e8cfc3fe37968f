import { readFileSync } from 'node:fs';
import { Kind, parse, visit, type ASTNode } from 'graphql';
import { composeSupergraph, SUBGRAPHS, SUPERGRAPH_PATH, subgraphSchemaPath } from '../supergraph';

test('the committed supergraph is what the subgraph schemas compose to (run "npm run compose" if not)', () => {
  expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(composeSupergraph());
});

const DESCRIBED_KINDS = new Set<string>([
  Kind.OBJECT_TYPE_DEFINITION,
  Kind.FIELD_DEFINITION,
  Kind.INPUT_OBJECT_TYPE_DEFINITION,
  Kind.INPUT_VALUE_DEFINITION,
  Kind.ENUM_TYPE_DEFINITION,
  Kind.ENUM_VALUE_DEFINITION,
  Kind.SCALAR_TYPE_DEFINITION,
  Kind.INTERFACE_TYPE_DEFINITION,
  Kind.UNION_TYPE_DEFINITION,
]);

test.each(SUBGRAPHS.map((s) => s.name))('every type, field, argument and enum value of the %s subgraph has a description', (name) => {
  const missing: string[] = [];
  const path: string[] = [];
  visit(parse(readFileSync(subgraphSchemaPath(name), 'utf8')), {
    enter(node: ASTNode) {
      if (!('name' in node) || !node.name || !DESCRIBED_KINDS.has(node.kind)) return;
      path.push(node.name.value);
      if (!('description' in node) || !node.description?.value.trim()) missing.push(path.join('.'));
    },
    leave(node: ASTNode) {
      if ('name' in node && node.name && DESCRIBED_KINDS.has(node.kind)) path.pop();
    },
  });
  expect(missing).toEqual([]);
});

test.each(SUBGRAPHS.map((s) => s.name))('the %s schema starts with the federation @link', (name) => {
  expect(readFileSync(subgraphSchemaPath(name), 'utf8')).toMatch(/^extend schema\s+@link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+"/);
});

/**
 * Default deny, checked at review time: every root field (queries, mutations) and every field of an
 * entity (reachable through `_entities`) carries an access rule on itself or its type, unless it is
 * on this list of what the public may read.
 */
const PUBLIC_FIELDS = new Set([
  'Query.courts',
  'Query.verifyJudgment',
  'Query.courtSigningKeys',
  'Query.servicePoints',
  'Query.servicePoint',
  'Query.nearestServicePoints',
  'Query.verifyBriberyRecordCertificate',
  'Query.procuratorateSigningKeys',
]);
const ACCESS_DIRECTIVES = new Set(['authenticated', 'requiresScopes', 'policy']);

test.each(SUBGRAPHS.map((s) => s.name))('in the %s subgraph, every root and entity field has an access rule or is deliberately public', (name) => {
  const unguarded: string[] = [];
  const document = parse(readFileSync(subgraphSchemaPath(name), 'utf8'));
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const type = definition.name.value;
    const directives = (definition.directives ?? []).map((d) => d.name.value);
    // A `resolvable: false` key is a stub for references; `_entities` cannot reach it here.
    const resolvable = (definition.directives ?? []).some(
      (d) => d.name.value === 'key' && !(d.arguments ?? []).some((a) => a.name.value === 'resolvable' && a.value.kind === Kind.BOOLEAN && !a.value.value),
    );
    const entity = resolvable;
    if (!entity && type !== 'Query' && type !== 'Mutation') continue;
    const typeGuarded = directives.some((d) => ACCESS_DIRECTIVES.has(d));
    for (const field of definition.fields ?? []) {
      const fieldGuarded = (field.directives ?? []).some((d) => ACCESS_DIRECTIVES.has(d.name.value));
      const external = (field.directives ?? []).some((d) => d.name.value === 'external');
      if (!typeGuarded && !fieldGuarded && !external && !PUBLIC_FIELDS.has(`${type}.${field.name.value}`)) unguarded.push(`${type}.${field.name.value}`);
    }
  }
  expect(unguarded).toEqual([]);
});
