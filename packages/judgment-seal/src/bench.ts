/**
 * In-process verification speed on one core (the event loop is single-threaded), next to the
 * speed of the bare Ed25519 signature check it contains (the ceiling, which also shows how fast
 * the machine is at the moment), plus the code length and QR version of a realistic judgment.
 * Run: node packages/judgment-seal/dist/bench.js
 */
import { createPublicKey, sign, verify } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCourtKeyStore } from './keys';
import { documentSha256, type SealPayload } from './payload';
import { renderQr, verificationUrl } from './qr';
import { sealDocument, verifySeal } from './seal';

/** Both loops run in alternating slices, so a change in the machine's load hits both alike. */
const SLICES = 10;
const SLICE_MS = 400;

interface Loop {
  run: () => Promise<void> | void;
  count: number;
  ns: bigint;
}

function loop(run: () => Promise<void> | void): Loop {
  return { run, count: 0, ns: 0n };
}

async function runSlice(target: Loop): Promise<void> {
  const started = process.hrtime.bigint();
  const until = started + BigInt(SLICE_MS) * 1_000_000n;
  let now = started;
  while (now < until) {
    for (let i = 0; i < 50; i++) await target.run();
    target.count += 50;
    now = process.hrtime.bigint();
  }
  target.ns += now - started;
}

const perSecond = (target: Loop): number => Math.round(target.count / (Number(target.ns) / 1e9));

async function main(): Promise<void> {
  // Throwaway keys: the bench never touches a real key directory.
  const root = mkdtempSync(join(tmpdir(), 'judgment-seal-bench-'));
  try {
    const now = new Date();
    const store = createCourtKeyStore(join(root, 'courts'));
    const key = store.ensureCourtKey('鲁0303', new Date('2017-01-01T00:00:00+08:00'));
    const payload = (doc: string): SealPayload => ({
      v: 1,
      kid: key.kid,
      doc,
      no: '（2017）鲁0303刑初12号',
      court: '鲁0303',
      kind: 'JUDGMENT',
      issued: '2017-06-12',
      sha: documentSha256('山东省淄博市张店区人民法院\n刑事判决书\n（2017）鲁0303刑初12号'),
    });
    const code = await sealDocument(payload('ZB2017000123-D1'), key);
    const trust = store.trustList();

    if (!key.privateKey) throw new Error('bench key lacks its private key');
    const publicKey = createPublicKey(key.privateKey);
    const data = Buffer.alloc(150, 1);
    const signature = sign(null, data, key.privateKey);
    const full = loop(async () => {
      const result = await verifySeal(code, trust, { now });
      if (result.status !== 'VALID') throw new Error(`bench code did not verify: ${result.reason}`);
    });
    const bare = loop(() => {
      if (!verify(null, data, publicKey, signature)) throw new Error('bare signature did not verify');
    });
    for (let slice = 0; slice < SLICES; slice++) {
      await runSlice(full);
      await runSlice(bare);
    }

    console.log(`verifySeal: ${full.count} in ${(Number(full.ns) / 1e9).toFixed(2)} s on one core`);
    console.log(`verifications per second: ${perSecond(full)}`);
    console.log(`bare Ed25519 verify per second (same core, interleaved, for scale): ${perSecond(bare)}`);
    for (const [doc, baseUrl] of [
      ['ZB2017000123-D1', 'http://localhost:4000/verify'],
      ['ZB2017000123-D1', 'https://hub.example/verify'],
      ['b3f1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d', 'https://hub.example/verify'],
    ] as const) {
      const sample = await sealDocument(payload(doc), key);
      const qr = await renderQr(verificationUrl(baseUrl, sample));
      console.log(
        `doc id of ${doc.length} chars, ${baseUrl}: code ${sample.length} chars, URL ${qr.textLength} chars, ` +
          `QR version ${qr.version} (${qr.modules}x${qr.modules} modules, error correction M)`,
      );
    }
  } finally {
    rmSync(root, { recursive: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
