import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { listFiles, readPage, text } from '../helpers/dist.ts';
import { article, buildFixture, rebuildFixture, story, type BuildResult } from '../helpers/fixture-site.ts';
import { readSearchIndex } from '../helpers/search-index.ts';
import { readXml } from '../helpers/xml.ts';

const ORIGIN = 'https://backstory.example';

/**
 * A newsroom with three stories: one developing, with three published
 * pieces, a draft, a scheduled piece and an update not yet due; one
 * concluded; and one whose only piece is a draft, so it must appear nowhere.
 */
const SITE: Record<string, string | null> = {
  'articles/first-story.md': null,
  'stories/the-talks.md': story(
    {
      tags: '[diplomacy]',
      startedAt: '2025-08-01',
      updates: '[{ at: 2025-08-11, text: "Talks are mooted." }, { at: "2025-08-13T18:30:00+01:00", text: "The leaders meet." }, { at: 2099-01-01, text: "Embargoed update." }]',
    },
    'What we know: [the opening piece](/articles/opening/) set out the stakes.\n',
  ),
  'stories/quiet-story.md': story({
    title: '"Quiet story"',
    status: 'concluded',
    updates: `[${[1, 2, 3, 4, 5, 6, 7].map((day) => `{ at: 2025-07-0${day}, text: "Update ${day}." }`).join(', ')}]`,
  }),
  'stories/hidden-story.md': story({ title: '"Hidden story"' }),
  'articles/opening.md': article({ title: '"Opening"', publishedAt: '2025-08-10', story: 'the-talks', events: '[helsinki-summit]' }, 'Opening body.\n'),
  'articles/middle.md': article({ title: '"Middle"', kind: 'explainer', publishedAt: '2025-08-12', story: 'the-talks', storyStart: 'true' }, 'Middle body.\n'),
  'articles/latest.md': article({ title: '"Latest"', kind: 'report', publishedAt: '2025-08-14', story: 'the-talks' }, 'Latest body.\n'),
  'articles/unrelated.md': article({ title: '"Unrelated"', publishedAt: '2025-08-13' }, 'Unrelated body.\n'),
  'articles/draft-piece.md': article({ title: '"Draft piece"', publishedAt: '2025-08-13', story: 'the-talks', draft: 'true' }, 'Draft body.\n'),
  'articles/scheduled-piece.md': article({ title: '"Scheduled piece"', publishedAt: '2099-06-01', story: 'the-talks' }, 'Scheduled body.\n'),
  'articles/secret-piece.md': article({ title: '"Secret piece"', publishedAt: '2025-08-09', story: 'hidden-story', draft: 'true' }, 'Secret body.\n'),
  'articles/quiet-piece.md': article({ title: '"Quiet piece"', publishedAt: '2025-07-01', story: 'quiet-story' }, 'Quiet body.\n'),
};
// Six earlier pieces of the quiet story: more than a story feed carries in full.
for (let day = 1; day <= 6; day++) SITE[`articles/quiet-earlier-${day}.md`] = article({ title: `"Quiet earlier ${day}"`, publishedAt: `2025-06-0${day}`, story: 'quiet-story' }, `Earlier body ${day}.\n`);

const HIDDEN = ['Draft piece', 'Scheduled piece', 'Secret piece', 'Hidden story', 'hidden-story', 'Embargoed update', 'draft-piece', 'scheduled-piece'];

const jsonLd = (dist: string, url: string) => JSON.parse(readPage(url, dist).querySelector('script[type="application/ld+json"]')!.textContent);
/** The text of each paragraph and heading inside `element`, in order: how a reader scans a block. */
const lines = (element: HTMLElement | null) => element?.querySelectorAll('h2, h3, p').map(text) ?? [];
const hrefs = (dist: string, url: string, selector: string) => [...readPage(url, dist).querySelectorAll(selector)].map((link) => link.getAttribute('href'));

let build: BuildResult;
beforeAll(async () => {
  build = await buildFixture(SITE);
  expect(build.code, build.output).toBe(0);
});

