import { DateTimeScalar } from '@hub/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import { CityMetrics } from './CityMetrics';
import {
  BriberyRecordCertificate,
  BriberyRecordCheck,
  CertificateFinding,
  CertificateQr,
  ProcuratorateSigningKey,
} from './BriberyRecordCheck';
import { Case } from './Case';
import { Complaint } from './Complaint';
import { DefenceLawyer, FileReviewApplication, FileReviewAppointment, LawyerAdmission } from './FileReview';
import { Mutation } from './Mutation';
import { Prosecution } from './Prosecution';
import { Query } from './Query';
import { ServicePoint } from './ServicePoint';

export const resolvers: Resolvers = {
  CityMetrics,
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Case,
  Prosecution,
  ServicePoint,
  BriberyRecordCheck,
  BriberyRecordCertificate,
  CertificateFinding,
  CertificateQr,
  ProcuratorateSigningKey,
  FileReviewApplication,
  FileReviewAppointment,
  DefenceLawyer,
  LawyerAdmission,
  Complaint,
};
