/**
 * What service staff record through the graph. Every write touches one document by its key
 * (single-document atomicity, no transactions); where two writes belong together (an approval and
 * the lawyer's admission) the one others depend on goes first, and the importer rebuilds the
 * admissions from the applications. Read-modify-write of a case's applications is guarded by the
 * document's revision and retried.
 */
import {
  SERVICE_TIME_LIMITS,
  addMonths,
  briberyCertificatePrefix,
  complaintDeadlines,
  complaintNumberPrefix,
  formatDocumentNumber,
  LAWYER_LICENSE_PATTERN,
  maskIdNumber,
  maskName,
  procuratorateByCode,
  type BriberyCheckPurpose,
  type ComplaintCategory,
  type ComplaintResult,
  type IntakeChannel,
  type PartyKind,
  type Procuratorate,
} from '@hub/domain';
import { badUserInput } from '@hub/subgraph-kit';
import type { ProcuratorateContext } from '../context';
import { nextSerial } from './counters';
import { checkProcuratorateCode } from './lists';
import type { BriberyCheckDoc, ComplaintDoc, FileReviewDoc, FileReviewFileDoc } from './serviceModels';
import { chinaYearOf } from '@hub/domain';
import * as valid from './validate';

const serial5 = (serial: number) => String(serial).padStart(5, '0');

function procuratorate(code: string, argument: string): Procuratorate {
  return procuratorateByCode(checkProcuratorateCode(code, argument) as string) as Procuratorate;
}

export interface CheckApplication {
  procuratorateCode: string;
  channel?: 'SERVICE_HALL' | 'ONLINE' | null;
  applicantKind: PartyKind;
  applicantName: string;
  applicantCreditCode?: string | null;
  purpose: BriberyCheckPurpose;
  purposeDetail: string;
  subjectKind: PartyKind;
  subjectName: string;
  subjectIdNumber?: string | null;
  subjectCreditCode?: string | null;
  lookBackYears?: number | null;
}

function subjectOf(input: CheckApplication, context: ProcuratorateContext): BriberyCheckDoc['subject'] {
  if (input.subjectKind === 'PERSON') {
    const name = valid.personName(input.subjectName, 'input.subjectName');
    const id = valid.idNumber(input.subjectIdNumber, 'input.subjectIdNumber');
    if (input.subjectCreditCode) throw badUserInput('input.subjectCreditCode is for an organisation subject; leave it out for a person.', { argument: 'input.subjectCreditCode' });
    return { kind: 'PERSON', name: maskName(name), maskedIdNumber: maskIdNumber(id), sealedName: context.sealer.seal(name), sealedIdNumber: context.sealer.seal(id) };
  }
  if (input.subjectIdNumber) throw badUserInput('input.subjectIdNumber is for a person subject; give an organisation\'s subjectCreditCode instead.', { argument: 'input.subjectIdNumber' });
  return { kind: 'ORGANISATION', name: valid.text(input.subjectName, 'input.subjectName', 100), creditCode: valid.creditCode(input.subjectCreditCode, 'input.subjectCreditCode') };
}

export async function applyForCheck(input: CheckApplication, context: ProcuratorateContext): Promise<BriberyCheckDoc> {
  const office = procuratorate(input.procuratorateCode, 'input.procuratorateCode');
  const applicantName =
    input.applicantKind === 'PERSON' ? maskName(valid.personName(input.applicantName, 'input.applicantName')) : valid.text(input.applicantName, 'input.applicantName', 100);
  const applicantCreditCode = valid.creditCode(input.applicantCreditCode, 'input.applicantCreditCode');
  const purposeDetail = valid.text(input.purposeDetail, 'input.purposeDetail', 200);
  const years = valid.integerInRange(input.lookBackYears, 'input.lookBackYears', 1, SERVICE_TIME_LIMITS.briberyCheckMaxLookBackYears, SERVICE_TIME_LIMITS.briberyCheckLookBackYears);
  const subject = subjectOf(input, context);
  const now = context.now();
  const year = chinaYearOf(now);
  const channel = input.channel ?? 'SERVICE_HALL';
  const doc: BriberyCheckDoc = {
    _id: `XC${office.code}${year}${serial5(await nextSerial(context.services, 'XC', office.code, year))}`,
    procuratorateCode: office.code,
    servicePointId: channel === 'SERVICE_HALL' ? `SH${office.code}` : null,
    channel,
    appliedAt: now,
    applicant: { kind: input.applicantKind, name: applicantName, creditCode: applicantCreditCode },
    purpose: input.purpose,
    purposeDetail,
    subject,
    periodFrom: addMonths(now, -12 * years),
    periodTo: now,
    status: 'PENDING',
  };
  await context.services.BriberyCheck.create(doc);
  return doc;
}

