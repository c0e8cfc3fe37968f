/** Hostile input never throws and never verifies. */
import { randomBytes } from 'node:crypto';
import { sealDocument, verifySeal, type SealVerification } from '../seal';
import { verificationUrl } from '../qr';
import type { TrustList } from '../trustList';
import { AFTER_ISSUE, BASE_URL, sealWorld, typicalPayload, type SealWorld } from './fixtures';

let world: SealWorld;
let trust: TrustList;
let code: string;
beforeAll(async () => {
  world = sealWorld();
  trust = world.store.trustList();
  code = await sealDocument(typicalPayload(world.zhangdian), world.zhangdian);
});
afterAll(() => world.cleanup());

async function expectRefused(input: unknown, list: TrustList = trust): Promise<SealVerification> {
  const result = await verifySeal(input as string, list, { now: AFTER_ISSUE });
  expect(result.status).not.toBe('VALID');
  expect(result.payload).toBeUndefined();
  return result;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.:%';

it('refuses every truncation of a valid code and of its URL', async () => {
  const url = verificationUrl(BASE_URL, code);
  for (let length = 0; length < code.length; length++) await expectRefused(code.slice(0, length));
  for (let length = 0; length < url.length; length += 3) await expectRefused(url.slice(0, length));
});

it('refuses every single-character flip of a valid code, to several replacements', async () => {
  for (let i = 0; i < code.length; i++) {
    const original = code[i] ?? '';
    const index = ALPHABET.indexOf(original);
    const replacements = [
      ALPHABET[(index + 1) % ALPHABET.length] ?? 'A',
      original === 'A' ? 'B' : 'A',
      original.toLowerCase() === original ? original.toUpperCase() : original.toLowerCase(),
    ].filter((candidate) => candidate !== original);
    for (const replacement of replacements) {
      await expectRefused(code.slice(0, i) + replacement + code.slice(i + 1));
    }
  }
});

it('refuses random bytes, random code-shaped text and huge strings', async () => {
  for (let round = 0; round < 300; round++) {
    await expectRefused(randomBytes(1 + (round % 600)).toString('latin1'));
    await expectRefused(`ZBJ1:${randomBytes(round + 1).toString('base64url')}`);
    const [h, , s] = code.slice(5).split('.');
    await expectRefused(`ZBJ1:${h}.${randomBytes(round + 1).toString('base64url')}.${s}`);
  }
  expect((await expectRefused('A'.repeat(2049))).status).toBe('MALFORMED');
  expect((await expectRefused(code + ' '.repeat(2048))).status).toBe('MALFORMED');
  await expectRefused(`ZBJ1:${'A'.repeat(10_000_000)}`);
  await expectRefused(`${BASE_URL}?c=${'%FF'.repeat(600)}`);
});

it('refuses hostile URLs', async () => {
  const encoded = encodeURIComponent(code);
  const hostile = [
    `${BASE_URL}?c=${encoded}%00`,
    `${BASE_URL}?c=%00${encoded}`,
    `${BASE_URL}?c=${encoded.slice(0, 40)}%FF%FE${encoded.slice(46)}`,
    `${BASE_URL}?c=${encoded.slice(0, 40)}%E4%B8${encoded.slice(40)}`,
    `${BASE_URL}?c=${encoded}&c=${encoded}`,
    `${BASE_URL}?c=${encodeURIComponent(verificationUrl(BASE_URL, code))}`,
    `${BASE_URL}?c=${encodeURIComponent(encodeURIComponent(code))}`,
    `${BASE_URL}?x=${encoded}`,
    `javascript:alert(1)//?c=${encoded}`,
    `file:///etc/passwd?c=${encoded}`,
    'https://[::1?c=ZBJ1:',
    'https://%?c=ZBJ1:',
    `${BASE_URL}?c=ZBJ1%3A%`,
    '',
    'ZBJ1:',
    'ZBJ1:..',
    'zbj1:' + code.slice(5),
  ];
  for (const input of hostile) expect((await expectRefused(input)).status).toBe('MALFORMED');
});

it('refuses non-text input and survives broken trust lists', async () => {
  for (const input of [undefined, null, 42, {}, ['ZBJ1:'], Buffer.from(code)]) await expectRefused(input);
  const broken = [{ keys: null }, { keys: [null, 1, 'x', {}] }, {}, null] as unknown as TrustList[];
  for (const list of broken) await expectRefused(code, list);
});
