// Types for verifyJudgmentCode.mjs (the browser verifier); they mirror SealVerification and
// TrustList in ../src so TypeScript callers and tests can import the module.
export declare const SEAL_CODE_PREFIX: 'ZBJ1:';
export declare const MAX_SEAL_INPUT_LENGTH: number;

export interface JudgmentCodePayload {
  v: 1;
  /** base64url key id (the COSE header's kid). */
  kid: string;
  doc: string;
  no: string;
  court: string;
  kind: 'JUDGMENT' | 'RULING' | 'CORRECTION_RULING';
  issued: string;
  /** base64url SHA-256 of the canonical document text. */
  sha: string;
}

export interface JudgmentCodeVerification {
  status: 'VALID' | 'INVALID_SIGNATURE' | 'UNKNOWN_KEY' | 'KEY_NOT_VALID_AT_ISSUE' | 'MALFORMED';
  reason: string;
  payload?: JudgmentCodePayload;
}

export declare function verifyJudgmentCode(
  input: unknown,
  jwks: unknown,
  now?: Date,
): Promise<JudgmentCodeVerification>;
