import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { article, startDevServer, story } from '../helpers/fixture-site.ts';
import { graphic, photo } from '../helpers/pictures.ts';

const SITE = {
  'articles/first-story.md': article({ title: '"First story"', publishedAt: '2025-08-12' }, 'The first paragraph.\n'),
  'articles/second-story.md': article({ title: '"Second story"', publishedAt: '2025-08-13' }, 'Another paragraph.\n'),
};

describe('the editor preview while an edit reloads', () => {
  it('answers every request for the edited page, before and after the edit shows, keeps the bodies the old store names, and serves social cards', async () => {
    const server = await startDevServer(SITE);
    try {
      const page = `${server.url}/articles/first-story/`;
      for (let attempt = 0; attempt < 300 && (await fetch(page)).status !== 200; attempt++) await new Promise((resolve) => setTimeout(resolve, 100));
      const bodies = path.join(server.root, 'cache', 'backstory', 'bodies');
      const before = readdirSync(bodies).filter((name) => name.endsWith('.html'));
      const file = path.join(server.root, 'content', 'articles', 'first-story.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('The first paragraph.', 'The first paragraph, now corrected.'));
      // Astro writes its store half a second after the loader finishes, and serves
      // from the old store until then: every answer in between must be the page.
      const statuses: number[] = [];
      let shown = false;
      for (let attempt = 0; attempt < 400 && !shown; attempt++) {
        const response = await fetch(page);
        statuses.push(response.status);
        shown = (await response.text()).includes('now corrected');
        if (!shown) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(shown).toBe(true);
      expect(statuses.filter((status) => status !== 200)).toEqual([]);
      // The old body is still there for the store that named it; the next build prunes it.
      const after = readdirSync(bodies).filter((name) => name.endsWith('.html'));
      expect(after).toEqual(expect.arrayContaining(before));
      expect(after).toHaveLength(before.length + 1);
      // A build writes cards outside Astro's routes; the preview serves each on request.
      const card = await fetch(`${server.url}/og/first-story.png`);
      expect([card.status, card.headers.get('content-type')]).toEqual([200, 'image/png']);
      expect(Buffer.from(await card.arrayBuffer()).readUInt32BE(16)).toBe(1200);
      expect((await fetch(`${server.url}/og/no-such-story.png`)).status).toBe(404);
    } finally {
      server.stop();
    }
  });

  it("serves every picture file a page names, in the format its name says, a draft's included", async () => {
    const server = await startDevServer({
      ...SITE,
      'images/lead.jpg': await photo(1600, 900, 1),
      'images/map.png': await graphic(640, 360),
      'articles/draft.md': article(
        { title: '"Draft"', draft: 'true', image: '{ src: ../images/lead.jpg, alt: "A table", credit: "Photo: Jane Doe / Agency" }' },
        'Intro.\n\n![A map](../images/map.png "The line.") :credit[Map: Backstory]\n',
      ),
    });
    try {
      const page = `${server.url}/articles/draft/`;
      let html = '';
      for (let attempt = 0; attempt < 300 && !html; attempt++) {
        const response = await fetch(page);
        if (response.status === 200) html = await response.text();
        else await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const urls = [...new Set([...html.matchAll(/(?:src|srcset)="([^"]+)"/g)].flatMap((match) => match[1]!.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!)))].filter((url) => url.startsWith('/_pictures/'));
      // Lead: AVIF at three widths and a JPEG; the map (narrower than 800): AVIF and PNG at 400.
      expect(urls).toHaveLength(6);
      const types: Record<string, string> = { avif: 'image/avif', jpg: 'image/jpeg', png: 'image/png' };
      const formats: Record<string, string> = { avif: 'heif', jpg: 'jpeg', png: 'png' };
      for (const url of urls) {
        const response = await fetch(`${server.url}${url}`);
        const extension = url.split('.').at(-1)!;
        expect([response.status, response.headers.get('content-type')], url).toEqual([200, types[extension]]);
        const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
        expect([meta.format, `${meta.width}x${meta.height}`], url).toEqual([formats[extension], /\.(\d+x\d+)\.\w+$/.exec(url)![1]]);
      }
      expect((await fetch(`${server.url}/_pictures/lead.nokey.400x225.avif`)).status).toBe(404);
    } finally {
      server.stop();
    }
  });

  it('previews a story with its draft pieces, and shows an edited summary', async () => {
    const server = await startDevServer({
      ...SITE,
      'stories/the-talks.md': story({}, 'What we know so far.\n'),
      'articles/draft-piece.md': article({ title: '"Draft piece"', publishedAt: '2025-08-14', story: 'the-talks', draft: 'true' }, 'Not yet.\n'),
    });
    try {
      const page = `${server.url}/stories/the-talks/`;
      let response = await fetch(page);
      for (let attempt = 0; attempt < 300 && response.status !== 200; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        response = await fetch(page);
      }
      // Editors preview drafts: the story exists in the preview through its draft piece alone.
      expect(await response.text()).toContain('Draft piece');
      const file = path.join(server.root, 'content', 'stories', 'the-talks.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('What we know so far.', 'What we know, revised.'));
      let shown = false;
      for (let attempt = 0; attempt < 400 && !shown; attempt++) {
        shown = (await (await fetch(page)).text()).includes('What we know, revised.');
        if (!shown) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(shown).toBe(true);
      expect(await (await fetch(`${server.url}/articles/draft-piece/`)).text()).toContain('piece 1 of 1');
    } finally {
      server.stop();
    }
  });
});
