import { describe, expect, it } from 'vitest';
import { cacheKey } from '../../../src/lib/cache-key.ts';

describe('cacheKey', () => {
  const article = { title: 'A', body: { key: 'abc', headings: [{ depth: 2, slug: 'one', text: 'One' }] } };

  it('changes when anything shown changes, including the body key', () => {
    expect(cacheKey(article)).toBe(cacheKey({ ...article }));
    expect(cacheKey(article)).not.toBe(cacheKey({ ...article, title: 'B' }));
    expect(cacheKey(article)).not.toBe(cacheKey({ ...article, body: { ...article.body, key: 'abd' } }));
    expect(cacheKey(article)).not.toBe(cacheKey({ ...article, body: { ...article.body, headings: [] } }));
    expect(cacheKey(article, [{ title: 'Related' }])).not.toBe(cacheKey(article, [{ title: 'Other' }]));
  });
});

describe('cacheKey over shared objects', () => {
  it('gives one object shown on many pages the same key each time, and tells apart objects that differ', () => {
    const tag = { slug: 'nato', label: 'NATO' };
    const first = { title: 'A', tags: [tag], publishedAt: new Date('2025-01-01T00:00:00Z') };
    const second = { title: 'A', tags: [tag], publishedAt: new Date('2025-01-02T00:00:00Z') };
    expect(cacheKey('site', first)).toBe(cacheKey('site', first));
    expect(cacheKey('site', first)).toBe(cacheKey('site', { ...first, tags: [{ ...tag }] }));
    expect(cacheKey('site', first)).not.toBe(cacheKey('site', second));
    expect(cacheKey('site', [first, second])).not.toBe(cacheKey('site', [second, first]));
    expect(cacheKey('site', first)).not.toBe(cacheKey('other site', first));
    expect(cacheKey({ a: { b: 1 } })).not.toBe(cacheKey({ a: { b: 2 } }));
    expect(cacheKey({ a: { b: 1 } })).not.toBe(cacheKey({ a: '#' }));
  });
});
