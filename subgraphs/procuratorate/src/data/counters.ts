/**
 * Number series the procuratorate hands out itself (check ids, certificate numbers, complaint
 * numbers): one counter document per series and year, advanced atomically by key. The importer
 * sets each counter to at least the last serial of the imported data.
 */
import type { ServiceModels } from './serviceModels';

export type Series = 'XC' | 'TS' | 'CERT';

/** e.g. `seq:XC:370303:2019`, `seq:CERT:淄张检行查:2019`. */
export function counterId(series: Series, issuer: string, year: number): string {
  return `seq:${series}:${issuer}:${year}`;
}

/** The next serial of a series: one atomic update of one document, read by its key. */
export async function nextSerial(models: ServiceModels, series: Series, issuer: string, year: number): Promise<number> {
  const doc = await models.ServiceMeta.findOneAndUpdate(
    { _id: counterId(series, issuer, year) },
    { $inc: { seq: 1 } },
    { upsert: true, returnDocument: 'after' },
  )
    .lean()
    .exec();
  if (!doc?.seq) throw new Error('a counter did not advance');
  return doc.seq;
}
