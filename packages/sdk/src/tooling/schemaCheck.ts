/**
 * Breaking changes between two versions of the graph, as clients see it (the API schema of each
 * supergraph). The diff is @graphql-inspector/core's; this module only decides what may pass and
 * words each finding for the engineer who has to fix it.
 *
 * The rule is "deprecate first, remove later": removing a field, enum value, input field or
 * argument that was already `@deprecated` in the base schema passes; every other change that
 * inspector rates BREAKING fails.
 */
import {
  ChangeType,
  CriticalityLevel,
  DiffRule,
  diff,
  type Change,
  type Rule,
} from '@graphql-inspector/core';
import { isInterfaceType, isObjectType } from 'graphql';
import { apiSchemaOf } from './apiSchema';

export interface SchemaFinding {
  /** Inspector's change type, e.g. FIELD_REMOVED. */
  type: string;
  /** Where, e.g. `Case.stage` or `Query.cases.first`. */
  path: string;
  /** One human-readable line saying what changed and what to do instead. */
  message: string;
}

export interface SchemaComparison {
  /** Changes that break existing clients: the check fails on any. */
  breaking: SchemaFinding[];
  /** Changes that pass but deserve a look: removals after deprecation, new enum values, … */
  dangerous: SchemaFinding[];
  /** How many other (safe) changes there are. */
  safeCount: number;
}

/** Removing an argument that was deprecated in the base schema is the same two-step path as a field. */
const suppressRemovalOfDeprecatedArgument: Rule = ({ changes, oldSchema }) =>
  changes.map((change) => {
    if (change.type !== ChangeType.FieldArgumentRemoved || change.criticality.level !== CriticalityLevel.Breaking) return change;
    const { typeName, fieldName, removedFieldArgumentName } = (change as Change<typeof ChangeType.FieldArgumentRemoved>).meta;
    const type = oldSchema?.getType(typeName);
    const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[fieldName] : undefined;
    const argument = field?.args.find((a) => a.name === removedFieldArgumentName);
    if (!argument?.deprecationReason) return change;
    return { ...change, criticality: { ...change.criticality, level: CriticalityLevel.Dangerous } };
  });

const RULES: Rule[] = [DiffRule.suppressRemovalOfDeprecatedField, suppressRemovalOfDeprecatedArgument];

/** Compares two schemas (supergraph or plain SDL): every change, sorted by severity. */
export async function compareSchemas(baseSdl: string, currentSdl: string): Promise<SchemaComparison> {
  const changes = await diff(apiSchemaOf(baseSdl), apiSchemaOf(currentSdl), RULES);
  const comparison: SchemaComparison = { breaking: [], dangerous: [], safeCount: 0 };
  for (const change of changes) {
    const finding = { type: String(change.type), path: change.path ?? '', message: describe(change) };
    if (change.criticality.level === CriticalityLevel.Breaking) comparison.breaking.push(finding);
    else if (change.criticality.level === CriticalityLevel.Dangerous) comparison.dangerous.push(finding);
    else comparison.safeCount += 1;
  }
  return comparison;
}

/** The changes from `baseSdl` to `currentSdl` that would break existing clients. */
export async function findBreakingChanges(baseSdl: string, currentSdl: string): Promise<SchemaFinding[]> {
  return (await compareSchemas(baseSdl, currentSdl)).breaking;
}

const DEPRECATE_FIRST = 'deprecate it with @deprecated(reason: …) and remove it in a later change';

