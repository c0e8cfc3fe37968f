/**
 * The service lists (bribery-record checks, complaints): one read of the matching documents per
 * request — the embedded engine scans a collection for any filter anyway, and these collections
 * hold a few thousand small documents — then keyset paging in memory, newest first. Overdue flags
 * depend on the as-of instant, so complaints are filtered on them after the read.
 */
import type { QueryFilter } from 'mongoose';
import { ZIBO_PROCURATORATES, type BriberyCheckStatus, type ComplaintCategory, type IntakeChannel } from '@hub/domain';
import { badUserInput, checkPageSize, decodeCursor, encodeCursor } from '@hub/subgraph-kit';
import { complaintStatus, replyOverdue, resultOverdue, type ComplaintStatus } from './complaintState';
import type { BriberyCheckDoc, ComplaintDoc, ServiceModels } from './serviceModels';

export interface ConnectionParent<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

export type CheckConnectionParent = ConnectionParent<BriberyCheckDoc>;
export type ComplaintConnectionParent = ConnectionParent<ComplaintDoc> & { asOf: Date };

const CASE_ID = /^ZB\d{10}$/;
const SERVICE_ID = /^(XC|TS)\d{15}$/;

export function checkProcuratorateCode(code: string | null | undefined, argument: string): string | undefined {
  if (code == null) return undefined;
  if (!ZIBO_PROCURATORATES.some((p) => p.code === code)) {
    throw badUserInput(`${argument} must be the GB/T 2260 code of one of Zibo's procuratorates: ${ZIBO_PROCURATORATES.map((p) => p.code).join(', ')}.`, { argument });
  }
  return code;
}

function checkRange(from: Date | null | undefined, to: Date | null | undefined, names: [string, string]): { $gte?: Date; $lt?: Date } | undefined {
  if (from && to && from.getTime() > to.getTime()) throw badUserInput(`filter.${names[0]} must not be later than filter.${names[1]}.`, { argument: 'filter' });
  if (!from && !to) return undefined;
  return { ...(from ? { $gte: from } : {}), ...(to ? { $lt: to } : {}) };
}

/** Newest first, then by id: the order a cursor marks a position in. */
function page<T extends { _id: string }>(items: readonly T[], at: (item: T) => Date, kind: string, first: number | null | undefined, after: string | null | undefined): ConnectionParent<T> {
  const size = checkPageSize(first);
  const ordered = [...items].sort((a, b) => at(b).getTime() - at(a).getTime() || (a._id < b._id ? 1 : a._id > b._id ? -1 : 0));
  let start = 0;
  if (after) {
    const [millis, id] = decodeCursor(kind, after, 2) as [string, string];
    if (!/^\d{1,15}$/.test(millis) || !SERVICE_ID.test(id)) {
      throw badUserInput('"after" is not a cursor of this list; pass the endCursor or an edge cursor this field returned.', { argument: 'after' });
    }
    const position = Number(millis);
    start = ordered.findIndex((item) => at(item).getTime() < position || (at(item).getTime() === position && item._id < id));
    if (start < 0) start = ordered.length;
  }
  const slice = ordered.slice(start, start + size);
  const edges = slice.map((node) => ({ cursor: encodeCursor(kind, [String(at(node).getTime()), node._id]), node }));
  return { edges, pageInfo: { hasNextPage: start + size < ordered.length, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: ordered.length };
}

export interface CheckFilterInput {
  procuratorateCode?: string | null;
  status?: BriberyCheckStatus | null;
  appliedFrom?: Date | null;
  appliedTo?: Date | null;
}

export async function listChecks(
  services: ServiceModels,
  args: { filter?: CheckFilterInput | null; first?: number | null; after?: string | null },
): Promise<CheckConnectionParent> {
  const filter = args.filter ?? {};
  const code = checkProcuratorateCode(filter.procuratorateCode, 'filter.procuratorateCode');
  const applied = checkRange(filter.appliedFrom, filter.appliedTo, ['appliedFrom', 'appliedTo']);
  checkPageSize(args.first);
  const query: QueryFilter<BriberyCheckDoc> = {
    ...(code ? { procuratorateCode: code } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(applied ? { appliedAt: applied } : {}),
  };
  const docs = await services.BriberyCheck.find(query).lean<BriberyCheckDoc[]>().exec();
  return page(docs, (doc) => doc.appliedAt, 'checks.v1', args.first, args.after);
}

export interface ComplaintFilterInput {
  procuratorateCode?: string | null;
  channel?: IntakeChannel | null;
  category?: ComplaintCategory | null;
  status?: ComplaintStatus | null;
  overdue?: boolean | null;
  caseId?: string | null;
  receivedFrom?: Date | null;
  receivedTo?: Date | null;
}

export async function listComplaints(
  services: ServiceModels,
  asOf: Date,
  args: { filter?: ComplaintFilterInput | null; first?: number | null; after?: string | null },
): Promise<ComplaintConnectionParent> {
  const filter = args.filter ?? {};
  const code = checkProcuratorateCode(filter.procuratorateCode, 'filter.procuratorateCode');
  if (filter.caseId != null && !CASE_ID.test(filter.caseId)) throw badUserInput('filter.caseId must be a unified case id such as "ZB2017000123".', { argument: 'filter' });
  const received = checkRange(filter.receivedFrom, filter.receivedTo, ['receivedFrom', 'receivedTo']);
  checkPageSize(args.first);
  const query: QueryFilter<ComplaintDoc> = {
    ...(code ? { procuratorateCode: code } : {}),
    ...(filter.channel ? { channel: filter.channel } : {}),
    ...(filter.category ? { category: filter.category } : {}),
    ...(filter.caseId ? { caseId: filter.caseId } : {}),
    ...(received ? { receivedAt: received } : {}),
  };
  const docs = (await services.Complaint.find(query).lean<ComplaintDoc[]>().exec()).filter(
    (doc) =>
      (!filter.status || complaintStatus(doc) === filter.status) &&
      (filter.overdue == null || (replyOverdue(doc, asOf) || resultOverdue(doc, asOf)) === filter.overdue),
  );
  return { ...page(docs, (doc) => doc.receivedAt, 'complaints.v1', args.first, args.after), asOf };
}
