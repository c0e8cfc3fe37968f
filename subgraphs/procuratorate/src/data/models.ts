import { Schema, type Connection, type Model } from 'mongoose';
import { timelineEventSchema, type TimelineEventDoc } from '@hub/subgraph-kit';

/** A federation reference to a case: the id is all this subgraph needs. */
export interface CaseRef {
  id: string;
}

/**
 * The procuratorate's record of one case, keyed by the unified case id (read by key alone, which
 * the embedded engine answers from its primary key). Decisions are embedded: they are read together.
 */
export interface ProsecutionDoc {
  _id: string;
  number: string;
  procuratorateName: string;
  divisionCode: string;
  status: 'ARREST_REVIEW' | 'PROSECUTION_REVIEW' | 'SUPPLEMENTARY_INVESTIGATION' | 'INDICTED' | 'NOT_PROSECUTED';
  arrestDecision?: { decision: 'APPROVED' | 'DENIED'; decidedAt: Date; documentNumber: string } | null;
  reviewStartedAt?: Date | null;
  supplementaryInvestigations: number;
  indictment?: { documentNumber: string; indictedAt: Date; charges: string[] } | null;
  nonProsecution?: { documentNumber: string; decidedAt: Date; ground: 'STATUTORY' | 'DISCRETIONARY' | 'INSUFFICIENT_EVIDENCE' } | null;
  protest?: { documentNumber: string; protestedAt: Date } | null;
  events: TimelineEventDoc[];
}

const prosecutionSchema = new Schema<ProsecutionDoc>(
  {
    _id: { type: String, required: true },
    number: { type: String, required: true, unique: true },
    procuratorateName: { type: String, required: true },
    divisionCode: { type: String, required: true },
    status: { type: String, required: true },
    arrestDecision: new Schema({ decision: String, decidedAt: Date, documentNumber: String }, { _id: false }),
    reviewStartedAt: Date,
    supplementaryInvestigations: { type: Number, required: true, min: 0, max: 2 },
    indictment: new Schema({ documentNumber: String, indictedAt: Date, charges: [String] }, { _id: false }),
    nonProsecution: new Schema({ documentNumber: String, decidedAt: Date, ground: String }, { _id: false }),
    protest: new Schema({ documentNumber: String, protestedAt: Date }, { _id: false }),
    events: { type: [timelineEventSchema], default: [] },
  },
  { collection: 'prosecutions', versionKey: false },
);
prosecutionSchema.index({ divisionCode: 1, status: 1 });

export interface ProcuratorateModels {
  Prosecution: Model<ProsecutionDoc>;
}

export function createModels(connection: Connection): ProcuratorateModels {
  return { Prosecution: connection.model<ProsecutionDoc>('Prosecution', prosecutionSchema) };
}