async function pendingCheck(checkId: string, context: ProcuratorateContext): Promise<BriberyCheckDoc> {
  valid.matching(checkId, valid.CHECK_ID, 'checkId', 'XC370303201800045');
  const check = await context.services.BriberyCheck.findById(checkId).lean<BriberyCheckDoc>().exec();
  if (!check) throw badUserInput(`There is no bribery-record check ${checkId}.`, { argument: 'checkId' });
  if (check.status !== 'PENDING') throw badUserInput(`Check ${checkId} is ${check.status}; only a PENDING check can be answered or refused.`, { argument: 'checkId' });
  return check;
}

/** Sets fields of a check that is still pending; a concurrent answer wins and this one is refused. */
async function settle(check: BriberyCheckDoc, changes: Partial<BriberyCheckDoc>, context: ProcuratorateContext): Promise<BriberyCheckDoc> {
  const result = await context.services.BriberyCheck.updateOne({ _id: check._id, status: 'PENDING' }, { $set: changes }).exec();
  if (result.matchedCount !== 1) throw badUserInput(`Check ${check._id} was settled meanwhile; reload it.`, { argument: 'checkId' });
  return { ...check, ...changes };
}

export async function issueCertificate(checkId: string, context: ProcuratorateContext): Promise<BriberyCheckDoc> {
  const check = await pendingCheck(checkId, context);
  const office = procuratorateByCode(check.procuratorateCode) as Procuratorate;
  const now = context.now();
  const year = chinaYearOf(now);
  const prefix = briberyCertificatePrefix(office);
  const certificateNumber = formatDocumentNumber({ prefix, year, serial: await nextSerial(context.services, 'CERT', prefix, year) });
  return settle(check, { status: 'ANSWERED', answeredAt: now, certificateNumber }, context);
}

export async function refuseCheck(checkId: string, reason: string, context: ProcuratorateContext): Promise<BriberyCheckDoc> {
  const check = await pendingCheck(checkId, context);
  return settle(check, { status: 'REFUSED', refusedAt: context.now(), refusalReason: valid.text(reason, 'reason', 200) }, context);
}

const MAX_RETRIES = 5;

/**
 * Changes the applications of one case: reads the document, applies `change`, writes it back only
 * if nobody wrote in between (revision), else tries again.
 */
async function changeApplications(
  caseId: string,
  context: ProcuratorateContext,
  change: (applications: readonly FileReviewDoc[]) => { applications: FileReviewDoc[]; changed: FileReviewDoc },
): Promise<FileReviewDoc> {
  const { FileReviewFile } = context.services;
  for (let attempt = 0; attempt < MAX_RETRIES; attempt++) {
    const file = await FileReviewFile.findById(caseId).lean<FileReviewFileDoc>().exec();
    const { applications, changed } = change(file?.applications ?? []);
    if (!file) {
      try {
        await FileReviewFile.create({ _id: caseId, applications, revision: 1 });
        return changed;
      } catch (error) {
        if ((error as { code?: unknown }).code === 11000) continue; // created meanwhile
        throw error;
      }
    }
    const result = await FileReviewFile.updateOne({ _id: caseId, revision: file.revision }, { $set: { applications, revision: file.revision + 1 } }).exec();
    if (result.matchedCount === 1) return changed;
  }
  throw new Error(`the file-review applications of ${caseId} kept changing; giving up after ${MAX_RETRIES} attempts`);
}

export interface FileReviewApplicationInput {
  caseId: string;
  lawyerId: string;
  lawyerName: string;
  lawFirm: string;
  clientPersonId: string;
}

