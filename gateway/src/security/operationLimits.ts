/**
 * Refuses expensive operations before anything runs (OWASP GraphQL cheat
 * sheet): depth, aliases, root fields and an estimated cost. Variables are not known at validation
 * time, so a `first` given by a variable counts as the largest page (100).
 */
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type GraphQLNamedType,
  type GraphQLSchema,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxRootFields: number;
  maxCost: number;
}

const LARGEST_PAGE = 100;
/** A list without `first` (a case's events, court cases…) is short; assume this many items. */
const UNPAGED_LIST_ITEMS = 10;

const limitError = (message: string) => new GraphQLError(message, { extensions: { code: 'OPERATION_LIMIT_EXCEEDED' } });

interface Walk {
  depth: number;
  aliases: number;
  cost: number;
}

function pageSize(field: FieldNode): number | null {
  const first = field.arguments?.find((argument) => argument.name.value === 'first');
  if (!first) return null;
  if (first.value.kind === Kind.INT) return Math.min(LARGEST_PAGE, Math.max(1, Number(first.value.value)));
  return LARGEST_PAGE;
}

interface Scope {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  into: Walk;
  visiting: Set<string>;
}

/** Whether a field of `parent` returns a list (unknown fields count as single: validation reports them). */
function fieldInfo(parent: GraphQLNamedType | undefined, name: string): { list: boolean; type: GraphQLNamedType | undefined } {
  if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) return { list: false, type: undefined };
  const field = parent.getFields()[name];
  if (!field) return { list: false, type: undefined };
  return { list: isListType(getNullableType(field.type)), type: getNamedType(field.type) };
}

function walk(selectionSet: SelectionSetNode, parent: GraphQLNamedType | undefined, depth: number, multiplier: number, scope: Scope): void {
  const { into } = scope;
  into.depth = Math.max(into.depth, depth);
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.alias) into.aliases += 1;
      into.cost += multiplier;
      if (selection.selectionSet) {
        const info = fieldInfo(parent, selection.name.value);
        // A connection's `edges` are the page its field already counted.
        const items = pageSize(selection) ?? (info.list && selection.name.value !== 'edges' ? UNPAGED_LIST_ITEMS : 1);
        walk(selection.selectionSet, info.type, depth + 1, multiplier * items, scope);
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? scope.schema.getType(selection.typeCondition.name.value) ?? undefined : parent;
      walk(selection.selectionSet, type, depth, multiplier, scope);
    } else {
      const name = selection.name.value;
      const fragment = scope.fragments[name];
      // A fragment spread inside itself is invalid anyway (NoFragmentCycles); do not loop on it.
      if (!fragment || scope.visiting.has(name)) continue;
      scope.visiting.add(name);
      walk(fragment.selectionSet, scope.schema.getType(fragment.typeCondition.name.value) ?? undefined, depth, multiplier, scope);
      scope.visiting.delete(name);
    }
  }
}

/** What is wrong with an operation, in plain words; empty when it is within the limits. */
export function operationLimitProblems(document: DocumentNode, operation: OperationDefinitionNode, schema: GraphQLSchema, limits: OperationLimits): string[] {
  const problems: string[] = [];
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const rootFields = operation.selectionSet.selections.length;
  if (rootFields > limits.maxRootFields) problems.push(`Too many root fields: ${rootFields}; at most ${limits.maxRootFields} per operation.`);
  const totals: Walk = { depth: 0, aliases: 0, cost: 0 };
  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  walk(operation.selectionSet, root ?? undefined, 1, 1, { schema, fragments, into: totals, visiting: new Set() });
  if (totals.depth > limits.maxDepth) problems.push(`The operation is ${totals.depth} levels deep; at most ${limits.maxDepth} are allowed.`);
  if (totals.aliases > limits.maxAliases) problems.push(`The operation uses ${totals.aliases} aliases; at most ${limits.maxAliases} are allowed.`);
  if (totals.cost > limits.maxCost) {
    problems.push(`The operation's estimated cost is ${totals.cost}; at most ${limits.maxCost} is allowed. Ask for fewer items per page or fewer nested lists.`);
  }
  return problems;
}

/**
 * Checks each operation once it is parsed and validated, before any subgraph is asked. (A
 * validation rule would do the same, but Apollo Server relabels its errors GRAPHQL_VALIDATION_FAILED;
 * clients should see OPERATION_LIMIT_EXCEEDED.)
 */
export function operationLimitsPlugin<TContext extends BaseContext>(limits: OperationLimits): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, schema }) {
          if (!operation) return;
          const problems = operationLimitProblems(document, operation, schema, limits);
          if (problems.length > 0) {
            throw new GraphQLError(problems.join(' '), { extensions: { code: 'OPERATION_LIMIT_EXCEEDED', http: { status: 400 } } });
          }
        },
      };
    },
  };
}
