/**
 * QR renderings of a verification URL, sized for print (the issue asks for legibility at 30 mm).
 * The URL `https://…/verify?c=ZBJ1:<base32>` is written as two segments: the prefix up to and
 * including `c=` in byte mode (8 bits a character), and the code in alphanumeric mode (5.5 bits a
 * character), which is what makes the base32 code fit a small symbol.
 */
import QRCode, { type QRCodeSegment } from 'qrcode';
import { CERTIFICATE_CODE_PREFIX } from './certificate';
import { SEAL_CODE_PREFIX, SEAL_URL_PARAMETER } from './seal';

/** M recovers about 15% damage: a folded or stamped A4 page, at a version still printable small. */
const ERROR_CORRECTION = 'M';
/** Whole pixels per module keep module edges crisp; 8 px is plenty for screens and printing. */
const PNG_PIXELS_PER_MODULE = 8;
/** The quiet zone the QR standard requires around the symbol, in modules. */
const QUIET_ZONE_MODULES = 4;

/** The code as verificationUrl writes it: prefix (a judgment's or a certificate's), then base32 (A–Z 2–7), to the end of the URL. */
const CODE_IN_URL = new RegExp(`[?&]${SEAL_URL_PARAMETER}=((?:${SEAL_CODE_PREFIX}|${CERTIFICATE_CODE_PREFIX})[A-Z2-7]*)$`);

const utf8 = new TextEncoder();

export interface RenderedQr {
  svg: string;
  pngBase64: string;
  /** QR version 1..40; the symbol has 17 + 4 × version modules per side. */
  version: number;
  modules: number;
  /** Characters of the encoded URL. */
  textLength: number;
}

/**
 * The URL a QR encodes: the code text in the `c` parameter of the verification page. The code is
 * not percent-encoded: base32 and ':' are legal in a query, and alphanumeric mode has no '%'.
 */
export function verificationUrl(baseUrl: string, code: string): string {
  return `${baseUrl}?${SEAL_URL_PARAMETER}=${code}`;
}

/** Byte segment for the URL prefix and alphanumeric segment for the code, when there is one. */
export function qrSegments(url: string): QRCodeSegment[] {
  const match = CODE_IN_URL.exec(url);
  const code = match?.[1];
  if (!match || code === undefined) return [{ data: utf8.encode(url), mode: 'byte' }];
  const prefix = url.slice(0, match.index + match[0].length - code.length);
  return [
    { data: utf8.encode(prefix), mode: 'byte' },
    { data: code, mode: 'alphanumeric' },
  ];
}

export async function renderQr(url: string): Promise<RenderedQr> {
  const segments = qrSegments(url);
  const symbol = QRCode.create(segments, { errorCorrectionLevel: ERROR_CORRECTION });
  const options = { errorCorrectionLevel: ERROR_CORRECTION, margin: QUIET_ZONE_MODULES } as const;
  const [svg, png] = await Promise.all([
    QRCode.toString(segments, { ...options, type: 'svg' }),
    QRCode.toBuffer(segments, { ...options, type: 'png', scale: PNG_PIXELS_PER_MODULE }),
  ]);
  return {
    svg,
    pngBase64: png.toString('base64'),
    version: symbol.version,
    modules: symbol.modules.size,
    textLength: url.length,
  };
}
