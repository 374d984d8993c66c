import { describe, expect, it } from 'vitest';
import { lazyFields } from '../../../src/lib/lazy-fields.ts';

describe('lazyFields', () => {
  it('computes a field on its first read, once, and never one that is not read', () => {
    const calls: string[] = [];
    const object: { a: number; b: number[]; c: string } = lazyFields<{ a: number; b: number[]; c: string }>({
      a: () => (calls.push('a'), 1),
      b: (): number[] => (calls.push('b'), [object.a, 2]),
      c: () => (calls.push('c'), 'never'),
    });
    expect(calls).toEqual([]);
    expect(object.b).toEqual([1, 2]);
    expect(object.b).toBe(object.b);
    expect(object.a).toBe(1);
    expect(calls).toEqual(['b', 'a']);
    expect(Object.keys(object)).toEqual(['a', 'b', 'c']);
  });
});
