import { randomBytes } from 'node:crypto';
import { memoryStore, redisStore } from '../security/rateLimit';

// Redis runs on the machine (127.0.0.1:6379), as in production beside the gateways.
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

test('two gateway instances count one caller in one window through Redis', async () => {
  const [first, second] = [redisStore(REDIS_URL), redisStore(REDIS_URL)];
  try {
    const caller = `test-${randomBytes(6).toString('hex')}`;
    const counts = [await first.hit(caller, 60), await second.hit(caller, 60), await first.hit(caller, 60), await second.hit(caller, 60)];
    expect(counts).toEqual([1, 2, 3, 4]);
    expect(await first.hit(`${caller}-other`, 60)).toBe(1);
  } finally {
    await Promise.all([first.close(), second.close()]);
  }
});

test('the in-process store counts per caller and starts a new window when one ends', async () => {
  const store = memoryStore();
  expect([await store.hit('a', 1), await store.hit('a', 1), await store.hit('b', 1)]).toEqual([1, 2, 1]);
  await new Promise((resolve) => setTimeout(resolve, 1100));
  expect(await store.hit('a', 1)).toBe(1);
});

test('an unreachable Redis is an error the caller sees, not a hang', async () => {
  const store = redisStore('redis://127.0.0.1:1');
  try {
    await expect(store.hit('x', 60)).rejects.toThrow();
  } finally {
    await store.close();
  }
});