describe('a story page', () => {
  it('shows the title, status, summary, when it began and how many pieces it has', () => {
    const page = readPage('/stories/the-talks/', build.dist);
    expect(text(page.querySelector('h1'))).toBe('The talks');
    expect([text(page.querySelector('.kicker')), text(page.querySelector('.story-status'))]).toEqual(['Story', 'Developing']);
    expect(text(page.querySelector('.prose-body'))).toBe('What we know: the opening piece set out the stakes.');
    expect(text(page.querySelector('main'))).toContain('Following since 1 August 2025 · 3 pieces · Latest activity 14 August 2025');
  });

  it('lists the updates readers may see, newest first, each at a permanent anchor with its time', () => {
    const items = readPage('/stories/the-talks/', build.dist).querySelectorAll('section[aria-labelledby=updates-heading] li');
    expect(items.map((item) => item.id)).toEqual(['update-20250813t1730z', 'update-20250810t2300z']);
    expect(items.map(lines)).toEqual([['13 August 2025, 18:30 BST', 'The leaders meet.'], ['11 August 2025', 'Talks are mooted.']]);
  });

  it('folds all but the five newest updates away, keeping every update\'s anchor on the page', () => {
    const section = readPage('/stories/quiet-story/', build.dist).querySelector('section[aria-labelledby=updates-heading]')!;
    expect(section.querySelectorAll(':scope > ol > li').map((item) => text(item.querySelector('p:last-child')))).toEqual(['Update 7.', 'Update 6.', 'Update 5.', 'Update 4.', 'Update 3.']);
    expect(text(section.querySelector('details summary'))).toBe('Earlier updates (2)');
    expect(section.querySelectorAll('details li').map((item) => item.id)).toEqual(['update-20250701t2300z', 'update-20250630t2300z']);
  });

  it('starts readers at the marked piece and lists every published piece in order with kind, date and dek', () => {
    const page = readPage('/stories/the-talks/', build.dist);
    expect(hrefs(build.dist, '/stories/the-talks/', 'section[aria-labelledby=start-heading] a')).toEqual(['/articles/middle/']);
    expect(hrefs(build.dist, '/stories/the-talks/', '.story-pieces h3 a')).toEqual(['/articles/opening/', '/articles/middle/', '/articles/latest/']);
    expect(page.querySelectorAll('.story-pieces li').map((item) => text(item.querySelector('p')))).toEqual([
      '1. 10 August 2025 · Analysis',
      '2. 12 August 2025 · Explainer',
      '3. 14 August 2025 · Report',
    ]);
    expect(text(page.querySelector('.story-pieces li:first-child p:last-child'))).toBe('A dek.');
  });

  it('has its own key dates, from the events its pieces cite', () => {
    const aside = readPage('/stories/the-talks/', build.dist).querySelector('aside[aria-labelledby=story-timeline]');
    expect(text(aside)).toContain('Helsinki summit');
    expect(hrefs(build.dist, '/stories/the-talks/', 'aside[aria-labelledby=story-timeline] a')).toEqual(['/timeline/helsinki-summit/', '/articles/opening/']);
  });

  it('advertises its RSS and Atom feeds and describes itself as a collection of its articles', () => {
    const page = readPage('/stories/the-talks/', build.dist);
    const alternates = page.querySelectorAll('link[rel=alternate]').map((link) => [link.getAttribute('type'), link.getAttribute('href')]);
    expect(alternates).toEqual(expect.arrayContaining([
      ['application/rss+xml', `${ORIGIN}/stories/the-talks/rss.xml`],
      ['application/atom+xml', `${ORIGIN}/stories/the-talks/atom.xml`],
    ]));
    const ld = jsonLd(build.dist, '/stories/the-talks/');
    expect(ld).toMatchObject({ '@type': 'CollectionPage', name: 'The talks', url: `${ORIGIN}/stories/the-talks/`, dateModified: '2025-08-14T00:00:00+01:00' });
    expect(ld.hasPart.map((part: any) => [part['@type'], part.url])).toEqual([
      ['AnalysisNewsArticle', `${ORIGIN}/articles/opening/`],
      ['BackgroundNewsArticle', `${ORIGIN}/articles/middle/`],
      ['ReportageNewsArticle', `${ORIGIN}/articles/latest/`],
    ]);
  });
});

describe('the stories index and the home page', () => {
  it('lists stories with a published piece, developing first, each with its latest activity and latest piece', () => {
    const items = readPage('/stories/', build.dist).querySelectorAll('main li');
    expect(items.map((item) => item.querySelector('h2 a')!.getAttribute('href'))).toEqual(['/stories/the-talks/', '/stories/quiet-story/']);
    expect(lines(items[0]!)).toEqual(['Developing', 'The talks', 'Leaders talk about talking.', '3 pieces · Latest activity 14 August 2025 · Latest piece: Latest']);
    expect(lines(items[1]!).slice(0, 2)).toEqual(['Concluded', 'Quiet story']);
  });

  it('shows the developing stories on the home page with their latest piece', () => {
    const section = readPage('/', build.dist).querySelector('section[aria-labelledby=stories-heading]')!;
    expect(section.querySelectorAll('li').map((item) => [text(item.querySelector('a')), text(item.querySelector('p'))])).toEqual([['The talks', 'Latest: Latest · 14 August 2025']]);
  });
});