function describe(change: Change): string {
  const breaking = change.criticality.level === CriticalityLevel.Breaking;
  switch (change.type) {
    case ChangeType.FieldRemoved: {
      const { typeName, removedFieldName } = (change as Change<typeof ChangeType.FieldRemoved>).meta;
      return removal(`${typeName}.${removedFieldName}`, breaking);
    }
    case ChangeType.EnumValueRemoved: {
      const { enumName, removedEnumValueName } = (change as Change<typeof ChangeType.EnumValueRemoved>).meta;
      return removal(`${enumName}.${removedEnumValueName}`, breaking);
    }
    case ChangeType.InputFieldRemoved: {
      const { inputName, removedFieldName } = (change as Change<typeof ChangeType.InputFieldRemoved>).meta;
      return removal(`${inputName}.${removedFieldName}`, breaking);
    }
    case ChangeType.FieldArgumentRemoved: {
      const { typeName, fieldName, removedFieldArgumentName } = (change as Change<typeof ChangeType.FieldArgumentRemoved>).meta;
      return removal(`The argument ${removedFieldArgumentName} of ${typeName}.${fieldName}`, breaking);
    }
    case ChangeType.FieldTypeChanged: {
      const { typeName, fieldName, oldFieldType, newFieldType } = (change as Change<typeof ChangeType.FieldTypeChanged>).meta;
      if (!breaking) break;
      return (
        `${typeName}.${fieldName} changed type from ${oldFieldType} to ${newFieldType} — clients that read it expect ${oldFieldType}; ` +
        `add a new field with the new type, deprecate this one and remove it in a later change`
      );
    }
    case ChangeType.FieldArgumentTypeChanged: {
      const { typeName, fieldName, argumentName, oldArgumentType, newArgumentType } = (change as Change<typeof ChangeType.FieldArgumentTypeChanged>).meta;
      if (!breaking) break;
      if (newArgumentType === `${oldArgumentType}!`) {
        return (
          `The argument ${argumentName} of ${typeName}.${fieldName} became required (${oldArgumentType} → ${newArgumentType}) — ` +
          `queries that omit it would fail; keep it optional and give it a default value instead`
        );
      }
      return (
        `The argument ${argumentName} of ${typeName}.${fieldName} changed type from ${oldArgumentType} to ${newArgumentType} — ` +
        `queries that pass the old type would fail; add a new argument next to it and deprecate the old one`
      );
    }
    case ChangeType.FieldArgumentAdded: {
      const { typeName, fieldName, addedArgumentName, addedArgumentType } = (change as Change<typeof ChangeType.FieldArgumentAdded>).meta;
      if (!breaking) break;
      return (
        `${typeName}.${fieldName} gained the required argument ${addedArgumentName}: ${addedArgumentType} — ` +
        `existing queries do not pass it; make it nullable or give it a default value`
      );
    }
    case ChangeType.InputFieldAdded: {
      const { inputName, addedInputFieldName, addedInputFieldType } = (change as Change<typeof ChangeType.InputFieldAdded>).meta;
      if (!breaking) break;
      return (
        `${inputName}.${addedInputFieldName} was added as a required input field (${addedInputFieldType}) — ` +
        `existing variables do not have it; make it nullable or give it a default value`
      );
    }
    case ChangeType.InputFieldTypeChanged: {
      const { inputName, inputFieldName, oldInputFieldType, newInputFieldType } = (change as Change<typeof ChangeType.InputFieldTypeChanged>).meta;
      if (!breaking) break;
      return (
        `${inputName}.${inputFieldName} changed type from ${oldInputFieldType} to ${newInputFieldType} — ` +
        `existing variables may no longer be accepted; add a new input field next to it and deprecate the old one`
      );
    }
    case ChangeType.TypeRemoved: {
      const { removedTypeName } = (change as Change<typeof ChangeType.TypeRemoved>).meta;
      return breaking
        ? `The type ${removedTypeName} was removed — queries and fragments that name it would fail; deprecate the fields that return it first`
        : `The type ${removedTypeName} was removed (nothing left refers to it)`;
    }
    case ChangeType.TypeKindChanged: {
      const { typeName, oldTypeKind, newTypeKind } = (change as Change<typeof ChangeType.TypeKindChanged>).meta;
      return `${typeName} changed from ${kindName(oldTypeKind)} to ${kindName(newTypeKind)} — queries written for the old kind would fail; add a new type instead`;
    }
    case ChangeType.UnionMemberRemoved: {
      const { unionName, removedUnionMemberTypeName } = (change as Change<typeof ChangeType.UnionMemberRemoved>).meta;
      return `${removedUnionMemberTypeName} was removed from the union ${unionName} — fragments on it inside ${unionName} would fail`;
    }
    case ChangeType.ObjectTypeInterfaceRemoved: {
      const { objectTypeName, removedInterfaceName } = (change as Change<typeof ChangeType.ObjectTypeInterfaceRemoved>).meta;
      return `${objectTypeName} no longer implements ${removedInterfaceName} — fragments on ${removedInterfaceName} would no longer match it`;
    }
    case ChangeType.EnumValueAdded: {
      const { enumName, addedEnumValueName } = (change as Change<typeof ChangeType.EnumValueAdded>).meta;
      return `${enumName}.${addedEnumValueName} was added — clients that switch over ${enumName} should handle unknown values`;
    }
    default:
      break;
  }
  const reason = change.criticality.reason ? ` — ${change.criticality.reason}` : '';
  return `${change.message}${reason}`;
}

function removal(what: string, breaking: boolean): string {
  return breaking
    ? `${what} was removed without a deprecation first — ${DEPRECATE_FIRST}`
    : `${what} was removed after its deprecation (allowed)`;
}

function kindName(kind: string): string {
  return kind.replace(/TypeDefinition$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() || kind;
}

/** What to do when the check fails, printed after the list. */
export const BREAKING_ADVICE = [
  'Existing clients of the hub would break. Make the change additive instead:',
  '  1. add the new field, argument or enum value next to the old one;',
  '  2. mark the old one @deprecated(reason: "Use … instead.") in its subgraph\'s schema.graphql and run "npm run compose";',
  '  3. remove it in a later change, once clients have moved (removing what is already deprecated passes this check).',
  'New arguments and input fields must be optional or have a default. See docs/developer-guide.md, "Schema change rules".',
].join('\n');

/** The check's whole report, for the CLI. */
export function formatComparison(comparison: SchemaComparison, against: string): string {
  const lines: string[] = [];
  const { breaking, dangerous, safeCount } = comparison;
  if (breaking.length > 0) {
    lines.push(`${breaking.length} breaking change${breaking.length === 1 ? '' : 's'} in the graph compared with ${against}:`);
    for (const finding of breaking) lines.push(`  ✗ ${finding.message}`);
  } else {
    const total = safeCount + dangerous.length;
    lines.push(`No breaking change in the graph compared with ${against}: ${total === 0 ? 'no change at all' : `${total} change${total === 1 ? '' : 's'}, none breaking`}.`);
  }
  if (dangerous.length > 0) {
    lines.push('To look at (these pass):');
    for (const finding of dangerous) lines.push(`  ! ${finding.message}`);
  }
  if (breaking.length > 0) lines.push('', BREAKING_ADVICE);
  return lines.join('\n');
}
