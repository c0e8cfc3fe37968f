import { Schema, type Connection, type Model } from 'mongoose';
import { timelineEventSchema, type TimelineEventDoc } from '@hub/subgraph-kit';
import { createServiceModels, type LegalAidDoc, type ServiceModels } from './serviceModels';

/** A federation reference to a case or person: the id is all this subgraph needs. */
export interface CaseRef {
  id: string;
}
export interface PersonRef {
  id: string;
}

/** The execution of one person's sentence in prison or community corrections. */
export interface ExecutionDoc {
  caseId: string;
  personId: string;
  kind: 'PRISON' | 'COMMUNITY_CORRECTIONS';
  recordNumber: string;
  institutionName: string;
  divisionCode: string;
  startedAt: Date;
  /** Null for life imprisonment. */
  plannedEndAt: Date | null;
  endedAt?: Date | null;
  status: 'SERVING' | 'PAROLED' | 'RELEASED' | 'ENDED';
  events: TimelineEventDoc[];
}

/**
 * The justice administration's file of one case: the executions of its sentences and the legal-aid
 * appointments of its defendants embedded under the unified case id (read together, a handful per
 * case; read by key alone, which the embedded engine answers from its primary key).
 */
export interface ExecutionFileDoc {
  _id: string;
  executions: ExecutionDoc[];
  legalAid: LegalAidDoc[];
  /** All justice events of the case, oldest first. */
  events: TimelineEventDoc[];
}

const executionSchema = new Schema<ExecutionDoc>(
  {
    caseId: { type: String, required: true },
    personId: { type: String, required: true },
    kind: { type: String, required: true },
    recordNumber: { type: String, required: true },
    institutionName: { type: String, required: true },
    divisionCode: { type: String, required: true },
    startedAt: { type: Date, required: true },
    plannedEndAt: Date,
    endedAt: Date,
    status: { type: String, required: true },
    events: { type: [timelineEventSchema], default: [] },
  },
  { _id: false },
);

const legalAidSchema = new Schema<LegalAidDoc>(
  {
    id: { type: String, required: true },
    caseId: { type: String, required: true },
    personId: { type: String, required: true },
    courtCaseNumber: { type: String, required: true },
    courtCode: { type: String, required: true },
    centre: { type: String, required: true },
    divisionCode: { type: String, required: true },
    ground: { type: String, required: true },
    lawyer: { type: new Schema({ name: String, lawFirm: String }, { _id: false }), required: true },
    appointedAt: { type: Date, required: true },
    documentNumber: { type: String, required: true },
    events: { type: [timelineEventSchema], default: [] },
  },
  { _id: false },
);

const executionFileSchema = new Schema<ExecutionFileDoc>(
  {
    _id: { type: String, required: true },
    executions: { type: [executionSchema], default: [] },
    legalAid: { type: [legalAidSchema], default: [] },
    events: { type: [timelineEventSchema], default: [] },
  },
  { collection: 'execution_files', versionKey: false },
);
executionFileSchema.index({ 'executions.recordNumber': 1 });
executionFileSchema.index({ 'executions.personId': 1 });

export interface JusticeModels extends ServiceModels {
  ExecutionFile: Model<ExecutionFileDoc>;
}

export function createModels(connection: Connection): JusticeModels {
  return { ExecutionFile: connection.model<ExecutionFileDoc>('ExecutionFile', executionFileSchema), ...createServiceModels(connection) };
}
