/**
 * Requests per identity per minute (the caller's subject; the client address for the public), in
 * a fixed one-minute window. With REDIS_URL the counters live in Redis, so several gateway
 * instances share one limit; without it, in this process.
 */
import type { RequestHandler } from 'express';
import { Redis } from 'ioredis';

export interface RateLimitStore {
  /** Counts one hit in the window and returns the count so far. */
  hit(key: string, windowSeconds: number): Promise<number>;
  close(): Promise<void>;
}

export function memoryStore(): RateLimitStore {
  const windows = new Map<string, { count: number; resetAt: number }>();
  return {
    async hit(key, windowSeconds) {
      const now = Date.now();
      const current = windows.get(key);
      if (!current || current.resetAt <= now) {
        // Drop finished windows now and then so the map does not grow with every caller ever seen.
        if (windows.size > 10_000) for (const [k, w] of windows) if (w.resetAt <= now) windows.delete(k);
        windows.set(key, { count: 1, resetAt: now + windowSeconds * 1000 });
        return 1;
      }
      current.count += 1;
      return current.count;
    },
    async close() {},
  };
}

export function redisStore(url: string): RateLimitStore {
  // Commands wait for the connection briefly, then fail (and the request is let through, logged)
  // instead of queueing without end while Redis is down.
  const redis = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 2000, commandTimeout: 1000 });
  redis.on('error', () => undefined); // reported per request below, not as an unhandled event
  return {
    async hit(key, windowSeconds) {
      const bucket = `hub:ratelimit:${key}:${Math.floor(Date.now() / (windowSeconds * 1000))}`;
      const [[, count]] = (await redis.multi().incr(bucket).expire(bucket, windowSeconds * 2).exec()) as [[Error | null, number]];
      return count;
    },
    async close() {
      redis.disconnect();
    },
  };
}

export function rateLimit(store: RateLimitStore, perMinute: number, keyOf: (req: Parameters<RequestHandler>[0]) => string, onStoreError: (error: unknown) => void): RequestHandler {
  return async (req, res, next) => {
    let count: number;
    try {
      count = await store.hit(keyOf(req), 60);
    } catch (error) {
      // The store being down must not take the hub down with it; the error is logged.
      onStoreError(error);
      return next();
    }
    res.set('RateLimit-Limit', String(perMinute));
    res.set('RateLimit-Remaining', String(Math.max(0, perMinute - count)));
    if (count > perMinute) {
      res.set('Retry-After', String(60 - (Math.floor(Date.now() / 1000) % 60)));
      res.status(429).json({ errors: [{ message: `Too many requests: at most ${perMinute} a minute per caller. Try again shortly.`, extensions: { code: 'RATE_LIMITED' } }] });
      return;
    }
    next();
  };
}
