/** docs/schema-reference.md: every part of the API schema, described, with the subgraphs that resolve it. */
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { apiSchemaOf, readSupergraph } from '../tooling/apiSchema';
import { ownershipOf, renderSchemaReference } from '../tooling/schemaReference';

const supergraph = readSupergraph();
const reference = renderSchemaReference(supergraph);

test('every type, field and enum value of the API schema is in it with its description', () => {
  const schema = apiSchemaOf(supergraph);
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
    const root = type.name === 'Query' || type.name === 'Mutation';
    if (!root) expect(reference).toContain(`### ${type.name}\n`);
    if (type.description) expect(reference).toContain(type.description.trim().split('\n')[0]!.replace(/\|/g, '\\|'));
    const members = isObjectType(type) || isInterfaceType(type) || isInputObjectType(type) ? Object.keys(type.getFields()) : isEnumType(type) ? type.getValues().map((v) => v.name) : [];
    for (const member of members) {
      expect(reference).toMatch(root ? `### ${type.name}.${member}\n` : `| \`${member}\` |`);
    }
  }
  expect(reference).not.toMatch(/join__|link__/);
});

test('it names the subgraph that resolves each field, from the join__ directives', () => {
  const ownership = ownershipOf(supergraph);
  expect(ownership.subgraphs).toEqual(expect.arrayContaining(['cases', 'police', 'procuratorate', 'court', 'justice']));
  expect(ownership.members.get('Case.policeCase')).toEqual(['police']);
  expect(ownership.members.get('Case.timeline')).toEqual(['cases']);
  expect(ownership.requires.get('Case.timeline')).toEqual(['policeEvents', 'procuratorateEvents', 'courtEvents', 'justiceEvents']);
  expect(ownership.members.get('Query.courts')).toEqual(['court']);
  expect(ownership.keys.get('Case')).toEqual(['id']);
  expect(reference).toMatch(/\| `policeCase` \| \[`PoliceCase`\]\(#policecase\) \| police \|/);
  expect(reference).toContain('Resolved by: court.');
});

test('a plain schema renders too, with deprecations and defaults', () => {
  const markdown = renderSchemaReference(`
    """Root."""
    type Query {
      """Things."""
      things("""How many.""" first: Int = 20): [Thing!]!
    }
    """A thing | with a pipe."""
    type Thing {
      """Old."""
      old: String @deprecated(reason: "Use new.")
      """New,
      on two lines."""
      new: String
    }
  `);
  expect(markdown).toContain('| `first` | `Int` | `20` | How many. |');
  expect(markdown).toContain('A thing | with a pipe.');
  expect(markdown).toContain('| `old` | `String` |  | Old.<br>**Deprecated:** Use new. |');
  expect(markdown).toContain('New,<br>on two lines.');
});
