/** Shared test setup: a key store in a temporary directory and a typical judgment's payload. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCourtKeyStore, type CourtKey, type CourtKeyStore } from '../keys';
import { documentSha256, type SealPayload } from '../payload';

export const KEY_START = new Date('2017-01-01T00:00:00+08:00');
export const AFTER_ISSUE = new Date('2018-01-01T00:00:00+08:00');
export const BASE_URL = 'https://hub.example/verify';

export const JUDGMENT_TEXT =
  '山东省淄博市张店区人民法院\r\n刑 事 判 决 书\r\n（2017）鲁0303刑初12号\r\n\r\n' +
  '公诉机关淄博市张店区人民检察院。\r\n被告人张某某，男。  \r\n';

export function temporaryKeyDirectory(): { dir: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'judgment-seal-'));
  return { dir: join(root, 'keys', 'courts'), cleanup: () => rmSync(root, { recursive: true }) };
}

export function typicalPayload(key: CourtKey, overrides: Partial<SealPayload> = {}): SealPayload {
  return {
    v: 1,
    kid: key.kid,
    doc: 'b3f1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    no: '（2017）鲁0303刑初12号',
    court: '鲁0303',
    kind: 'JUDGMENT',
    issued: '2017-06-12',
    sha: documentSha256(JUDGMENT_TEXT),
    ...overrides,
  };
}

export interface SealWorld {
  store: CourtKeyStore;
  zhangdian: CourtKey;
  zichuan: CourtKey;
  cleanup: () => void;
}

/** Two courts with one key each, valid since KEY_START. */
export function sealWorld(): SealWorld {
  const { dir, cleanup } = temporaryKeyDirectory();
  const store = createCourtKeyStore(dir);
  const zhangdian = store.ensureCourtKey('鲁0303', KEY_START);
  const zichuan = store.ensureCourtKey('鲁0302', KEY_START);
  return { store, zhangdian, zichuan, cleanup };
}