describe('an article in a story', () => {
  it('shows the story box with its place in the story and the latest piece', () => {
    const box = (slug: string) => lines(readPage(`/articles/${slug}/`, build.dist).querySelector('.story-box'));
    expect(box('opening')).toEqual(['Part of: The talks · piece 1 of 3', 'Latest: Latest']);
    expect(box('middle')).toEqual(['Part of: The talks · piece 2 of 3', 'Latest: Latest']);
    expect(box('latest')).toEqual(['Part of: The talks · piece 3 of 3', 'This is the latest piece.']);
    expect(readPage('/articles/unrelated/', build.dist).querySelector('.story-box')).toBeNull();
  });

  it('links the story\'s previous and next pieces at the end, and names its story in JSON-LD', () => {
    expect(hrefs(build.dist, '/articles/middle/', 'nav[aria-labelledby=story-nav-heading] a')).toEqual(['/stories/the-talks/', '/articles/opening/', '/articles/latest/']);
    expect(text(readPage('/articles/opening/', build.dist).querySelector('nav[aria-labelledby=story-nav-heading]'))).toContain('This is where the story begins.');
    expect(jsonLd(build.dist, '/articles/middle/').isPartOf).toEqual({ '@type': 'CollectionPage', '@id': `${ORIGIN}/stories/the-talks/`, name: 'The talks', url: `${ORIGIN}/stories/the-talks/` });
    expect(jsonLd(build.dist, '/articles/unrelated/').isPartOf).toBeUndefined();
  });
});

describe('story feeds', () => {
  for (const format of ['rss', 'atom'] as const) {
    it(`carry the pieces and the due updates, newest first, each with its own permanent id (${format}, read by a feed reader)`, async () => {
      const feed = await new Parser().parseString(readFileSync(path.join(build.dist, `stories/the-talks/${format}.xml`), 'utf8'));
      expect(feed.title).toBe('Backstory: The talks');
      expect(feed.items.map((item) => [item.title, item.link])).toEqual([
        ['Latest', `${ORIGIN}/articles/latest/`],
        ['Update: The talks', `${ORIGIN}/stories/the-talks/#update-20250813t1730z`],
        ['Middle', `${ORIGIN}/articles/middle/`],
        ['Update: The talks', `${ORIGIN}/stories/the-talks/#update-20250810t2300z`],
        ['Opening', `${ORIGIN}/articles/opening/`],
      ]);
      const ids = feed.items.map((item) => item.guid ?? item.id);
      expect(new Set(ids).size).toBe(5);
      expect(feed.items[1]!.contentSnippet ?? feed.items[1]!.summary).toContain('The leaders meet.');
    });
  }

  it('carry the full text of the newest five pieces only, and the dek of the older ones', () => {
    const items = readXml('stories/quiet-story/rss.xml', build.dist).rss.channel.item.filter((item: any) => item.link.includes('/articles/'));
    expect(items.map((item: any) => item.title)).toEqual(['Quiet piece', ...[6, 5, 4, 3, 2, 1].map((day) => `Quiet earlier ${day}`)]);
    expect(items.map((item: any) => Boolean(item['content:encoded']))).toEqual([true, true, true, true, true, false, false]);
    expect(items.every((item: any) => item.description === 'A dek.')).toBe(true);
    const atom = readXml('stories/quiet-story/atom.xml', build.dist).feed.entry.filter((entry: any) => entry.id.includes('/articles/'));
    expect(atom.map((entry: any) => Boolean(entry.content))).toEqual([true, true, true, true, true, false, false]);
  });

  it('are listed on the subscribe page for every story with a published piece', () => {
    const links = hrefs(build.dist, '/subscribe/', 'section[aria-labelledby=stories-heading] a');
    expect(links).toEqual([
      '/stories/the-talks/', '/stories/the-talks/rss.xml', '/stories/the-talks/atom.xml',
      '/stories/quiet-story/', '/stories/quiet-story/rss.xml', '/stories/quiet-story/atom.xml',
    ]);
  });
});

