// Jest globalSetup: make sure the embedded database binary exists before any test starts.
import { ensureFerretDbBinary } from '../build';

export default async function globalSetup(): Promise<void> {
  await ensureFerretDbBinary({ onProgress: (msg) => process.stderr.write(`[embedded-db] ${msg}\n`) });
}