export async function applyForFileReview(input: FileReviewApplicationInput, context: ProcuratorateContext): Promise<FileReviewDoc> {
  const caseId = valid.matching(input.caseId, valid.CASE_ID, 'input.caseId', 'ZB2017000123');
  const lawyerId = valid.matching(input.lawyerId, LAWYER_LICENSE_PATTERN, 'input.lawyerId', '13703201010123456');
  const lawyer = { lawyerId, name: valid.personName(input.lawyerName, 'input.lawyerName'), lawFirm: valid.text(input.lawFirm, 'input.lawFirm', 60) };
  const clientPersonId = valid.matching(input.clientPersonId, valid.PERSON_ID, 'input.clientPersonId', 'P00001234');
  const prosecution = await context.loaders.prosecutionByCaseId.load(caseId);
  if (!prosecution?.reviewStartedAt) {
    throw badUserInput(
      `The procuratorate holds no prosecution review of ${caseId}: a lawyer may read the file once the case was transferred for prosecution.`,
      { argument: 'input.caseId' },
    );
  }
  const now = context.now();
  return changeApplications(caseId, context, (applications) => {
    if (applications.some((a) => a.lawyer.lawyerId === lawyerId && (a.status === 'PENDING' || a.status === 'APPROVED'))) {
      throw badUserInput(`Lawyer ${lawyerId} already has a pending or approved application for ${caseId}.`, { argument: 'input.lawyerId' });
    }
    const changed: FileReviewDoc = {
      id: `${caseId}-R${applications.length + 1}`,
      caseId,
      procuratorateCode: prosecution.divisionCode,
      lawyer,
      clientPersonId,
      appliedAt: now,
      status: 'PENDING',
    };
    return { applications: [...applications, changed], changed };
  });
}

function decide(applicationId: string, context: ProcuratorateContext, apply: (application: FileReviewDoc) => FileReviewDoc): Promise<FileReviewDoc> {
  const match = valid.APPLICATION_ID.exec(applicationId);
  if (!match) throw badUserInput('applicationId must look like "ZB2017000123-R1".', { argument: 'applicationId' });
  return changeApplications(match[1] as string, context, (applications) => {
    const found = applications.find((a) => a.id === applicationId);
    if (!found) throw badUserInput(`There is no file-review application ${applicationId}.`, { argument: 'applicationId' });
    if (found.status !== 'PENDING') throw badUserInput(`Application ${applicationId} is ${found.status}; only a PENDING one can be decided.`, { argument: 'applicationId' });
    const changed = apply(found);
    return { applications: applications.map((a) => (a.id === applicationId ? changed : a)), changed };
  });
}

export interface AppointmentInput {
  at: Date;
  servicePointId: string;
  materials: readonly string[];
  electronic?: boolean | null;
}

export async function approveFileReview(applicationId: string, appointment: AppointmentInput, context: ProcuratorateContext): Promise<FileReviewDoc> {
  const point = await context.loaders.servicePoint(appointment.servicePointId);
  if (appointment.materials.length < 1 || appointment.materials.length > 30) {
    throw badUserInput('appointment.materials must list 1 to 30 materials, e.g. ["起诉意见书", "讯问笔录"].', { argument: 'appointment.materials' });
  }
  const materials = appointment.materials.map((m) => valid.text(m, 'appointment.materials', 40));
  const now = context.now();
  const approved = await decide(applicationId, context, (application) => {
    if (!point || point.procuratorateCode !== application.procuratorateCode) {
      throw badUserInput(`appointment.servicePointId must be a service point of the handling procuratorate, e.g. "SH${application.procuratorateCode}".`, {
        argument: 'appointment.servicePointId',
      });
    }
    if (appointment.at.getTime() < application.appliedAt.getTime()) {
      throw badUserInput('appointment.at must not be before the application.', { argument: 'appointment.at' });
    }
    return { ...application, status: 'APPROVED', decidedAt: now, appointment: { at: appointment.at, servicePointId: point._id, materials, electronic: appointment.electronic ?? true } };
  });
  // The admission follows the approval; a re-import rebuilds admissions from the applications.
  const { lawyerId, name, lawFirm } = approved.lawyer;
  await context.services.Lawyer.updateOne(
    { _id: lawyerId },
    { $setOnInsert: { name, lawFirm }, $push: { admissions: { caseId: approved.caseId, applicationId: approved.id, admittedAt: now } } },
    { upsert: true },
  ).exec();
  return approved;
}

export function refuseFileReview(applicationId: string, reason: string, context: ProcuratorateContext): Promise<FileReviewDoc> {
  const refusalReason = valid.text(reason, 'reason', 200);
  const now = context.now();
  return decide(applicationId, context, (application) => ({ ...application, status: 'REFUSED', decidedAt: now, refusalReason }));
}

