import { describe, expect, it } from 'vitest';
import { VersionCache } from './version-cache.js';

const bytes = (n: number) => Buffer.alloc(n, 1);

describe('the version cache', () => {
  it('keeps versions up to its byte bound, dropping the least recently used first', () => {
    const cache = new VersionCache(250);
    cache.set('a', bytes(100));
    cache.set('b', bytes(100));
    expect(cache.get('a')?.length).toBe(100); // a is now the most recently used
    cache.set('c', bytes(100));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.length).toBe(100);
    expect(cache.get('c')?.length).toBe(100);
  });

  it('never holds a version larger than the whole bound, and holds nothing when the bound is 0', () => {
    const cache = new VersionCache(50);
    cache.set('big', bytes(51));
    expect(cache.get('big')).toBeUndefined();
    const none = new VersionCache(0);
    none.set('a', bytes(1));
    expect(none.get('a')).toBeUndefined();
  });
});
