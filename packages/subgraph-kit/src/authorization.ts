/**
 * Enforces the access rules a subgraph declares in its SDL with Federation's `@authenticated`,
 * `@requiresScopes` and `@policy` directives. The gateway (@apollo/gateway) enforces none of them,
 * so every subgraph does, on every field, whoever calls it.
 *
 * Semantics follow Federation: `@requiresScopes(scopes: [["a", "b"], ["c"]])` passes when the caller
 * has a and b, or c; `@policy` likewise over named policies. A directive on a type applies to each of
 * its fields; a field's own directives apply too (both must pass). A refused field resolves to an
 * error with code FORBIDDEN: null in the answer, and the rest of the answer still arrives.
 */
import { defaultFieldResolver, GraphQLError, Kind, type ConstArgumentNode, type DirectiveNode, type DocumentNode, type GraphQLFieldResolver } from 'graphql';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { isAgencyRole, type AgencyRole, type Identity } from './identity';

/** Scopes follow from the role; `person:identity` only from an explicit right in the token. */
const ROLE_SCOPES: Record<Identity['role'], readonly string[]> = {
  police: ['case:read', 'case:search', 'person:read'],
  procuratorate: ['case:read', 'case:search', 'person:read'],
  court: ['case:read', 'case:search', 'person:read'],
  justice: ['case:read', 'case:search', 'person:read'],
  committee: ['case:read', 'case:search', 'person:read', 'access-log:read'],
  lawyer: ['case:read'],
  citizen: [],
  public: [],
};

// Rules are checked on every guarded field of an answer: each request's identity is expanded once.
const scopeSets = new WeakMap<Identity, ReadonlySet<string>>();

export function scopesOf(identity: Identity): ReadonlySet<string> {
  let scopes = scopeSets.get(identity);
  if (!scopes) {
    scopes = new Set([...ROLE_SCOPES[identity.role], ...identity.rights]);
    scopeSets.set(identity, scopes);
  }
  return scopes;
}

/** Who or what a guarded object is about, for row-level rules and the access log. */
export interface Subject {
  kind: 'case' | 'person';
  id: string;
}

export interface AccessContext {
  identity: Identity;
  /** Notes each read of, or refused attempt at, case or person data for the access log. */
  access: { note(subject: Subject, outcome: 'READ' | 'REFUSED'): void };
}

export type Policy = (identity: Identity, subject: Subject | null) => boolean;

const agencyOfRecord =
  (agency: AgencyRole): Policy =>
  (identity, subject) =>
    identity.role === agency || identity.role === 'committee' || (identity.role === 'lawyer' && subject?.kind === 'case' && identity.cases.includes(subject.id));

/**
 * The hub's policies (DESIGN.md §7). An agency officer reads their agency's records in full and
 * the other agencies' part of a case at timeline level; the committee reads all; a lawyer only the
 * cases they are admitted to; a citizen their own person record and its access log; the public
 * nothing but what carries no directive (judgment verification, the key list, the court list).
 */
export const POLICIES: Record<string, Policy> = {
  case_timeline: (identity, subject) =>
    isAgencyRole(identity.role) || identity.role === 'committee' || (identity.role === 'lawyer' && subject?.kind === 'case' && identity.cases.includes(subject.id)),
  police_record: agencyOfRecord('police'),
  procuratorate_record: agencyOfRecord('procuratorate'),
  court_record: agencyOfRecord('court'),
  justice_record: agencyOfRecord('justice'),
  person_record: (identity, subject) =>
    isAgencyRole(identity.role) || identity.role === 'committee' || (identity.role === 'citizen' && subject?.kind === 'person' && identity.person === subject.id),
  access_log_reader: (identity, subject) => identity.role === 'committee' || (identity.role === 'citizen' && subject?.kind === 'person' && identity.person === subject.id),
};

/** Plain words for each policy, for the FORBIDDEN message. */
const POLICY_WORDS: Record<string, string> = {
  case_timeline: 'agency officers, the committee and lawyers admitted to the case',
  police_record: 'the police, the committee and lawyers admitted to the case',
  procuratorate_record: 'the procuratorate, the committee and lawyers admitted to the case',
  court_record: 'the courts, the committee and lawyers admitted to the case',
  justice_record: 'the justice administration, the committee and lawyers admitted to the case',
  person_record: 'agency officers, the committee and the person concerned',
  access_log_reader: 'the committee and the person concerned',
};

interface Rule {
  authenticated: boolean;
  /** OR of AND-groups. */
  scopes: string[][];
  policies: string[][];
}

const EMPTY_RULE: Rule = { authenticated: false, scopes: [], policies: [] };

function nestedStrings(argument: ConstArgumentNode | undefined): string[][] {
  if (!argument || argument.value.kind !== Kind.LIST) return [];
  return argument.value.values.map((group) =>
    group.kind === Kind.LIST ? group.values.flatMap((value) => (value.kind === Kind.STRING ? [value.value] : [])) : [],
  );
}

function ruleOf(directives: readonly DirectiveNode[] | undefined): Rule {
  const rule: Rule = { authenticated: false, scopes: [], policies: [] };
  for (const directive of directives ?? []) {
    const args = directive.arguments as readonly ConstArgumentNode[] | undefined;
    if (directive.name.value === 'authenticated') rule.authenticated = true;
    if (directive.name.value === 'requiresScopes') rule.scopes = nestedStrings(args?.find((a) => a.name.value === 'scopes'));
    if (directive.name.value === 'policy') rule.policies = nestedStrings(args?.find((a) => a.name.value === 'policies'));
  }
  return rule;
}

