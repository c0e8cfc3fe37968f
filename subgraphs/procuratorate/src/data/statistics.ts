/**
 * The service figures the hub's metrics need, computed cheaply: two reads (checks, complaints),
 * each limited to the year and projected to the few fields that count. Definitions are in the
 * schema's descriptions of ProcuratorateServiceStatistics.
 */
import { SERVICE_TIME_LIMITS, addDays } from '@hub/domain';
import { badUserInput } from '@hub/subgraph-kit';
import { checkProcuratorateCode } from './lists';
import type { BriberyCheckDoc, ComplaintDoc, ServiceModels } from './serviceModels';

export interface ServiceStatistics {
  year: number;
  procuratorateCode: string | null;
  briberyRecordChecksReceived: number;
  briberyRecordChecksAnswered: number;
  complaintsReceived: number;
  complaintsRepliedWithin7Days: number;
  complaintsRepliedWithin7DaysShare: number | null;
}

/** Midnight of 1 January of a year in China. */
const yearStart = (year: number) => new Date(`${year}-01-01T00:00:00+08:00`);

const within = (at: Date | null | undefined, from: Date, to: Date) => !!at && at.getTime() >= from.getTime() && at.getTime() < to.getTime();

/** Of a year's complaints, those whose procedural reply came within the 7 days. */
export function repliedWithin7Days(complaint: Pick<ComplaintDoc, 'receivedAt' | 'repliedAt'>): boolean {
  return !!complaint.repliedAt && complaint.repliedAt.getTime() <= addDays(complaint.receivedAt, SERVICE_TIME_LIMITS.complaintReplyDays).getTime();
}

export async function serviceStatistics(services: ServiceModels, year: number, divisionCode: string | null | undefined): Promise<ServiceStatistics> {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badUserInput('"year" must be a calendar year from 2000 to 2100, e.g. 2018.', { argument: 'year' });
  const code = checkProcuratorateCode(divisionCode, 'divisionCode');
  const from = yearStart(year);
  const to = yearStart(year + 1);
  const byCode = code ? { procuratorateCode: code } : {};
  const [checks, complaints] = await Promise.all([
    services.BriberyCheck.find({ ...byCode, $or: [{ appliedAt: { $gte: from, $lt: to } }, { answeredAt: { $gte: from, $lt: to } }] }, { appliedAt: 1, answeredAt: 1, status: 1 })
      .lean<Array<Pick<BriberyCheckDoc, 'appliedAt' | 'answeredAt' | 'status'>>>()
      .exec(),
    services.Complaint.find({ ...byCode, receivedAt: { $gte: from, $lt: to } }, { receivedAt: 1, repliedAt: 1 })
      .lean<Array<Pick<ComplaintDoc, 'receivedAt' | 'repliedAt'>>>()
      .exec(),
  ]);
  const replied = complaints.filter(repliedWithin7Days).length;
  return {
    year,
    procuratorateCode: code ?? null,
    briberyRecordChecksReceived: checks.filter((check) => within(check.appliedAt, from, to)).length,
    briberyRecordChecksAnswered: checks.filter((check) => check.status === 'ANSWERED' && within(check.answeredAt, from, to)).length,
    complaintsReceived: complaints.length,
    complaintsRepliedWithin7Days: replied,
    complaintsRepliedWithin7DaysShare: complaints.length > 0 ? replied / complaints.length : null,
  };
}
