/**
 * In-process verification speed on one core (the event loop is single-threaded), plus the code
 * length and QR version of a typical judgment. Run: node packages/judgment-seal/dist/bench.js
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCourtKeyStore } from './keys';
import { documentSha256 } from './payload';
import { renderQr, verificationUrl } from './qr';
import { sealDocument, verifySeal } from './seal';

const DURATION_MS = 3000;
const MAX_ITERATIONS = 1_000_000;

async function main(): Promise<void> {
  // Throwaway keys: the bench never touches a real key directory.
  const root = mkdtempSync(join(tmpdir(), 'judgment-seal-bench-'));
  try {
    const now = new Date();
    const store = createCourtKeyStore(join(root, 'courts'));
    const key = store.ensureCourtKey('鲁0303', new Date('2017-01-01T00:00:00+08:00'));
    const code = await sealDocument(
      {
        v: 1,
        kid: key.kid,
        doc: 'b3f1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
        no: '（2017）鲁0303刑初12号',
        court: '鲁0303',
        kind: 'JUDGMENT',
        issued: '2017-06-12',
        sha: documentSha256('山东省淄博市张店区人民法院\n刑事判决书\n（2017）鲁0303刑初12号'),
      },
      key,
    );
    const trust = store.trustList();
    const url = verificationUrl('https://hub.example/verify', code);
    const qr = await renderQr(url);

    const started = process.hrtime.bigint();
    let count = 0;
    let elapsedMs = 0;
    while (elapsedMs < DURATION_MS && count < MAX_ITERATIONS) {
      const result = await verifySeal(code, trust, { now });
      if (result.status !== 'VALID') throw new Error(`bench code did not verify: ${result.reason}`);
      count++;
      if (count % 100 === 0) elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    }
    elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;

    console.log(`verifications: ${count} in ${(elapsedMs / 1000).toFixed(2)} s on one core`);
    console.log(`verifications per second: ${Math.round(count / (elapsedMs / 1000))}`);
    console.log(`code text length: ${code.length} characters`);
    console.log(`verification URL: ${Buffer.byteLength(url)} bytes`);
    console.log(`QR version: ${qr.version} (${qr.modules}x${qr.modules} modules, error correction M)`);
  } finally {
    rmSync(root, { recursive: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
