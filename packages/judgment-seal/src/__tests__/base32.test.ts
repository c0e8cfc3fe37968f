import { randomBytes } from 'node:crypto';
import { BASE32_ALPHABET, decodeBase32, encodeBase32 } from '../base32';

const ascii = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'latin1'));

// RFC 4648 §10 test vectors, without the padding this format leaves out.
const VECTORS: Array<[string, string]> = [
  ['', ''],
  ['f', 'MY'],
  ['fo', 'MZXQ'],
  ['foo', 'MZXW6'],
  ['foob', 'MZXW6YQ'],
  ['fooba', 'MZXW6YTB'],
  ['foobar', 'MZXW6YTBOI'],
];

it.each(VECTORS)('encodes and decodes the RFC 4648 vector %j', (plain, encoded) => {
  expect(encodeBase32(ascii(plain))).toBe(encoded);
  expect(decodeBase32(encoded)).toEqual(ascii(plain));
});

it('round-trips random bytes of every length class, in the alphabet only', () => {
  for (let length = 0; length <= 80; length++) {
    const bytes = new Uint8Array(randomBytes(length));
    const text = encodeBase32(bytes);
    expect(text).toMatch(/^[A-Z2-7]*$/);
    expect(text.length).toBe(Math.ceil((length * 8) / 5));
    expect(decodeBase32(text)).toEqual(bytes);
  }
  const all = new Uint8Array(256).map((_, i) => i);
  expect(decodeBase32(encodeBase32(all))).toEqual(all);
});

it('refuses padding, whitespace, lowercase, other characters and non-ASCII look-alikes', () => {
  for (const text of [
    'MY======', 'MZXW6===', 'MY=', 'MZXW 6', ' MZXW6', 'MZXW6\n', 'mzxw6', 'MzXW6',
    'MZXW0', 'MZXW1', 'MZXW8', 'MZXW9', 'MZXW+', 'MZXW/', 'MZXW-', 'MZXW_',
    'ＭZXW6', 'MZXW６', 'MZXW6\u0000',
  ]) {
    expect(decodeBase32(text)).toBeNull();
  }
});

it('refuses lengths RFC 4648 never produces (1, 3 or 6 characters past a multiple of 8)', () => {
  for (const length of [1, 3, 6, 9, 11, 14, 17]) expect(decodeBase32('A'.repeat(length))).toBeNull();
  for (const length of [0, 2, 4, 5, 7, 8, 10, 12, 13, 15, 16]) {
    expect(decodeBase32('A'.repeat(length))).not.toBeNull();
  }
});

it('refuses set spare bits in the last character: every byte string has one spelling', () => {
  // For each short length, every last character is tried; only the canonical one decodes.
  for (const length of [2, 4, 5, 7, 10]) {
    const stem = encodeBase32(new Uint8Array(randomBytes(Math.floor((length * 5) / 8)))).slice(0, length - 1);
    const accepted = [...BASE32_ALPHABET].filter((last) => decodeBase32(stem + last) !== null);
    const spareBits = (length * 5) % 8;
    expect(accepted).toHaveLength(32 >> spareBits);
    for (const last of accepted) {
      const text = stem + last;
      const bytes = decodeBase32(text);
      expect(bytes && encodeBase32(bytes)).toBe(text);
    }
  }
  expect(decodeBase32('MY')).toEqual(ascii('f'));
  expect(decodeBase32('MZ')).toBeNull();
});

it('never throws on hostile input', () => {
  for (const text of [undefined, null, 42, {}, '\uD800', 'A'.repeat(100_001)] as unknown as string[]) {
    expect(() => decodeBase32(text)).not.toThrow();
  }
});
