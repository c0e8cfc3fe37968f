/**
 * A lawyer reads only the cases they are admitted to: those named in their token, and those the
 * procuratorate admitted them to by approving a file-review application (律师阅卷). The gateway asks
 * the procuratorate subgraph for the latter (the lawyer's token subject is their practising
 * certificate number) and adds them to the identity it forwards.
 */
import { LAWYER_LICENSE_PATTERN } from '@hub/domain';
import { PUBLIC_IDENTITY, type Identity } from '@hub/subgraph-kit';

export const ADMISSIONS_QUERY = `query LawyerAdmissions($lawyerId: ID!) { lawyerAdmissions(lawyerId: $lawyerId) { case { id } } }`;

/** Who the gateway is when it looks admissions up: recorded as such in the procuratorate's access log. */
export const ADMISSIONS_LOOKUP_IDENTITY: Identity = {
  ...PUBLIC_IDENTITY,
  subject: 'hub-gateway',
  role: 'committee',
  purpose: 'lawyer admission check',
};

export type RunQuery = (query: string, variables: Record<string, unknown>, identity: Identity) => Promise<{ data?: Record<string, unknown> | null; errors?: readonly unknown[] }>;

const CACHE_MS = 60_000;

export function lawyerAdmissions(run: RunQuery, onError: (error: unknown) => void): (lawyer: Identity) => Promise<Identity> {
  const cache = new Map<string, { at: number; cases: Promise<string[]> }>();
  const lookUp = async (lawyerId: string): Promise<string[]> => {
    const result = await run(ADMISSIONS_QUERY, { lawyerId }, ADMISSIONS_LOOKUP_IDENTITY);
    const admissions = result.data?.lawyerAdmissions;
    if (result.errors?.length || !Array.isArray(admissions)) throw new Error('the procuratorate did not answer the admissions lookup');
    return admissions.map((admission: { case?: { id?: unknown } }) => admission.case?.id).filter((id): id is string => typeof id === 'string');
  };
  return async (lawyer) => {
    // Only a practising certificate number can have admissions; other subjects keep their token's cases.
    if (lawyer.role !== 'lawyer' || !LAWYER_LICENSE_PATTERN.test(lawyer.subject)) return lawyer;
    let entry = cache.get(lawyer.subject);
    if (!entry || Date.now() - entry.at > CACHE_MS) {
      entry = { at: Date.now(), cases: lookUp(lawyer.subject) };
      cache.set(lawyer.subject, entry);
      // A failed lookup is retried on the next request, not cached.
      entry.cases.catch(() => cache.delete(lawyer.subject));
    }
    try {
      const admitted = await entry.cases;
      return { ...lawyer, cases: [...new Set([...lawyer.cases, ...admitted])] };
    } catch (error) {
      // The procuratorate being down must not widen access: the token's own cases still apply.
      onError(error);
      return lawyer;
    }
  };
}
