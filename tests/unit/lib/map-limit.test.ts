import { describe, expect, it } from 'vitest';
import { mapLimit } from '../../../src/lib/map-limit.ts';

describe('mapLimit', () => {
  it('keeps input order and never has more than the limit in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const results = await mapLimit(Array.from({ length: 200 }, (_, index) => index), 7, async (item) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, (item * 7) % 5));
      inFlight--;
      return item * 2;
    });
    expect(results).toEqual(Array.from({ length: 200 }, (_, index) => index * 2));
    expect(most).toBe(7);
  });

  it('handles an empty list and passes errors on', async () => {
    expect(await mapLimit([], 4, async () => 1)).toEqual([]);
    await expect(mapLimit([1, 2], 4, async (item) => (item === 2 ? Promise.reject(new Error('no')) : item))).rejects.toThrow('no');
  });
});