export interface ComplaintRegistration {
  procuratorateCode: string;
  channel: IntakeChannel;
  servicePointId?: string | null;
  category: ComplaintCategory;
  summary: string;
  complainantKind: PartyKind;
  complainantName: string;
  caseId?: string | null;
  assignedDepartment?: string | null;
  handler?: string | null;
}

const IN_PERSON: readonly IntakeChannel[] = ['SERVICE_HALL', 'CONTACT_POINT', 'RESIDENT_OFFICE'];

async function intakePoint(input: ComplaintRegistration, office: Procuratorate, context: ProcuratorateContext): Promise<string | null> {
  if (!IN_PERSON.includes(input.channel)) {
    if (input.servicePointId) throw badUserInput(`input.servicePointId is only for complaints received in person (${IN_PERSON.join(', ')}).`, { argument: 'input.servicePointId' });
    return null;
  }
  const id = input.servicePointId ?? (input.channel === 'SERVICE_HALL' ? `SH${office.code}` : null);
  const point = await context.loaders.servicePoint(id);
  if (!point || point.procuratorateCode !== office.code || point.kind !== input.channel) {
    throw badUserInput(`input.servicePointId must be a ${input.channel} of procuratorate ${office.code} (see servicePoints).`, { argument: 'input.servicePointId' });
  }
  return point._id;
}

export async function registerComplaint(input: ComplaintRegistration, context: ProcuratorateContext): Promise<ComplaintDoc> {
  const office = procuratorate(input.procuratorateCode, 'input.procuratorateCode');
  const servicePointId = await intakePoint(input, office, context);
  const summary = valid.text(input.summary, 'input.summary', 200);
  const name =
    input.complainantKind === 'PERSON' ? maskName(valid.personName(input.complainantName, 'input.complainantName')) : valid.text(input.complainantName, 'input.complainantName', 100);
  const caseId = input.caseId == null ? null : valid.matching(input.caseId, valid.CASE_ID, 'input.caseId', 'ZB2017000123');
  const now = context.now();
  const year = chinaYearOf(now);
  const serial = await nextSerial(context.services, 'TS', office.code, year);
  const doc: ComplaintDoc = {
    _id: `TS${office.code}${year}${serial5(serial)}`,
    number: formatDocumentNumber({ prefix: complaintNumberPrefix(office), year, serial }),
    procuratorateCode: office.code,
    channel: input.channel,
    servicePointId,
    category: input.category,
    summary,
    complainant: { kind: input.complainantKind, name },
    caseId,
    receivedAt: now,
    assignedDepartment: valid.optionalText(input.assignedDepartment, 'input.assignedDepartment', 40) ?? (input.category === 'CONSULTATION' ? '检察服务中心' : '控告申诉检察部'),
    handler: valid.optionalText(input.handler, 'input.handler', 20) ?? '待分派',
    ...complaintDeadlines(now),
  };
  await context.services.Complaint.create(doc);
  return doc;
}

async function openComplaint(complaintId: string, context: ProcuratorateContext): Promise<ComplaintDoc> {
  valid.matching(complaintId, valid.COMPLAINT_ID, 'complaintId', 'TS370303201800012');
  const doc = await context.services.Complaint.findById(complaintId).lean<ComplaintDoc>().exec();
  if (!doc) throw badUserInput(`There is no complaint ${complaintId}.`, { argument: 'complaintId' });
  if (doc.concludedAt) throw badUserInput(`Complaint ${complaintId} is concluded already.`, { argument: 'complaintId' });
  return doc;
}

export async function replyToComplaint(complaintId: string, context: ProcuratorateContext): Promise<ComplaintDoc> {
  const doc = await openComplaint(complaintId, context);
  if (doc.repliedAt) throw badUserInput(`Complaint ${complaintId} was replied to already.`, { argument: 'complaintId' });
  const repliedAt = context.now();
  await context.services.Complaint.updateOne({ _id: complaintId }, { $set: { repliedAt } }).exec();
  return { ...doc, repliedAt };
}

export async function concludeComplaint(complaintId: string, result: ComplaintResult, summary: string, context: ProcuratorateContext): Promise<ComplaintDoc> {
  const doc = await openComplaint(complaintId, context);
  const now = context.now();
  const changes = { concludedAt: now, result, resultSummary: valid.text(summary, 'summary', 200), repliedAt: doc.repliedAt ?? now };
  await context.services.Complaint.updateOne({ _id: complaintId }, { $set: changes }).exec();
  return { ...doc, ...changes };
}
