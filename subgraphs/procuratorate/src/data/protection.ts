/**
 * Sealing the personal data the procuratorate's services hold: the name and resident ID number of
 * a person whose bribery record is checked. AES-256-GCM under a key derived (HKDF, with a purpose
 * of its own) from PERSONAL_DATA_KEY, the deployment's one personal-data secret, as the cases
 * subgraph does (subgraphs/cases/src/data/protection.ts; a candidate for the subgraph kit). The
 * key never enters the database; in development it is the generated `.hub/keys/personal-data.key`.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stateDir } from '@hub/workspace';

export interface Sealer {
  seal(plain: string): string;
  open(sealed: string): string;
}

const FORMAT = 'v1';

export function createSealer(masterKey: Buffer): Sealer {
  if (masterKey.length !== 32) throw new Error('the personal data key must be 32 bytes');
  const key = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'hub procuratorate personal data encryption', 32));
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [FORMAT, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
    },
    open(sealed) {
      const [format, iv, tag, body] = sealed.split('.');
      if (format !== FORMAT || !iv || !tag || body === undefined) throw new Error('sealed personal data has an unknown format');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}

/** PERSONAL_DATA_KEY (base64 of 32 bytes); required in production, generated once in development. */
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
      // Another process (the cases subgraph, an importer) created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    chmodSync(file, 0o600);
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
}
