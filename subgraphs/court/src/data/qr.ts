import { renderQr, verificationUrl, type RenderedQr } from '@hub/judgment-seal';

/** A document's QR before rendering: renderings are made only when a query asks for them, once per request. */
export interface JudgmentQrSource {
  code: string;
  url: string;
  rendering?: Promise<RenderedQr>;
}

export function qrSource(code: string, verifyBaseUrl: string): JudgmentQrSource {
  return { code, url: verificationUrl(verifyBaseUrl, code) };
}

export function rendered(source: JudgmentQrSource): Promise<RenderedQr> {
  source.rendering ??= renderQr(source.url);
  return source.rendering;
}
