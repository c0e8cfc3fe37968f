import { createHash } from 'node:crypto';
import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { EXPORT_FILES } from '@hub/domain';
import { generateExport } from '../index';
import { temporaryDir } from './support/fixture';

async function hashes(dir: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const name of Object.values(EXPORT_FILES)) {
    result[name] = createHash('sha256').update(await readFile(join(dir, name))).digest('hex');
  }
  return result;
}

async function lineCount(file: string): Promise<number> {
  const text = await readFile(file, 'utf8');
  return text === '' ? 0 : text.trimEnd().split('\n').length;
}

describe('determinism', () => {
  let root: string;
  beforeAll(async () => {
    root = await temporaryDir();
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('writes byte-identical files for the same cases and seed, different ones for another seed', async () => {
    await generateExport({ cases: 400, seed: 11, outDir: join(root, 'a') });
    await generateExport({ cases: 400, seed: 11, outDir: join(root, 'b') });
    await generateExport({ cases: 400, seed: 12, outDir: join(root, 'c') });
    const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((name) => hashes(join(root, name))));
    expect(b).toEqual(a);
    for (const name of Object.values(EXPORT_FILES).filter((file) => file !== EXPORT_FILES.manifest)) {
      expect(c?.[name]).not.toEqual(a?.[name]);
    }
  });

  it('replaces an earlier export in the same folder with the same result', async () => {
    const small = await generateExport({ cases: 50, seed: 5, outDir: join(root, 'small') });
    const again = await generateExport({ cases: 50, seed: 5, outDir: join(root, 'small') });
    expect(again).toEqual(small);
    expect(await readdir(join(root, 'small'))).toEqual(expect.arrayContaining(Object.values(EXPORT_FILES)));
  });

  it('counts in the manifest match the lines of each file', async () => {
    const manifest = await generateExport({ cases: 300, seed: 3, outDir: join(root, 'counted') });
    expect(manifest.cases).toBe(300);
    expect(manifest.counts.cases).toBe(300);
    for (const [key, count] of Object.entries(manifest.counts)) {
      const name = EXPORT_FILES[key as keyof typeof EXPORT_FILES];
      expect(await lineCount(join(root, 'counted', name))).toBe(count);
    }
  });

  it('reports progress up to the total, never backwards', async () => {
    const seen: number[] = [];
    await generateExport({
      cases: 250,
      seed: 9,
      outDir: join(root, 'progress'),
      onProgress: (done, total) => {
        expect(total).toBe(250);
        seen.push(done);
      },
    });
    expect(seen.at(-1)).toBe(250);
    expect([...seen].sort((x, y) => x - y)).toEqual(seen);
  });

  it('rejects impossible options before writing anything', async () => {
    await expect(generateExport({ cases: 0, seed: 1, outDir: join(root, 'zero') })).rejects.toThrow(/cases/);
    await expect(generateExport({ cases: 10, seed: -1, outDir: join(root, 'negative') })).rejects.toThrow(/seed/);
    await expect(generateExport({ cases: 1.5, seed: 1, outDir: join(root, 'fraction') })).rejects.toThrow(/cases/);
    expect(await readdir(root)).not.toEqual(expect.arrayContaining(['zero']));
  });
});
