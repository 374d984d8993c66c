import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles, readPage, text } from '../helpers/dist.ts';
import { article, buildFixture, startDevServer, type BuildResult } from '../helpers/fixture-site.ts';

/** A whole tiny newsroom: one live article, one draft, one embargoed until 2030. */
const SITE = {
  'articles/live-story.md': article({ title: '"Live story"', publishedAt: '2025-08-12' }, 'Live body text.\n'),
  'articles/late-night.md': article({ title: '"Filed late at night"', publishedAt: '2025-08-12T23:30:00+01:00' }, 'Filed close to midnight.\n'),
  'articles/draft-story.md': article({ title: '"Unfinished draft"', draft: 'true' }, 'Draft body text.\n'),
  'articles/embargoed-story.md': article({ title: '"Embargoed story"', publishedAt: '2030-01-01' }, 'Embargoed body text.\n'),
};

function mentions(result: BuildResult, needle: string): string[] {
  return listFiles(result.dist).filter((file) => readFileSync(path.join(result.dist, file), 'utf8').includes(needle));
}

describe('one visibility rule and one time zone, whatever the build machine', () => {
  const builds: Record<string, BuildResult> = {};

  // These builds inherit vitest's NODE_ENV=test on purpose: a production build must not treat it as preview.
  beforeAll(async () => {
    builds.losAngeles = await buildFixture(SITE, { TZ: 'America/Los_Angeles', BACKSTORY_NOW: '2025-09-01T00:00:00Z' });
    builds.kiritimati = await buildFixture(SITE, { TZ: 'Pacific/Kiritimati', BACKSTORY_NOW: '2025-09-01T00:00:00Z' });
    builds.after = await buildFixture(SITE, { BACKSTORY_NOW: '2030-01-02T00:00:00Z' });
    for (const [name, result] of Object.entries(builds)) expect(result.code, `${name}: ${result.output}`).toBe(0);
  });

  it('publishes the live article and leaves drafts and embargoed articles out of every file', () => {
    for (const name of ['losAngeles', 'kiritimati']) {
      const result = builds[name]!;
      expect(text(readPage('/articles/live-story/', result.dist).querySelector('h1'))).toBe('Live story');
      for (const needle of ['draft-story', 'Unfinished draft', 'Draft body text', 'embargoed-story', 'Embargoed story', 'Embargoed body text']) {
        expect(mentions(result, needle), `${name}: ${needle}`).toEqual([]);
      }
    }
  });

  it('publishes an embargoed article once the build clock passes its time', () => {
    expect(text(readPage('/articles/embargoed-story/', builds.after!.dist).querySelector('h1'))).toBe('Embargoed story');
    expect(mentions(builds.after!, 'draft-story')).toEqual([]);
  });

  it('previews drafts and embargoed articles under astro dev, and only there', async () => {
    const server = await startDevServer(SITE);
    try {
      for (const slug of ['draft-story', 'embargoed-story']) {
        const response = await fetch(`${server.url}/articles/${slug}/`);
        expect(response.status).toBe(200);
        const html = await response.text();
        expect(html).toContain(slug === 'draft-story' ? 'Unfinished draft' : 'Embargoed story');
      }
      expect(await (await fetch(`${server.url}/articles/draft-story/`)).text()).toContain('Draft: not published');
    } finally {
      server.stop();
    }
  });

  it('shows the same calendar days under any TZ', () => {
    for (const name of ['losAngeles', 'kiritimati']) {
      const dist = builds[name]!.dist;
      const live = readPage('/articles/live-story/', dist).querySelector('article header time')!;
      expect([live.getAttribute('datetime'), text(live)]).toEqual(['2025-08-12T00:00:00+01:00', '12 August 2025']);
      const late = readPage('/articles/late-night/', dist).querySelector('article header time')!;
      expect([late.getAttribute('datetime'), text(late)]).toEqual(['2025-08-12T23:30:00+01:00', '12 August 2025']);
    }
    for (const file of ['index.html', 'archive/index.html', 'articles/late-night/index.html', 'rss.xml', 'atom.xml', 'feed.json', 'sitemap-0.xml']) {
      const [a, b] = [builds.losAngeles!, builds.kiritimati!].map((result) => readFileSync(path.join(result.dist, file), 'utf8'));
      expect(a, file).toBe(b);
    }
  });
});
