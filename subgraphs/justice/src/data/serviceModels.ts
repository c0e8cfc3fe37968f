/**
 * The judicial offices' systems: offices (with their staff, villages and legal advisers embedded,
 * read together), community corrections, mediation committees (with their mediators) and
 * disputes, and yearly statistics computed at import. Each collection is keyed by the record's
 * own id, which is all the embedded engine answers from its primary key; the secondary indexes
 * serve the lists on a real MongoDB.
 */
import { Schema, type Connection, type Model } from 'mongoose';
import type {
  CorrectionCategory,
  CorrectionEventType,
  DisputeKind,
  LegalAidGround,
  LegalProfession,
  MediationCommitteeKind,
  MediationOutcome,
  MediationSource,
  OfficeStaffRole,
  ResponsibilityArea,
  StandardisationGrade,
  SupervisionLevel,
  TownKind,
} from '@hub/domain';
import type { TimelineEventDoc } from '@hub/subgraph-kit';

export interface OfficeStaffDoc {
  staffId: string;
  name: string;
  role: OfficeStaffRole;
  title: string;
  civilServant: boolean;
  since: number;
}

export interface ResponsibilityDoc {
  area: ResponsibilityArea;
  duty: string;
  basis: string;
  staffIds: string[];
}

export interface LegalAdviserDoc {
  adviserId: string;
  officeId: string;
  name: string;
  profession: LegalProfession;
  organisation: string;
  villages: string[];
  since: Date;
}

export interface VillageDoc {
  name: string;
  kind: 'VILLAGE' | 'COMMUNITY';
  adviserId: string;
}

export interface StarTitleDoc {
  stars: number;
  awardedYear: number;
}

/** A judicial office with everything an office page shows: staff, duties, villages, advisers. */
export interface JudicialOfficeDoc {
  _id: string;
  name: string;
  divisionCode: string;
  townCode: string;
  town: string;
  townKind: TownKind;
  address: string;
  phone: string;
  staff: OfficeStaffDoc[];
  standardisation: { grade: StandardisationGrade; assessedYear: number };
  star?: StarTitleDoc | null;
  responsibilities: ResponsibilityDoc[];
  villages: VillageDoc[];
  advisers: LegalAdviserDoc[];
}

export interface CorrectionEventDoc {
  at: Date;
  type: CorrectionEventType;
  title: string;
  documentNumber?: string | null;
  note?: string | null;
}

export interface CorrectionDoc {
  _id: string;
  caseId: string;
  personId: string;
  officeId: string;
  divisionCode: string;
  recordNumber: string;
  category: CorrectionCategory;
  judgmentId: string;
  courtCaseNumber: string;
  officerStaffId: string;
  startedAt: Date;
  plannedEndAt: Date;
  endedAt?: Date | null;
  status: 'UNDER_CORRECTIONS' | 'ENDED';
  supervisionLevel: SupervisionLevel;
  events: CorrectionEventDoc[];
}

export interface MediatorDoc {
  mediatorId: string;
  name: string;
  fullTime: boolean;
  since: number;
}

export interface MediationCommitteeDoc {
  _id: string;
  name: string;
  kind: MediationCommitteeKind;
  divisionCode: string;
  officeId?: string | null;
  stationedAt?: string | null;
  mediators: MediatorDoc[];
}

export interface MediationAgreementDoc {
  form: 'WRITTEN' | 'ORAL';
  number?: string | null;
  signedAt: Date;
  terms: string;
  amountYuan?: number | null;
  performed: boolean;
}

export interface CourtReferralDoc {
  courtCode: string;
  referredAt: Date;
  stage: 'PRE_FILING' | 'POST_FILING';
  civilCaseNumber?: string | null;
  returnedAt?: Date | null;
}

export interface JudicialConfirmationDoc {
  courtCode: string;
  caseNumber: string;
  appliedAt: Date;
  decidedAt?: Date | null;
  confirmed?: boolean | null;
}

