/**
 * Who in the hub a procuratorate's bribery-record check is about. The procuratorate holds the
 * subject's name and resident ID number and hands them over through the gateway (@requires, on
 * fields that are not in the public graph); this subgraph finds the person by the keyed digest of
 * the ID number (a read by primary key) and accepts them only if the name matches too. Nothing
 * here logs or returns the name or the number.
 */
import { validateIdNumber } from '@hub/domain';
import type { CasesContext } from '../context';

/** A check as the gateway represents it to this subgraph. */
export interface CheckSubjectRepresentation {
  id: string;
  subjectName?: string | null;
  subjectIdNumber?: string | null;
}

export async function subjectPersonIds(check: CheckSubjectRepresentation, { loaders, protector, access }: CasesContext): Promise<string[]> {
  const name = check.subjectName?.trim();
  const validated = check.subjectIdNumber ? validateIdNumber(check.subjectIdNumber) : null;
  if (!name || !validated?.ok) return [];
  const entry = await loaders.personByIdDigest.load(protector.idNumberDigest(validated.idNumber));
  const person = entry ? await loaders.personById.load(entry.personId) : null;
  if (!person) return [];
  let storedName: string;
  try {
    storedName = protector.open(person.sealedName);
  } catch {
    return [];
  }
  if (storedName !== name) return [];
  // The match read a person's identity: it belongs in the access log like any other look.
  access.note({ kind: 'person', id: person._id }, 'READ');
  return [person._id];
}
