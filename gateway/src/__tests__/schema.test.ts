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
