/**
 * docs/schema-reference.md (`npm run schema:docs`, scripts/schema-reference.mjs): the graph as
 * clients see it — every type, field, argument and enum value of the API schema with its
 * description — and which subgraph resolves each, read from the supergraph's join__ directives.
 */
import {
  astFromValue,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  isTypeDefinitionNode,
  isUnionType,
  Kind,
  parse,
  print,
  getNamedType,
  type ConstDirectiveNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType, type GraphQLObjectType } from 'graphql';
import { apiSchemaOf, isSupergraph } from './apiSchema';

/** Which subgraphs define each type, field and enum value (names as in join__Graph's @join__graph). */
export interface Ownership {
  /** All subgraph names, in the supergraph's order. */
  subgraphs: string[];
  /** Type name → subgraphs that define it. */
  types: Map<string, string[]>;
  /** Type name → its entity keys per subgraph, e.g. `id`. */
  keys: Map<string, string[]>;
  /** `Type.field` (or `Enum.VALUE`) → subgraphs that resolve it. */
  members: Map<string, string[]>;
  /** `Type.field` → the fields of its type it needs from other subgraphs (`@requires`). */
  requires: Map<string, string[]>;
}

function argument(directive: ConstDirectiveNode, name: string): string | boolean | undefined {
  const value = directive.arguments?.find((a) => a.name.value === name)?.value;
  if (!value) return undefined;
  if (value.kind === Kind.ENUM || value.kind === Kind.STRING) return value.value;
  if (value.kind === Kind.BOOLEAN) return value.value;
  return undefined;
}

const directivesNamed = (node: { directives?: readonly ConstDirectiveNode[] }, name: string) =>
  (node.directives ?? []).filter((d) => d.name.value === name);

/** Reads the join__ directives of a supergraph SDL; empty for a plain schema. */
export function ownershipOf(sdl: string): Ownership {
  const ownership: Ownership = { subgraphs: [], types: new Map(), keys: new Map(), members: new Map(), requires: new Map() };
  if (!isSupergraph(sdl)) return ownership;
  const document = parse(sdl);
  const graphNames = new Map<string, string>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'join__Graph') {
      for (const value of definition.values ?? []) {
        const [graph] = directivesNamed(value, 'join__graph');
        const name = graph ? argument(graph, 'name') : undefined;
        graphNames.set(value.name.value, typeof name === 'string' ? name : value.name.value.toLowerCase());
      }
    }
  }
  ownership.subgraphs = [...graphNames.values()];
  const graphOf = (directive: ConstDirectiveNode) => {
    const graph = argument(directive, 'graph');
    return typeof graph === 'string' ? graphNames.get(graph) : undefined;
  };
  for (const definition of document.definitions) {
    if (!isTypeDefinitionNode(definition)) continue;
    const typeName = definition.name.value;
    if (typeName.startsWith('join__') || typeName.startsWith('link__')) continue;
    const typeDirectives = directivesNamed(definition, 'join__type');
    const owners = unique(typeDirectives.map(graphOf));
    if (owners.length === 0) continue;
    ownership.types.set(typeName, owners);
    const keys = unique(typeDirectives.map((d) => argument(d, 'key')).map((k) => (typeof k === 'string' ? k : undefined)));
    if (keys.length > 0) ownership.keys.set(typeName, keys);
    const fields =
      definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.INTERFACE_TYPE_DEFINITION || definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION
        ? definition.fields ?? []
        : [];
    for (const field of fields) {
      const joins = directivesNamed(field, 'join__field');
      const resolving = joins.filter((d) => argument(d, 'external') !== true);
      // No @join__field: every subgraph that defines the type defines the field.
      const fieldOwners = joins.length === 0 ? owners : unique(resolving.map(graphOf));
      ownership.members.set(`${typeName}.${field.name.value}`, fieldOwners.length > 0 ? fieldOwners : owners);
      const requires = unique(resolving.map((d) => argument(d, 'requires')).flatMap((r) => (typeof r === 'string' ? topLevelFields(r) : [])));
      if (requires.length > 0) ownership.requires.set(`${typeName}.${field.name.value}`, requires);
    }
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION) {
      for (const value of definition.values ?? []) {
        const valueOwners = unique(directivesNamed(value, 'join__enumValue').map(graphOf));
        ownership.members.set(`${typeName}.${value.name.value}`, valueOwners.length > 0 ? valueOwners : owners);
      }
    }
  }
  return ownership;
}

