import { describe, expect, it } from 'vitest';
import { withoutLinks } from '../../../src/lib/withdraw-links.ts';

describe('withoutLinks', () => {
  it('keeps the words of each link to a withdrawn href and drops the link', () => {
    const html = '<p>See <a href="/articles/gone/">the <em>old</em> piece</a> and <a href="/articles/here/">this one</a>.</p>';
    expect(withoutLinks(html, ['/articles/gone/'])).toBe('<p>See the <em>old</em> piece and <a href="/articles/here/">this one</a>.</p>');
  });

  it('matches hrefs exactly, fragments and all, whatever the other attributes', () => {
    const html = '<a class="x" href="/articles/gone/#part" id="y">part</a> <a href="/articles/gone/">whole</a> <a href="/articles/gone-too/">other</a>';
    expect(withoutLinks(html, ['/articles/gone/#part', '/articles/gone/'])).toBe('part whole <a href="/articles/gone-too/">other</a>');
  });

  it('reads hrefs as text, not patterns', () => {
    const html = '<a href="/articles/a/?q=1&#x26;b=2">q</a> <a href="/articles/aa/">aa</a>';
    expect(withoutLinks(html, ['/articles/a/?q=1&#x26;b=2', '/articles/a./'])).toBe('q <a href="/articles/aa/">aa</a>');
  });

  it('returns the HTML untouched when nothing is withdrawn', () => {
    const html = '<p><a href="/articles/x/">x</a></p>';
    expect(withoutLinks(html, [])).toBe(html);
  });
});
