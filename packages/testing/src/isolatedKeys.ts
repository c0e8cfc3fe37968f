/**
 * Jest `setupFiles` for suites that start whole hubs: each test file gets signing-key folders of its
 * own, so hubs started at the same time never generate demo keys into one shared folder, and no
 * test writes keys into the checkout's .hub/.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = mkdtempSync(path.join(os.tmpdir(), 'hub-test-keys-'));
process.env.COURT_KEYS_DIR = path.join(root, 'courts');
process.env.PROCURATORATE_KEYS_DIR = path.join(root, 'procuratorates');