export interface MediationCaseDoc {
  _id: string;
  committeeId: string;
  mediatorIds: string[];
  officeId: string;
  divisionCode: string;
  kind: DisputeKind;
  source: MediationSource;
  summary: string;
  parties: Array<{ role: 'APPLICANT' | 'RESPONDENT'; kind: 'PERSON' | 'ORGANISATION'; name: string }>;
  receivedAt: Date;
  concludedAt?: Date | null;
  outcome: MediationOutcome;
  agreement?: MediationAgreementDoc | null;
  courtReferral?: CourtReferralDoc | null;
  judicialConfirmation?: JudicialConfirmationDoc | null;
}

/** A legal-aid appointment, embedded in the justice file of its case (see models.ts). */
export interface LegalAidDoc {
  id: string;
  caseId: string;
  personId: string;
  courtCaseNumber: string;
  courtCode: string;
  centre: string;
  divisionCode: string;
  ground: LegalAidGround;
  lawyer: { name: string; lawFirm: string };
  appointedAt: Date;
  documentNumber: string;
  events: TimelineEventDoc[];
}

/** The figures `justiceStatistics` answers, per year and district (or 370300, the city). */
export interface StatisticsDoc {
  /** `<year>-<division code>`, e.g. `2018-370303` or `2018-370300`. */
  _id: string;
  year: number;
  divisionCode: string;
  offices: number;
  starOffices: number;
  disputesReceived: number;
  disputesMediated: number;
  disputesSettled: number;
  courtReferrals: number;
  judicialConfirmations: number;
  peopleUnderCorrections: number;
  correctionsIntakes: number;
  correctionsEnded: number;
  correctionWarnings: number;
  legalAidAppointments: number;
}

const sub = <T>(definition: ConstructorParameters<typeof Schema<T>>[0]) => new Schema<T>(definition, { _id: false });
const required = <T>(type: T) => ({ type, required: true });

const staffSchema = sub<OfficeStaffDoc>({
  staffId: required(String),
  name: required(String),
  role: required(String),
  title: required(String),
  civilServant: required(Boolean),
  since: required(Number),
});

const adviserSchema = sub<LegalAdviserDoc>({
  adviserId: required(String),
  officeId: required(String),
  name: required(String),
  profession: required(String),
  organisation: required(String),
  villages: { type: [String], default: [] },
  since: required(Date),
});

const officeSchema = new Schema<JudicialOfficeDoc>(
  {
    _id: required(String),
    name: required(String),
    divisionCode: required(String),
    townCode: required(String),
    town: required(String),
    townKind: required(String),
    address: required(String),
    phone: required(String),
    staff: { type: [staffSchema], default: [] },
    standardisation: required(sub({ grade: required(String), assessedYear: required(Number) })),
    star: sub<StarTitleDoc>({ stars: required(Number), awardedYear: required(Number) }),
    responsibilities: {
      type: [sub<ResponsibilityDoc>({ area: required(String), duty: required(String), basis: required(String), staffIds: { type: [String], default: [] } })],
      default: [],
    },
    villages: { type: [sub<VillageDoc>({ name: required(String), kind: required(String), adviserId: required(String) })], default: [] },
    advisers: { type: [adviserSchema], default: [] },
  },
  { collection: 'judicial_offices', versionKey: false },
);
officeSchema.index({ divisionCode: 1, _id: 1 });

const correctionSchema = new Schema<CorrectionDoc>(
  {
    _id: required(String),
    caseId: required(String),
    personId: required(String),
    officeId: required(String),
    divisionCode: required(String),
    recordNumber: required(String),
    category: required(String),
    judgmentId: required(String),
    courtCaseNumber: required(String),
    officerStaffId: required(String),
    startedAt: required(Date),
    plannedEndAt: required(Date),
    endedAt: Date,
    status: required(String),
    supervisionLevel: required(String),
    events: {
      type: [sub<CorrectionEventDoc>({ at: required(Date), type: required(String), title: required(String), documentNumber: String, note: String })],
      default: [],
    },
  },
  { collection: 'community_corrections', versionKey: false },
);
correctionSchema.index({ officeId: 1, startedAt: -1, _id: -1 });

