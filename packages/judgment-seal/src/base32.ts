/**
 * RFC 4648 §6 base32 (alphabet A–Z 2–7), uppercase and without padding: every character is in the
 * QR alphanumeric set, which packs 2 characters into 11 bits. The decoder is strict so that a byte
 * string has exactly one spelling: only the 32 alphabet characters, no padding or whitespace, a
 * length RFC 4648 can produce, and zero bits in the unused tail of the last character.
 */

export const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Character → 5-bit value; -1 for everything outside the alphabet (lowercase included). */
const DECODE_TABLE: Int8Array = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < BASE32_ALPHABET.length; i++) table[BASE32_ALPHABET.charCodeAt(i)] = i;
  return table;
})();

/**
 * Characters in the last (partial) group of 8 → whether RFC 4648 can produce that length. 1, 3
 * and 6 characters would leave a whole spare character: no byte count encodes to them.
 */
const VALID_TAIL_LENGTHS = [true, false, true, false, true, true, false, true] as const;

export function encodeBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += BASE32_ALPHABET[(buffer >>> bits) & 31];
    }
  }
  if (bits > 0) out += BASE32_ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** The bytes of a canonical unpadded base32 text, or null for anything else. */
export function decodeBase32(text: string): Uint8Array | null {
  if (typeof text !== 'string' || !VALID_TAIL_LENGTHS[text.length % 8]) return null;
  const out = new Uint8Array(Math.floor((text.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let written = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? (DECODE_TABLE[code] ?? -1) : -1;
    if (value < 0) return null;
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[written++] = (buffer >>> bits) & 0xff;
    }
  }
  // The leftover bits (fewer than 8) pad the last character and must be zero.
  if ((buffer & ((1 << bits) - 1)) !== 0) return null;
  return out;
}
