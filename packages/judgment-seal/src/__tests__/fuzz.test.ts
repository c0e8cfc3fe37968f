/** Hostile input never throws and never verifies. */
import { randomBytes, randomInt } from 'node:crypto';
import { Tag } from 'cbor2';
import { encodeBase32 } from '../base32';
import { MAX_SEAL_INPUT_LENGTH, sealDocument, verifySeal, type SealVerification } from '../seal';
import { verificationUrl } from '../qr';
import type { TrustList } from '../trustList';
import { AFTER_ISSUE, BASE_URL, sealWorld, typicalPayload, type SealWorld } from './fixtures';
import { bytesOf, cbor, codeOf, forgeCode, partsOf, protectedHeaderOf } from './forge';

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
  expect(typeof result.reason).toBe('string');
  return result;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567abcxyz0189-_.:%= ';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

it('refuses every truncation of a valid code and of its URL', async () => {
  const url = verificationUrl(BASE_URL, code);
  for (let length = 0; length < code.length; length++) await expectRefused(code.slice(0, length));
  for (let length = 0; length < url.length; length += 3) await expectRefused(url.slice(0, length));
});

it('refuses every single-character change of a valid code, to several replacements', async () => {
  for (let i = 0; i < code.length; i++) {
    const original = code[i] ?? '';
    const index = ALPHABET.indexOf(original);
    const replacements = [
      ALPHABET[(index + 1) % ALPHABET.length] ?? 'A',
      original === 'A' ? 'B' : 'A',
      original === '7' ? '2' : '7',
      original.toLowerCase(),
    ].filter((candidate) => candidate !== original);
    for (const replacement of replacements) {
      await expectRefused(code.slice(0, i) + replacement + code.slice(i + 1));
    }
  }
});

it('refuses inserted and deleted characters', async () => {
  for (let i = 5; i < code.length; i += 7) {
    await expectRefused(code.slice(0, i) + code.slice(i + 1));
    await expectRefused(`${code.slice(0, i)}A${code.slice(i)}`);
    await expectRefused(`${code.slice(0, i)}AAAAAAAA${code.slice(i)}`);
  }
});

it('refuses random bytes, random base32 and random CBOR, including inside a valid envelope', async () => {
  const { protectedBytes, signature } = partsOf(code);
  for (let round = 0; round < 300; round++) {
    await expectRefused(randomBytes(1 + (round % 600)).toString('latin1'));
    await expectRefused(`ZBJ1:${encodeBase32(randomBytes(round + 1))}`);
    // A well-formed envelope and header around random payload bytes: the signature fails first.
    const payloadBytes = new Uint8Array(randomBytes(round + 1));
    const envelope = cbor(new Tag(18, [protectedBytes, new Map(), payloadBytes, signature]));
    expect((await expectRefused(codeOf(envelope))).status).toBe('INVALID_SIGNATURE');
  }
});

it('refuses validly signed random payloads as MALFORMED', async () => {
  const header = protectedHeaderOf(world.zhangdian.kid);
  const randomValue = (depth: number): unknown => {
    switch (randomInt(depth > 2 ? 5 : 8)) {
      case 0: return randomInt(-1000, 1000);
      case 1: return randomBytes(randomInt(40)).toString('base64');
      case 2: return new Uint8Array(randomBytes(randomInt(40)));
      case 3: return randomInt(2) === 0;
      case 4: return null;
      case 5: return Array.from({ length: randomInt(4) }, () => randomValue(depth + 1));
      case 6: return new Map(Array.from({ length: randomInt(9) }, (_, i) => [i + randomInt(3), randomValue(depth + 1)]));
      default: return new Tag(randomInt(30), randomValue(depth + 1));
    }
  };
  for (let round = 0; round < 200; round++) {
    const forged = forgeCode(world.zhangdian, cbor(randomValue(0)), header);
    expect((await expectRefused(forged)).status).toBe('MALFORMED');
  }
});

