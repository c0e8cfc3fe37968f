/**
 * Personal data at rest (names, resident ID numbers): sealed with AES-256-GCM under keys derived
 * (HKDF) from the deployment's one secret, PERSONAL_DATA_KEY, which never enters a database. Each
 * service derives its own encryption key (its `purpose`), so one service's ciphertexts mean
 * nothing to another; a keyed digest of the ID number allows exact lookups without decrypting.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stateDir } from '@hub/workspace';

export interface PersonalDataProtector {
  seal(plain: string): string;
  open(sealed: string): string;
  /** The same for every service: the key other services' lookups by ID number agree on. */
  idNumberDigest(idNumber: string): string;
}

const FORMAT = 'v1';

/** `purpose` names the service's own encryption key (HKDF info), e.g. `hub personal data encryption`. */
export function createProtector(masterKey: Buffer, purpose = 'hub personal data encryption'): PersonalDataProtector {
  if (masterKey.length !== 32) throw new Error('the personal data key must be 32 bytes');
  // Separate keys for separate purposes, derived from the one configured secret.
  const encryptionKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), purpose, 32));
  const digestKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'hub id number digest', 32));
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [FORMAT, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
    },
    open(sealed) {
      const [format, iv, tag, body] = sealed.split('.');
      if (format !== FORMAT || !iv || !tag || body === undefined) throw new Error('sealed personal data has an unknown format');
      const decipher = createDecipheriv('aes-256-gcm', encryptionKey, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
    idNumberDigest: (idNumber) => createHmac('sha256', digestKey).update(idNumber.toUpperCase()).digest('base64url'),
  };
}

/**
 * PERSONAL_DATA_KEY (base64 of 32 random bytes). In development a key is generated at first start
 * into the ignored state folder; in production a missing key is an error, never a silent default.
 */
export function loadPersonalDataKey(env: NodeJS.ProcessEnv = process.env): Buffer {
  const configured = env.PERSONAL_DATA_KEY;
  if (configured) {
    const key = Buffer.from(configured, 'base64');
    if (key.length !== 32) throw new Error('PERSONAL_DATA_KEY must be the base64 of exactly 32 bytes (e.g. `openssl rand -base64 32`).');
    return key;
  }
  if (env.NODE_ENV === 'production') {
    throw new Error('PERSONAL_DATA_KEY is required in production: set it to the base64 of 32 random bytes (e.g. `openssl rand -base64 32`).');
  }
  const file = path.join(stateDir(), 'keys', 'personal-data.key');
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    try {
      writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process (a subgraph, an importer) created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    chmodSync(file, 0o600);
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
}
