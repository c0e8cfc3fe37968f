import type { QueryFilter } from 'mongoose';
import { CASE_STAGES, type CaseStage } from '@hub/domain';
import { badUserInput, checkPageSize, decodeCursor, encodeCursor } from '@hub/subgraph-kit';
import type { CaseDoc, CasesModels } from './models';

export interface CaseFilterInput {
  stage?: CaseStage | null;
  courtCode?: string | null;
  personId?: string | null;
  divisionCode?: string | null;
  filedFrom?: Date | null;
  filedTo?: Date | null;
}

export interface CaseConnectionParent {
  edges: Array<{ cursor: string; node: CaseDoc }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** Counted only when a client asks for it: it is a second database command. */
  countTotal(): Promise<number>;
}

const CURSOR_KIND = 'cases.v1';
const COURT_CODE = /^(最高法|[\u4e00-\u9fa5])(\d{2}|\d{4})?$/u;
const PERSON_ID = /^P\d{8}$/;
const DIVISION_CODE = /^\d{6}$/;
const CASE_ID = /^ZB\d{10}$/;

/** Turns the validated filter into a query of plain values: no operator can come from input. */
export function caseFilterQuery(filter: CaseFilterInput | null | undefined): QueryFilter<CaseDoc> {
  const query: QueryFilter<CaseDoc> = {};
  if (!filter) return query;
  const { stage, courtCode, personId, divisionCode, filedFrom, filedTo } = filter;
  if (stage != null) {
    if (!CASE_STAGES.includes(stage)) throw badUserInput(`filter.stage must be one of ${CASE_STAGES.join(', ')}.`);
    query.stage = stage;
  }
  if (courtCode != null) {
    if (!COURT_CODE.test(courtCode)) throw badUserInput('filter.courtCode must be a court code such as "鲁0303" (basic), "鲁03" (intermediate) or "鲁" (high).');
    query.courtCodes = courtCode;
  }
  if (personId != null) {
    if (!PERSON_ID.test(personId)) throw badUserInput('filter.personId must be a person id such as "P00001234".');
    query['parties.personId'] = personId;
  }
  if (divisionCode != null) {
    if (!DIVISION_CODE.test(divisionCode)) throw badUserInput('filter.divisionCode must be a 6-digit GB/T 2260 code such as "370303".');
    query.divisionCode = divisionCode;
  }
  if (filedFrom && filedTo && filedFrom.getTime() > filedTo.getTime()) {
    throw badUserInput('filter.filedFrom must not be later than filter.filedTo.');
  }
  if (filedFrom || filedTo) query.filedAt = { ...(filedFrom ? { $gte: filedFrom } : {}), ...(filedTo ? { $lt: filedTo } : {}) };
  return query;
}

function cursorOf(doc: CaseDoc): string {
  return encodeCursor(CURSOR_KIND, [String(doc.filedAt.getTime()), doc._id]);
}

/** The position after which the next page starts, in the list's order (filedAt desc, id desc). */
function afterCursor(after: string): QueryFilter<CaseDoc> {
  const [millis, id] = decodeCursor(CURSOR_KIND, after, 2) as [string, string];
  if (!/^\d{1,15}$/.test(millis) || !CASE_ID.test(id)) {
    throw badUserInput('"after" is not a cursor of this list; pass the endCursor or an edge cursor this field returned.', { argument: 'after' });
  }
  const filedAt = new Date(Number(millis));
  return { $or: [{ filedAt: { $lt: filedAt } }, { filedAt, _id: { $lt: id } }] };
}

/** One page of cases with keyset paging: one query for the page (+1 to know whether more follow). */
export async function listCases(
  models: CasesModels,
  args: { filter?: CaseFilterInput | null; first?: number | null; after?: string | null },
): Promise<CaseConnectionParent> {
  const pageSize = checkPageSize(args.first);
  const filter = caseFilterQuery(args.filter);
  const query = args.after ? { $and: [filter, afterCursor(args.after)] } : filter;
  const docs = await models.Case.find(query)
    .sort({ filedAt: -1, _id: -1 })
    .limit(pageSize + 1)
    .lean<CaseDoc[]>()
    .exec();
  const page = docs.slice(0, pageSize);
  const edges = page.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    pageInfo: { hasNextPage: docs.length > pageSize, endCursor: edges.at(-1)?.cursor ?? null },
    countTotal: () => models.Case.countDocuments(filter).exec(),
  };
}