/** The top-level field names of a field set such as `a { x } b`. */
function topLevelFields(fieldSet: string): string[] {
  const [operation] = parse(`{ ${fieldSet} }`).definitions;
  if (operation?.kind !== Kind.OPERATION_DEFINITION) return [];
  return operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
}

function unique(values: Array<string | undefined>): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === 'string'))];
}

const anchor = (typeName: string) => typeName.toLowerCase();

/** A type reference as code, linked to the named type's section unless it is a built-in scalar. */
function typeRef(type: GraphQLType): string {
  const named = getNamedType(type);
  const code = '`' + String(type) + '`';
  return isSpecifiedScalarType(named) ? code : `[${code}](#${anchor(named.name)})`;
}

/** A description made safe for one table cell. */
function cell(text: string | null | undefined): string {
  if (!text) return '';
  return text.trim().replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

function deprecation(reason: string | null | undefined): string {
  return reason == null ? '' : `**Deprecated:** ${reason}`;
}

function joinCells(...parts: string[]): string {
  return parts.filter((p) => p.length > 0).join('<br>');
}

function defaultValue(input: GraphQLArgument | GraphQLInputField): string {
  if (input.defaultValue === undefined) return '';
  const ast = astFromValue(input.defaultValue, input.type);
  return ast ? '`' + print(ast) + '`' : '';
}

function owners(list: string[] | undefined): string {
  return list && list.length > 0 ? list.join(', ') : '';
}

function argumentsCell(args: readonly GraphQLArgument[]): string {
  return args
    .map((a) => {
      const def = defaultValue(a);
      return `\`${a.name}\`: ${typeRef(a.type)}${def ? ` = ${def}` : ''}${a.description ? ` — ${cell(a.description)}` : ''}${a.deprecationReason != null ? ` (deprecated: ${cell(a.deprecationReason)})` : ''}`;
    })
    .join('<br>');
}

function fieldRow(typeName: string, field: GraphQLField<unknown, unknown>, ownership: Ownership): string {
  const args = field.args.length > 0 ? joinCells('Arguments:', argumentsCell(field.args)) : '';
  const key = `${typeName}.${field.name}`;
  const requires = ownership.requires.get(key);
  const resolvedBy = owners(ownership.members.get(key)) + (requires ? ` (using ${requires.map((r) => `\`${r}\``).join(', ')})` : '');
  return `| \`${field.name}\` | ${typeRef(field.type)} | ${resolvedBy} | ${joinCells(cell(field.description), cell(deprecation(field.deprecationReason)), args)} |`;
}

/** The root fields of queries or mutations, one heading each (`### Query.case`, `### Mutation.approveFileReview`). */
function rootSection(root: GraphQLObjectType | null | undefined, title: string, ownership: Ownership): string[] {
  if (!root) return [];
  const lines = [`## ${title}`, '', cell(root.description).replace(/<br>/g, ' '), ''];
  for (const field of Object.values(root.getFields())) {
    const signature = field.args.length > 0 ? `(${field.args.map((a) => `${a.name}: ${String(a.type)}`).join(', ')})` : '';
    lines.push(`### ${root.name}.${field.name}`, '', '```graphql', `${field.name}${signature}: ${String(field.type)}`, '```', '');
    if (field.description) lines.push(field.description.trim(), '');
    if (field.deprecationReason != null) lines.push(deprecation(field.deprecationReason), '');
    lines.push(`Returns ${typeRef(field.type)}. Resolved by: ${owners(ownership.members.get(`${root.name}.${field.name}`)) || 'the gateway'}.`, '');
    if (field.args.length > 0) {
      lines.push('| Argument | Type | Default | Description |', '| --- | --- | --- | --- |');
      for (const a of field.args) {
        lines.push(`| \`${a.name}\` | ${typeRef(a.type)} | ${defaultValue(a)} | ${joinCells(cell(a.description), cell(deprecation(a.deprecationReason)))} |`);
      }
      lines.push('');
    }
  }
  return lines;
}

function typeHeader(type: GraphQLNamedType, ownership: Ownership): string[] {
  const lines = [`### ${type.name}`, ''];
  if (type.description) lines.push(type.description.trim(), '');
  const typeOwners = ownership.types.get(type.name);
  const keys = ownership.keys.get(type.name);
  const facts: string[] = [];
  if (typeOwners) facts.push(`Subgraphs: ${typeOwners.join(', ')}.`);
  if (keys) {
    const keyText = keys.map((k) => `\`${k}\``).join(', ');
    facts.push((typeOwners?.length ?? 0) > 1 ? `Entity (key ${keyText}): each of these subgraphs adds fields, the gateway joins them.` : `Entity (key ${keyText}).`);
  }
  if (isObjectType(type) && type.getInterfaces().length > 0) facts.push(`Implements ${type.getInterfaces().map((i) => typeRef(i)).join(', ')}.`);
  if (facts.length > 0) lines.push(facts.join(' '), '');
  return lines;
}

