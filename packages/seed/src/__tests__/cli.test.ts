import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs, UsageError } from '../args';
import { defaultExportDir, findRepoRoot, readExportManifest, readJsonLines } from '../index';
import { writeAtomically } from '../writer';
import { readAll, temporaryDir } from './support/fixture';

describe('command-line arguments', () => {
  it('reads --cases and --seed in both spellings, and --out', () => {
    expect(parseArgs(['--cases', '2000', '--seed', '42'])).toEqual({ cases: 2000, seed: 42, out: undefined, help: false });
    expect(parseArgs(['--cases=5', '--seed=0', '--out', '/tmp/x'])).toEqual({ cases: 5, seed: 0, out: '/tmp/x', help: false });
    expect(parseArgs(['--help']).help).toBe(true);
  });

  it.each([
    [[], /missing --cases/],
    [['--cases', '10'], /missing --seed/],
    [['--cases', 'abc', '--seed', '1'], /--cases must be a whole number/],
    [['--cases', '0', '--seed', '1'], /--cases must be from 1 to 200000/],
    [['--cases', '200001', '--seed', '1'], /--cases must be from 1 to 200000/],
    [['--cases', '-5', '--seed', '1'], /--cases must be a whole number/],
    [['--cases', '1.5', '--seed', '1'], /--cases must be a whole number/],
    [['--cases', '--seed', '1'], /--cases needs a value/],
    [['--cases', '10', '--seed', '1', '--seed', '2'], /--seed given twice/],
    [['--cases', '10', '--seed', '1', '--verbose'], /unknown argument "--verbose"/],
    [['--cases', '10', '--seed', '1', '--out'], /--out needs a folder/],
  ])('rejects %j with a message saying what to do', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

describe('default export folder', () => {
  const saved = process.env.HUB_STATE_DIR;
  afterEach(() => {
    if (saved === undefined) delete process.env.HUB_STATE_DIR;
    else process.env.HUB_STATE_DIR = saved;
  });

  it('lives under <repo root>/.hub/exports, the root being the package.json with workspaces', async () => {
    delete process.env.HUB_STATE_DIR;
    const root = findRepoRoot();
    const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { workspaces?: unknown };
    expect(manifest.workspaces).toBeDefined();
    expect(defaultExportDir(2000, 42)).toBe(join(root, '.hub', 'exports', 'cases-2000-seed-42'));
  });

  it('honours HUB_STATE_DIR', () => {
    process.env.HUB_STATE_DIR = '/srv/hub-state';
    expect(defaultExportDir(5, 7)).toBe('/srv/hub-state/exports/cases-5-seed-7');
  });
});

describe('reading and writing export files', () => {
  let root: string;
  beforeEach(async () => {
    root = await temporaryDir();
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('reads JSON lines, skipping blank lines, and names the broken line without echoing it', async () => {
    const file = join(root, 'people.jsonl');
    await writeFile(file, '{"a":1}\n\n{"a":2}\n{"idNumber":"37030319800101123X",\n');
    const seen: unknown[] = [];
    const reading = (async () => {
      for await (const row of readJsonLines<unknown>(file)) seen.push(row);
    })();
    await expect(reading).rejects.toThrow(`${file}:4: not valid JSON`);
    await expect(readAll(file)).rejects.not.toThrow(/37030319800101123X/);
    expect(seen).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it('explains how to create an export when the manifest is missing or wrong', async () => {
    await expect(readExportManifest(root)).rejects.toThrow(/npm run seed -- --cases N --seed S/);
    await writeFile(join(root, 'manifest.json'), '{"formatVersion":2}');
    await expect(readExportManifest(root)).rejects.toThrow(/not a format-1 export manifest/);
  });

  it('leaves the previous folder intact and no temporary folder behind when writing fails', async () => {
    const target = join(root, 'export');
    await mkdir(target);
    await writeFile(join(target, 'manifest.json'), '{}');
    const failing = writeAtomically(target, async (dir) => {
      await writeFile(join(dir, 'manifest.json'), 'half');
      throw new Error('disk on fire');
    });
    await expect(failing).rejects.toThrow('disk on fire');
    expect(await readFile(join(target, 'manifest.json'), 'utf8')).toBe('{}');
    expect(await readdir(root)).toEqual(['export']);
  });

  it('refuses to replace a folder that is not an export', async () => {
    const target = join(root, 'documents');
    await mkdir(target);
    await writeFile(join(target, 'thesis.txt'), 'precious');
    await expect(writeAtomically(target, async () => 'never')).rejects.toThrow(/is not an export folder/);
    expect(await readFile(join(target, 'thesis.txt'), 'utf8')).toBe('precious');
  });
});