const committeeSchema = new Schema<MediationCommitteeDoc>(
  {
    _id: required(String),
    name: required(String),
    kind: required(String),
    divisionCode: required(String),
    officeId: String,
    stationedAt: String,
    mediators: {
      type: [sub<MediatorDoc>({ mediatorId: required(String), name: required(String), fullTime: required(Boolean), since: required(Number) })],
      default: [],
    },
  },
  { collection: 'mediation_committees', versionKey: false },
);
committeeSchema.index({ officeId: 1 });
committeeSchema.index({ divisionCode: 1, _id: 1 });

const mediationCaseSchema = new Schema<MediationCaseDoc>(
  {
    _id: required(String),
    committeeId: required(String),
    mediatorIds: { type: [String], default: [] },
    officeId: required(String),
    divisionCode: required(String),
    kind: required(String),
    source: required(String),
    summary: required(String),
    parties: { type: [sub({ role: required(String), kind: required(String), name: required(String) })], default: [] },
    receivedAt: required(Date),
    concludedAt: Date,
    outcome: required(String),
    agreement: sub<MediationAgreementDoc>({
      form: required(String),
      number: String,
      signedAt: required(Date),
      terms: required(String),
      amountYuan: Number,
      performed: required(Boolean),
    }),
    courtReferral: sub<CourtReferralDoc>({
      courtCode: required(String),
      referredAt: required(Date),
      stage: required(String),
      civilCaseNumber: String,
      returnedAt: Date,
    }),
    judicialConfirmation: sub<JudicialConfirmationDoc>({
      courtCode: required(String),
      caseNumber: required(String),
      appliedAt: required(Date),
      decidedAt: Date,
      confirmed: Boolean,
    }),
  },
  { collection: 'mediation_cases', versionKey: false },
);
mediationCaseSchema.index({ receivedAt: -1, _id: -1 });
mediationCaseSchema.index({ officeId: 1, receivedAt: -1, _id: -1 });
mediationCaseSchema.index({ committeeId: 1, receivedAt: -1, _id: -1 });
mediationCaseSchema.index({ divisionCode: 1, receivedAt: -1, _id: -1 });

const statisticsSchema = new Schema<StatisticsDoc>(
  {
    _id: required(String),
    year: required(Number),
    divisionCode: required(String),
    offices: required(Number),
    starOffices: required(Number),
    disputesReceived: required(Number),
    disputesMediated: required(Number),
    disputesSettled: required(Number),
    courtReferrals: required(Number),
    judicialConfirmations: required(Number),
    peopleUnderCorrections: required(Number),
    correctionsIntakes: required(Number),
    correctionsEnded: required(Number),
    correctionWarnings: required(Number),
    legalAidAppointments: required(Number),
  },
  { collection: 'justice_statistics', versionKey: false },
);

export interface ServiceModels {
  JudicialOffice: Model<JudicialOfficeDoc>;
  Correction: Model<CorrectionDoc>;
  MediationCommittee: Model<MediationCommitteeDoc>;
  MediationCase: Model<MediationCaseDoc>;
  Statistics: Model<StatisticsDoc>;
}

export function createServiceModels(connection: Connection): ServiceModels {
  return {
    JudicialOffice: connection.model<JudicialOfficeDoc>('JudicialOffice', officeSchema),
    Correction: connection.model<CorrectionDoc>('Correction', correctionSchema),
    MediationCommittee: connection.model<MediationCommitteeDoc>('MediationCommittee', committeeSchema),
    MediationCase: connection.model<MediationCaseDoc>('MediationCase', mediationCaseSchema),
    Statistics: connection.model<StatisticsDoc>('Statistics', statisticsSchema),
  };
}
