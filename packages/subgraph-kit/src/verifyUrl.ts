import { z } from 'zod';
import { DEFAULT_GATEWAY_PORT } from './config';

const verifyBaseUrlSchema = z
  .string()
  .url('must be an absolute URL')
  .refine((value) => /^https?:\/\//i.test(value), 'must be an http(s) URL')
  .refine((value) => !value.includes('?') && !value.includes('#'), 'must not contain a query or fragment: the code is appended as ?c=…');

/**
 * VERIFY_BASE_URL: the verification page a signed QR code opens (judgments, certificates). The
 * default is the gateway's `/verify` on GATEWAY_PORT; a bad value is reported, never replaced.
 */
export function readVerifyBaseUrl(env: NodeJS.ProcessEnv): { ok: true; url: string } | { ok: false; problem: string } {
  const parsed = verifyBaseUrlSchema.safeParse(env.VERIFY_BASE_URL ?? `http://localhost:${env.GATEWAY_PORT ?? DEFAULT_GATEWAY_PORT}/verify`);
  return parsed.success ? { ok: true, url: parsed.data } : { ok: false, problem: `VERIFY_BASE_URL ${parsed.error.issues.map((issue) => issue.message).join('; ')}` };
}
