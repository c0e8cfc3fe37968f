/** QR renderings of a verification URL, sized for print (the issue asks for legibility at 30 mm). */
import QRCode from 'qrcode';

/** M recovers about 15% damage: a folded or stamped A4 page, at a version still printable small. */
const ERROR_CORRECTION = 'M';
/** Whole pixels per module keep module edges crisp; 8 px is plenty for screens and printing. */
const PNG_PIXELS_PER_MODULE = 8;
/** The quiet zone the QR standard requires around the symbol, in modules. */
const QUIET_ZONE_MODULES = 4;

export interface RenderedQr {
  svg: string;
  pngBase64: string;
  /** QR version 1..40; the symbol has 17 + 4 × version modules per side. */
  version: number;
  modules: number;
}

/** The URL a QR encodes: the code text in the `c` parameter of the verification page. */
export function verificationUrl(baseUrl: string, code: string): string {
  return `${baseUrl}?c=${encodeURIComponent(code)}`;
}

export async function renderQr(url: string): Promise<RenderedQr> {
  const symbol = QRCode.create(url, { errorCorrectionLevel: ERROR_CORRECTION });
  const options = { errorCorrectionLevel: ERROR_CORRECTION, margin: QUIET_ZONE_MODULES } as const;
  const [svg, png] = await Promise.all([
    QRCode.toString(url, { ...options, type: 'svg' }),
    QRCode.toBuffer(url, { ...options, type: 'png', scale: PNG_PIXELS_PER_MODULE }),
  ]);
  return {
    svg,
    pngBase64: png.toString('base64'),
    version: symbol.version,
    modules: symbol.modules.size,
  };
}
