import QRCode from 'qrcode';
import { sealDocument } from '../seal';
import { qrSegments, renderQr, verificationUrl } from '../qr';
import { BASE_URL, sealWorld, typicalPayload, type SealWorld } from './fixtures';

/** The target: a symbol printable at 30 mm (version 12 is 65 modules, ~0.46 mm each). */
const MAX_QR_VERSION = 12;
const LOCAL_BASE_URL = 'http://localhost:4000/verify';

let world: SealWorld;
beforeAll(() => {
  world = sealWorld();
});
afterAll(() => world.cleanup());

it('renders a realistic judgment\'s verification URL at version 12 or below, and reports its size', async () => {
  const payload = typicalPayload(world.zhangdian, { doc: 'ZB2017000123-D1', no: '（2017）鲁0303刑初12号' });
  const code = await sealDocument(payload, world.zhangdian);
  const url = verificationUrl(LOCAL_BASE_URL, code);
  const qr = await renderQr(url);
  // The numbers the issue asks to state; printed so they show in the test log.
  console.log(
    `code text: ${code.length} chars; URL: ${qr.textLength} chars; ` +
      `QR version ${qr.version} (${qr.modules}×${qr.modules} modules, level M)`,
  );
  expect(qr.textLength).toBe(url.length);
  expect(qr.modules).toBe(17 + 4 * qr.version);
  expect(qr.version).toBeLessThanOrEqual(MAX_QR_VERSION);
  expect(qr.svg.startsWith('<svg')).toBe(true);
  expect(Buffer.from(qr.pngBase64, 'base64').subarray(1, 4).toString()).toBe('PNG');
});

it('stays within version 12 for a UUID document id and an https base URL', async () => {
  const code = await sealDocument(typicalPayload(world.zhangdian), world.zhangdian);
  const qr = await renderQr(verificationUrl(BASE_URL, code));
  expect(qr.version).toBeLessThanOrEqual(MAX_QR_VERSION);
});

it('puts the code into the c parameter as it is: base32 and ":" need no percent-encoding', () => {
  expect(verificationUrl(BASE_URL, 'ZBJ1:ABC234')).toBe(`${BASE_URL}?c=ZBJ1:ABC234`);
});

it('writes the URL prefix in byte mode and the code in alphanumeric mode', async () => {
  const code = await sealDocument(typicalPayload(world.zhangdian), world.zhangdian);
  const url = verificationUrl(LOCAL_BASE_URL, code);
  const segments = qrSegments(url);
  expect(segments).toEqual([
    { data: new TextEncoder().encode(`${LOCAL_BASE_URL}?c=`), mode: 'byte' },
    { data: code, mode: 'alphanumeric' },
  ]);
  const symbol = QRCode.create(segments, { errorCorrectionLevel: 'M' });
  expect(symbol.segments.map((segment) => segment.mode.id)).toEqual(['Byte', 'Alphanumeric']);
  // Alphanumeric mode is what keeps the symbol small: the same URL all in byte mode is larger.
  const allBytes = QRCode.create([{ data: new TextEncoder().encode(url), mode: 'byte' }], { errorCorrectionLevel: 'M' });
  expect(allBytes.version).toBeGreaterThan(symbol.version);
  expect((await renderQr(url)).version).toBe(symbol.version);
});

it('falls back to one byte segment for a URL without a code', async () => {
  for (const url of [BASE_URL, `${BASE_URL}?c=abc`, `${BASE_URL}?c=ZBJ1:abc`, `${BASE_URL}?c=ZBJ1:ABC&x=1`]) {
    expect(qrSegments(url)).toEqual([{ data: new TextEncoder().encode(url), mode: 'byte' }]);
  }
  const qr = await renderQr('https://hub.example/verify?lang=中文');
  expect(qr.version).toBeGreaterThanOrEqual(1);
  expect(qr.textLength).toBe('https://hub.example/verify?lang=中文'.length);
});
