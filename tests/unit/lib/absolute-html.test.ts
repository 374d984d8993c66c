import { describe, expect, it } from 'vitest';
import { absoluteHtml } from '../../../src/lib/feeds/absolute-html.ts';

describe('absoluteHtml', () => {
  it('resolves links, images, source sets and fragments against the article URL', () => {
    const html = '<p><a href="/articles/other/">other</a> <a href="#fn-1">1</a> <img src="/images/map.png" srcset="/images/map.png 1x, /images/map@2x.png 2x" alt="Map"> <a href="https://example.org/">out</a></p>';
    expect(absoluteHtml(html, 'https://news.example/articles/this/')).toBe(
      '<p><a href="https://news.example/articles/other/">other</a> <a href="https://news.example/articles/this/#fn-1">1</a> <img src="https://news.example/images/map.png" srcset="https://news.example/images/map.png 1x, https://news.example/images/map@2x.png 2x" alt="Map"> <a href="https://example.org/">out</a></p>',
    );
  });
});
