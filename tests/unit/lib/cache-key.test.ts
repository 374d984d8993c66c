import { describe, expect, it } from 'vitest';
import { cacheKey, digestFrom } from '../../../src/lib/cache-key.ts';

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

describe('cacheKey over an object built from digested content', () => {
  const built = (title: string, entryDigest: string, tag: object) => {
    const article = { title, tags: [tag] };
    digestFrom(article, 'article', entryDigest, article.tags);
    return article;
  };

  it('keys the object by what it was declared to be built from, not by a walk through it', () => {
    const tag = { slug: 'nato', label: 'NATO' };
    // Same parts: the same key, whatever the object holds (the entry digest is trusted to cover it).
    expect(cacheKey(built('A', 'd1', tag))).toBe(cacheKey(built('B', 'd1', tag)));
    // Another entry digest, or a changed reference: another key.
    expect(cacheKey(built('A', 'd1', tag))).not.toBe(cacheKey(built('A', 'd2', tag)));
    expect(cacheKey(built('A', 'd1', tag))).not.toBe(cacheKey(built('A', 'd1', { ...tag, label: 'Nato' })));
    // Never the key of a plain object that happens to hold the same text.
    expect(cacheKey(built('A', 'd1', tag))).not.toBe(cacheKey({ title: 'A', tags: [tag] }));
    expect(cacheKey([built('A', 'd1', tag)])).not.toBe(cacheKey(['article', 'd1', [tag]]));
  });
});
