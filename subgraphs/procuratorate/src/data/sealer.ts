/**
 * The procuratorate's sealing of personal data (the name and ID number of a person whose bribery
 * record is checked): the kit's protector under the procuratorate's own derived key.
 */
import { createProtector, loadPersonalDataKey, type PersonalDataProtector } from '@hub/subgraph-kit';

export type Sealer = PersonalDataProtector;
export { loadPersonalDataKey };

export function createSealer(masterKey: Buffer): Sealer {
  return createProtector(masterKey, 'hub procuratorate personal data encryption');
}