const isEmpty = (rule: Rule) => !rule.authenticated && rule.scopes.length === 0 && rule.policies.length === 0;

/** The rules of every field, `Type.field` → [type rule, field rule], from the SDL. */
export function accessRules(typeDefs: DocumentNode): Map<string, Rule[]> {
  const typeRules = new Map<string, Rule[]>();
  const fields = new Map<string, string[]>();
  const fieldRules = new Map<string, Rule>();
  for (const definition of typeDefs.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const type = definition.name.value;
    const rule = ruleOf(definition.directives);
    if (!isEmpty(rule)) typeRules.set(type, [...(typeRules.get(type) ?? []), rule]);
    for (const field of definition.fields ?? []) {
      fields.set(type, [...(fields.get(type) ?? []), field.name.value]);
      const own = ruleOf(field.directives);
      if (!isEmpty(own)) fieldRules.set(`${type}.${field.name.value}`, own);
    }
  }
  const rules = new Map<string, Rule[]>();
  for (const [type, names] of fields) {
    for (const name of names) {
      const all = [...(typeRules.get(type) ?? []), fieldRules.get(`${type}.${name}`) ?? EMPTY_RULE].filter((rule) => !isEmpty(rule));
      if (all.length > 0) rules.set(`${type}.${name}`, all);
    }
  }
  return rules;
}

export type SubjectOf = (typeName: string, parent: unknown, args: Record<string, unknown>) => Subject | null;

/** Agency records stored under the unified case id as `_id`. */
const CASE_KEYED_TYPES = new Set(['PoliceCase', 'Prosecution']);

/**
 * Case data carries its case id as `caseId` (court cases, judgments, executions…), a Case entity as
 * `id` (or `_id` in the cases subgraph's own documents), the police and prosecution records as
 * `_id`; a person is `id` or `_id`. Anything else (a service point, a bribery-record check) is
 * about no case or person.
 */
export const defaultSubjectOf: SubjectOf = (typeName, parent) => {
  if (typeof parent !== 'object' || parent === null) return null;
  const record = parent as Record<string, unknown>;
  if (typeName === 'Person') {
    const id = record.id ?? record._id;
    return typeof id === 'string' ? { kind: 'person', id } : null;
  }
  const caseId = record.caseId ?? (typeName === 'Case' ? (record.id ?? record._id) : CASE_KEYED_TYPES.has(typeName) ? record._id : undefined);
  return typeof caseId === 'string' ? { kind: 'case', id: caseId } : null;
};

function passes(rule: Rule, identity: Identity, subject: Subject | null): boolean {
  if (rule.authenticated && identity.role === 'public') return false;
  if (rule.scopes.length > 0) {
    const scopes = scopesOf(identity);
    if (!rule.scopes.some((group) => group.every((scope) => scopes.has(scope)))) return false;
  }
  if (rule.policies.length > 0) {
    const allowed = rule.policies.some((group) =>
      group.every((name) => {
        const policy = POLICIES[name];
        if (!policy) throw new Error(`The SDL names an unknown policy "${name}"`);
        return policy(identity, subject);
      }),
    );
    if (!allowed) return false;
  }
  return true;
}

function refusal(field: string, rules: Rule[]): GraphQLError {
  const policies = rules.flatMap((rule) => rule.policies.flat());
  const who = policies.map((name) => POLICY_WORDS[name]).find(Boolean);
  const scopes = rules.flatMap((rule) => rule.scopes.flat());
  const needs = who ? `it is for ${who}` : scopes.length > 0 ? `it needs the scope ${scopes.join(' or ')}` : 'it needs a login';
  return new GraphQLError(`Not allowed to read ${field}: ${needs}.`, { extensions: { code: 'FORBIDDEN' } });
}

type AnyResolver = GraphQLFieldResolver<unknown, AccessContext, Record<string, unknown>>;

/**
 * Wraps the resolvers of every guarded field (adding one where the default resolver was used) so
 * the rule is checked before the field is read, and each read of or refusal on a case or a person
 * is noted for the access log.
 */
export function withAccessRules<TContext>(
  typeDefs: DocumentNode,
  resolvers: GraphQLResolverMap<TContext>,
  subjectOf: SubjectOf = defaultSubjectOf,
): GraphQLResolverMap<TContext> {
  const rules = accessRules(typeDefs);
  const wrapped: Record<string, Record<string, unknown>> = {};
  for (const [type, fields] of Object.entries(resolvers as Record<string, Record<string, unknown>>)) wrapped[type] = { ...fields };
  for (const [key, fieldRules] of rules) {
    const [type, field] = key.split('.') as [string, string];
    const typeResolvers = (wrapped[type] ??= {});
    const original = (typeResolvers[field] as AnyResolver | undefined) ?? (defaultFieldResolver as AnyResolver);
    const guarded: AnyResolver = (parent, args, context, info) => {
      const subject = subjectOf(type, parent, args);
      const failed = fieldRules.find((rule) => !passes(rule, context.identity, subject));
      if (subject) context.access.note(subject, failed ? 'REFUSED' : 'READ');
      // The message names the rule that failed (a field's own rule may be stricter than its type's).
      if (failed) throw refusal(key, [failed]);
      return original(parent, args, context, info);
    };
    typeResolvers[field] = guarded;
  }
  return wrapped as GraphQLResolverMap<TContext>;
}