describe('stories everywhere else', () => {
  it('are in the sitemap, dated by their latest activity', () => {
    const urls = readXml('sitemap-0.xml', build.dist).urlset.url;
    const entry = (loc: string) => urls.find((url: any) => url.loc === `${ORIGIN}${loc}`);
    expect(entry('/stories/the-talks/')?.lastmod).toBe('2025-08-13T23:00:00.000Z');
    expect(entry('/stories/')).toBeDefined();
    expect(entry('/stories/hidden-story/')).toBeUndefined();
  });

  it('are search results', () => {
    const stories = readSearchIndex(build.dist).filter((record) => record.url.startsWith('/stories/'));
    expect(stories.map((record) => [record.bundle, record.url, record.title])).toEqual(
      expect.arrayContaining([['stories', '/stories/the-talks/', 'The talks'], ['stories', '/stories/quiet-story/', 'Quiet story']]),
    );
    expect(stories).toHaveLength(2);
    expect(stories.find((record) => record.url === '/stories/the-talks/')!.content).toContain('set out the stakes');
  });

  it('never show a hidden piece, an update not yet due or a story with no published piece', () => {
    expect(existsSync(path.join(build.dist, 'stories/hidden-story'))).toBe(false);
    for (const file of listFiles(build.dist)) {
      const body = readFileSync(path.join(build.dist, file), 'utf8');
      for (const needle of HIDDEN) expect(body.includes(needle), `${file} mentions ${needle}`).toBe(false);
    }
  });
});

describe('rebuilds', () => {
  it('adding a piece to a story updates the story page, its feeds and the story box on every other piece', async () => {
    const added = await rebuildFixture(build, { 'articles/newest.md': article({ title: '"Newest"', publishedAt: '2025-08-15', story: 'the-talks' }, 'Newest body.\n') });
    expect(added.code, added.output).toBe(0);
    expect(hrefs(added.dist, '/stories/the-talks/', '.story-pieces h3 a')).toEqual(['/articles/opening/', '/articles/middle/', '/articles/latest/', '/articles/newest/']);
    for (const format of ['rss', 'atom']) expect(readFileSync(path.join(added.dist, `stories/the-talks/${format}.xml`), 'utf8')).toContain(`${ORIGIN}/articles/newest/`);
    expect(lines(readPage('/articles/opening/', added.dist).querySelector('.story-box'))).toEqual(['Part of: The talks · piece 1 of 4', 'Latest: Newest']);
    expect(lines(readPage('/articles/latest/', added.dist).querySelector('.story-box'))).toEqual(['Part of: The talks · piece 3 of 4', 'Latest: Newest']);
    expect(hrefs(added.dist, '/articles/latest/', 'nav[aria-labelledby=story-nav-heading] a')).toContain('/articles/newest/');
    expect(lines(readPage('/stories/', added.dist).querySelector('main li'))).toContain('4 pieces · Latest activity 15 August 2025 · Latest piece: Newest');
    // A piece of another story, and that story's feeds, are not rendered again.
    expect(added.output).toMatch(/\/articles\/quiet-piece\/index\.html \(cached\)/);
    expect(added.output).toMatch(/\/stories\/quiet-story\/rss\.xml \(cached\)/);
    expect(added.output).toMatch(/\/stories\/quiet-story\/atom\.xml \(cached\)/);
    expect(added.output).not.toMatch(/\/stories\/the-talks\/rss\.xml \(cached\)/);
  });

  it('an edited summary or a new update reaches the story page, its feeds and search', async () => {
    const edited = await rebuildFixture(build, {
      'stories/the-talks.md': story(
        { tags: '[diplomacy]', startedAt: '2025-08-01', updates: '[{ at: 2025-08-11, text: "Talks are mooted." }, { at: "2025-08-16T09:00:00+01:00", text: "A second round is set." }]' },
        'What we know: [the opening piece](/articles/opening/) set out the stakes, and a second round follows.\n',
      ),
    });
    expect(edited.code, edited.output).toBe(0);
    expect(text(readPage('/stories/the-talks/', edited.dist).querySelector('.prose-body'))).toContain('a second round follows');
    expect(readFileSync(path.join(edited.dist, 'stories/the-talks/rss.xml'), 'utf8')).toContain(`${ORIGIN}/stories/the-talks/#update-20250816t0800z`);
    expect(readFileSync(path.join(edited.dist, 'stories/the-talks/index.html'), 'utf8')).not.toContain('The leaders meet.');
    expect(readSearchIndex(edited.dist).find((record) => record.url === '/stories/the-talks/')!.content).toContain('a second round follows');
    expect(edited.output).toContain('(the stories of 3 indexed again)');
  });
});