it('refuses random byte changes anywhere in the message', async () => {
  const bytes = bytesOf(code);
  for (let round = 0; round < 500; round++) {
    const tampered = new Uint8Array(bytes);
    for (let k = 0; k <= round % 4; k++) tampered[randomInt(tampered.length)] = randomInt(256);
    if (Buffer.from(tampered).equals(Buffer.from(bytes))) continue;
    await expectRefused(codeOf(tampered));
  }
});

it('refuses oversized input before parsing it', async () => {
  const tooLong = MAX_SEAL_INPUT_LENGTH + 1;
  expect((await expectRefused('A'.repeat(tooLong))).reason).toBe('input is too long');
  expect((await expectRefused(code + ' '.repeat(tooLong))).reason).toBe('input is too long');
  expect((await expectRefused(`ZBJ1:${'A'.repeat(10_000_000)}`)).reason).toBe('input is too long');
  expect((await expectRefused(`${BASE_URL}?c=${'%FF'.repeat(400)}`)).reason).toBe('input is too long');
  // Inside the limit, a huge declared CBOR length is just malformed.
  await expectRefused(`ZBJ1:${encodeBase32(Uint8Array.of(0xd2, 0x84, 0x5b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff))}`);
  await expectRefused(`ZBJ1:${encodeBase32(new Uint8Array(600).fill(0x81))}`);
});

it('refuses hostile URLs', async () => {
  const encoded = encodeURIComponent(code);
  const hostile = [
    `${BASE_URL}?c=${encoded}%00`,
    `${BASE_URL}?c=%00${encoded}`,
    `${BASE_URL}?c=${code}%20`,
    `${BASE_URL}?c=${encoded.slice(0, 40)}%FF%FE${encoded.slice(46)}`,
    `${BASE_URL}?c=${encoded.slice(0, 40)}%E4%B8${encoded.slice(40)}`,
    `${BASE_URL}?c=${code}&c=${code}`,
    `${BASE_URL}?c=${encodeURIComponent(verificationUrl(BASE_URL, code))}`,
    `${BASE_URL}?c=${encodeURIComponent(encodeURIComponent(code))}`,
    `${BASE_URL}?c=${code.toLowerCase()}`,
    `${BASE_URL}?x=${code}`,
    `${BASE_URL}#c=${code}`,
    `javascript:alert(1)//?c=${code}`,
    `file:///etc/passwd?c=${code}`,
    `data:text/html,?c=${code}`,
    'https://[::1?c=ZBJ1:',
    'https://%?c=ZBJ1:',
    `${BASE_URL}?c=ZBJ1%3A%`,
    '',
    'ZBJ1:',
    'ZBJ1:====',
    `zbj1:${code.slice(5)}`,
  ];
  for (const input of hostile) expect((await expectRefused(input)).status).toBe('MALFORMED');
});

it('refuses non-text input and survives broken trust lists', async () => {
  for (const input of [undefined, null, 42, {}, ['ZBJ1:'], Buffer.from(code), new String(code)]) {
    await expectRefused(input);
  }
  const broken = [
    { keys: null },
    { keys: [null, 1, 'x', {}] },
    // x with the spare bits of its last character set: the same key bytes, a second spelling.
    { keys: trust.keys.map((jwk) => ({ ...jwk, x: jwk.x.slice(0, 42) + B64URL[B64URL.indexOf(jwk.x.slice(42)) | 1] })) },
    { keys: trust.keys.map((jwk, i, all) => ({ ...jwk, x: all[(i + 1) % all.length]?.x })) },
    { keys: trust.keys.map((jwk) => ({ ...jwk, court: '鲁9999' })) },
    { keys: trust.keys.map((jwk) => ({ ...jwk, nbf: -1 })) },
    { keys: [...trust.keys, ...trust.keys] },
    {},
    null,
  ] as unknown as TrustList[];
  for (const list of broken) expect((await expectRefused(code, list)).status).not.toBe('VALID');
});
