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
