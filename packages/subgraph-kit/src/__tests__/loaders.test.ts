import { createByIdLoader } from '../loaders';

test('one query per batch, results in key order, null for missing keys', async () => {
  const filters: unknown[] = [];
  const loader = createByIdLoader<{ _id: string; n: number }>(async (filter) => {
    filters.push(filter);
    return [{ _id: 'b', n: 2 }, { _id: 'a', n: 1 }];
  });
  const results = await Promise.all([loader.load('a'), loader.load('missing'), loader.load('b'), loader.load('a')]);
  expect(results).toEqual([{ _id: 'a', n: 1 }, null, { _id: 'b', n: 2 }, { _id: 'a', n: 1 }]);
  expect(filters).toEqual([{ _id: { $in: ['a', 'missing', 'b'] } }]);
});

test('a batch of one asks by exact _id, which the embedded engine answers from its primary key', async () => {
  const filters: unknown[] = [];
  const loader = createByIdLoader<{ _id: string }>(async (filter) => {
    filters.push(filter);
    return [];
  });
  expect(await loader.load('only')).toBeNull();
  expect(filters).toEqual([{ _id: 'only' }]);
});
