import { describe, expect, it } from 'vitest';
import { markdownLinks } from '../../../src/model/newsroom-links.ts';

describe('markdownLinks', () => {
  it('finds inline links, images and reference definitions that stay on the site', () => {
    const body = [
      'See [one](/articles/one/) and [two](/articles/two/#part "Title").',
      'Away: [out](https://example.org/) and [proto](//cdn.example/x).',
      '![A map](../images/map.png)',
      '[Jump](#notes)',
      '',
      '[ref]: /tags/russia/',
    ].join('\n');
    expect(markdownLinks(body)).toEqual(['/articles/one/', '/articles/two/#part', '#notes', '/tags/russia/']);
  });

  it('skips code spans and fenced code', () => {
    const body = ['Write `[x](/articles/in-code/)` like this:', '', '```md', '[y](/articles/in-fence/)', '```', '', '[z](/articles/real/)'].join('\n');
    expect(markdownLinks(body)).toEqual(['/articles/real/']);
  });
});
