import { createByIdLoader } from '@hub/subgraph-kit';
import type { ProcuratorateModels, ProsecutionDoc } from './models';
import {
  EXPORT_META_ID,
  type BriberyCheckDoc,
  type ComplaintDoc,
  type FileReviewFileDoc,
  type LawyerDoc,
  type ServiceMetaDoc,
  type ServiceModels,
  type ServicePointDoc,
} from './serviceModels';

export type ProcuratorateLoaders = ReturnType<typeof createLoaders>;

/** Memoises one read for the life of the request. */
function once<T>(read: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= read());
}

/** Fresh per request, so nothing cached outlives the request that asked for it. */
export function createLoaders(models: ProcuratorateModels, services: ServiceModels) {
  // The service points are few (about a hundred): one read gives them all, by id too.
  const allServicePoints = once(() => services.ServicePoint.find({}).lean<ServicePointDoc[]>().exec());
  const servicePointsById = once(async () => new Map((await allServicePoints()).map((point) => [point._id, point])));
  return {
    prosecutionByCaseId: createByIdLoader<ProsecutionDoc>((filter) => models.Prosecution.find(filter).lean<ProsecutionDoc[]>().exec()),
    fileReviewsByCaseId: createByIdLoader<FileReviewFileDoc>((filter) => services.FileReviewFile.find(filter).lean<FileReviewFileDoc[]>().exec()),
    lawyerById: createByIdLoader<LawyerDoc>((filter) => services.Lawyer.find(filter).lean<LawyerDoc[]>().exec()),
    checkById: createByIdLoader<BriberyCheckDoc>((filter) => services.BriberyCheck.find(filter).lean<BriberyCheckDoc[]>().exec()),
    complaintById: createByIdLoader<ComplaintDoc>((filter) => services.Complaint.find(filter).lean<ComplaintDoc[]>().exec()),
    allServicePoints,
    servicePoint: async (id: string | null | undefined): Promise<ServicePointDoc | null> => (id ? ((await servicePointsById()).get(id) ?? null) : null),
    /** The as-of instant of the imported data, or null when none was imported. */
    exportAsOf: once(async () => (await services.ServiceMeta.findById(EXPORT_META_ID).lean<ServiceMetaDoc>().exec())?.asOf ?? null),
  };
}
