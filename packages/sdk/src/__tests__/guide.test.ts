/** The developer guide's worked example is packages/sdk/examples/timeline.ts, which `typecheck` compiles. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '../../../..');

test('the guide shows exactly the type-checked example', () => {
  const guide = readFileSync(path.join(root, 'docs/developer-guide.md'), 'utf8');
  const marker = '<!-- example: packages/sdk/examples/timeline.ts -->\n```ts\n';
  const start = guide.indexOf(marker);
  expect(start).toBeGreaterThan(-1);
  const shown = guide.slice(start + marker.length, guide.indexOf('\n```', start + marker.length) + 1);
  const example = readFileSync(path.join(root, 'packages/sdk/examples/timeline.ts'), 'utf8');
  // The file starts with a comment saying what it is; the guide shows the code after it.
  expect(shown).toBe(example.slice(example.indexOf('import ')));
});
