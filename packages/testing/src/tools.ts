/**
 * The real outside tools some tests drive: headless Chromium (Debian's `chromium` through
 * playwright-core, never a browser that a tool downloads) and a real QR decoder (`zbarimg`).
 * A missing tool fails the test with the command that installs it.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright-core';

const run = promisify(execFile);

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
  if (!executablePath) {
    throw new Error('No Chromium found: install Debian\'s package ("apt-get install chromium") or set CHROMIUM_PATH to its executable.');
  }
  return chromium.launch({
    executablePath,
    headless: true,
    // No sandbox: CI runs as root in a container; the pages are our own, served from loopback.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
}

/** Decodes the QR codes in an image file with zbarimg; returns each symbol's text. */
export async function decodeQrImage(file: string): Promise<string[]> {
  try {
    const { stdout } = await run('zbarimg', ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', file], { encoding: 'utf8' });
    return stdout.split('\n').filter((line) => line.length > 0);
  } catch (error) {
    const { code } = error as { code?: unknown };
    if (code === 'ENOENT') throw new Error('zbarimg is not installed: run "apt-get install zbar-tools".');
    // zbarimg exits with 4 when it found no symbol.
    if (code === 4) return [];
    throw error;
  }
}
