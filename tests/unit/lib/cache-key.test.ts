import { describe, expect, it } from 'vitest';
import { cacheKey } from '../../../src/lib/cache-key.ts';

describe('cacheKey', () => {
  const article = { title: 'A', entry: { digest: 'abc', rendered: { html: '<p>long</p>' } } };

  it('changes when anything shown changes, including the body digest', () => {
    expect(cacheKey(article)).toBe(cacheKey({ ...article }));
    expect(cacheKey(article)).not.toBe(cacheKey({ ...article, title: 'B' }));
    expect(cacheKey(article)).not.toBe(cacheKey({ ...article, entry: { ...article.entry, digest: 'abd' } }));
    expect(cacheKey(article, [{ title: 'Related' }])).not.toBe(cacheKey(article, [{ title: 'Other' }]));
  });

  it('reads an entry by its digest, not its stored HTML', () => {
    expect(cacheKey(article)).toBe(cacheKey({ ...article, entry: { digest: 'abc', rendered: { html: 'anything' } } }));
  });
});