function typeSection(schema: GraphQLSchema, type: GraphQLNamedType, ownership: Ownership): string[] {
  const lines = typeHeader(type, ownership);
  if (isObjectType(type) || isInterfaceType(type)) {
    if (isInterfaceType(type)) {
      const implementations = schema.getPossibleTypes(type);
      if (implementations.length > 0) lines.push(`Implemented by ${implementations.map((t) => typeRef(t)).join(', ')}.`, '');
    }
    lines.push('| Field | Type | Resolved by | Description |', '| --- | --- | --- | --- |');
    for (const field of Object.values(type.getFields())) lines.push(fieldRow(type.name, field, ownership));
    lines.push('');
  } else if (isInputObjectType(type)) {
    lines.push('| Field | Type | Default | Description |', '| --- | --- | --- | --- |');
    for (const field of Object.values(type.getFields())) {
      lines.push(`| \`${field.name}\` | ${typeRef(field.type)} | ${defaultValue(field)} | ${joinCells(cell(field.description), cell(deprecation(field.deprecationReason)))} |`);
    }
    lines.push('');
  } else if (isEnumType(type)) {
    lines.push('| Value | Description |', '| --- | --- |');
    for (const value of type.getValues()) {
      lines.push(`| \`${value.name}\` | ${joinCells(cell(value.description), cell(deprecation(value.deprecationReason)))} |`);
    }
    lines.push('');
  } else if (isUnionType(type)) {
    lines.push(`One of ${type.getTypes().map((t) => typeRef(t)).join(', ')}.`, '');
  } else if (isScalarType(type) && type.specifiedByURL) {
    lines.push(`Specified by <${type.specifiedByURL}>.`, '');
  }
  return lines;
}

const GROUPS: Array<{ title: string; test: (t: GraphQLNamedType) => boolean }> = [
  { title: 'Object types', test: isObjectType },
  { title: 'Interfaces', test: isInterfaceType },
  { title: 'Unions', test: isUnionType },
  { title: 'Input types', test: isInputObjectType },
  { title: 'Enums', test: isEnumType },
  { title: 'Scalars', test: isScalarType },
];

/** The whole reference as Markdown, from a supergraph SDL (or a plain schema SDL, without ownership). */
export function renderSchemaReference(sdl: string, source = 'schema/supergraph.graphql'): string {
  const schema = apiSchemaOf(sdl);
  const ownership = ownershipOf(sdl);
  const rootNames = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean).map((t) => t!.name));
  const types = Object.values(schema.getTypeMap())
    .filter((t) => !t.name.startsWith('__') && !rootNames.has(t.name) && !isSpecifiedScalarType(t))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));

  const lines: string[] = [
    '# Schema reference',
    '',
    `<!-- Generated by \`npm run schema:docs\` from ${source}; do not edit by hand. -->`,
    '',
    `The hub's graph as clients see it at the gateway's \`/graphql\`: the API schema of [\`${source}\`](../${source}),`,
    'without the federation internals. "Resolved by" names the subgraph (service) that answers a field; an entity',
    'such as `Case` is assembled by the gateway from the fields every subgraph adds to it. See the',
    '[developer guide](developer-guide.md) for paging, errors and the rules for changing the schema.',
    '',
  ];
  if (ownership.subgraphs.length > 0) lines.push(`Subgraphs: ${ownership.subgraphs.map((s) => `\`${s}\``).join(', ')}.`, '');
  lines.push('## Contents', '', '- [Queries](#queries)');
  if (schema.getMutationType()) lines.push('- [Mutations](#mutations)');
  for (const group of GROUPS) {
    const members = types.filter(group.test);
    if (members.length > 0) lines.push(`- ${group.title}: ${members.map((t) => `[${t.name}](#${anchor(t.name)})`).join(', ')}`);
  }
  lines.push('', ...rootSection(schema.getQueryType(), 'Queries', ownership), ...rootSection(schema.getMutationType(), 'Mutations', ownership));
  for (const group of GROUPS) {
    const members = types.filter(group.test);
    if (members.length === 0) continue;
    lines.push(`## ${group.title}`, '');
    for (const type of members) lines.push(...typeSection(schema, type, ownership));
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
