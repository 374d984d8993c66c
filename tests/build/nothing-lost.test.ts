import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles, readPage, text } from '../helpers/dist.ts';
import { article, buildFixture, story as storyFile, type BuildResult, type FixtureFiles } from '../helpers/fixture-site.ts';
import { photo } from '../helpers/pictures.ts';
import { readSearchIndex } from '../helpers/search-index.ts';
import { readJson, readXml } from '../helpers/xml.ts';

const ORIGIN = 'https://backstory.example';
/**
 * The build clock: every published article is within the 48 hours before it,
 * so the Google News sitemap is an output like any other; the draft is dated
 * inside that window too, and the scheduled piece is due a minute after it.
 */
const CLOCK = '2025-08-12T12:00:00Z';

interface Story {
  slug: string;
  title: string;
  tags: string[];
  events: string[];
}

const PUBLISHED: Story[] = [
  { slug: 'alpha', title: 'Alpha analysis', tags: ['russia'], events: ['helsinki-summit'] },
  { slug: 'beta', title: 'Beta explainer', tags: ['russia', 'diplomacy'], events: ['talks-open'] },
  { slug: 'gamma', title: 'Gamma report', tags: ['diplomacy'], events: [] },
];
const HIDDEN: (Story & { why: string })[] = [
  { slug: 'delta-draft', title: 'Delta draft', tags: ['russia'], events: ['draft-only-event'], why: 'draft: true' },
  { slug: 'epsilon-scheduled', title: 'Epsilon scheduled', tags: ['nato'], events: ['scheduled-only-event'], why: 'publishedAt: 2025-08-12T13:01:00+01:00' },
];

const files: FixtureFiles = {
  'articles/first-story.md': null,
  'tags/nato.yaml': 'label: NATO\ndescription: The alliance.\n',
  'events/talks-open.yaml': 'date: 2025-06\ntitle: Talks open\n',
  'events/draft-only-event.yaml': 'date: 2025-07\ntitle: Draft-only event\n',
  'events/scheduled-only-event.yaml': 'date: 2025-07\ntitle: Scheduled-only event\n',
  // Every article, published or hidden, is a piece of this story.
  'stories/the-story.md': storyFile({}),
  // Every article, published or hidden, quotes this person.
  'people/the-analyst.yaml': 'name: The Analyst\ndescription: Quoted by every piece\n',
};
// Every article, published or hidden, has its own lead picture, named after it.
const leadPicture = (story: Story) => `{ src: ../images/${story.slug}.jpg, alt: "A scene from ${story.title}", credit: "Photo: Backstory" }`;
for (const [index, story] of [...PUBLISHED, ...HIDDEN].entries()) files[`images/${story.slug}.jpg`] = await photo(800, 450, index + 1);
// Three days, all within 48 hours of the clock: 17:00 UTC on the 10th, then midnight in London on the 11th and 12th.
const PUBLISHED_AT = ['2025-08-10T18:00:00+01:00', '2025-08-11', '2025-08-12'];
PUBLISHED.forEach((story, index) => {
  files[`articles/${story.slug}.md`] = article({ title: `"${story.title}"`, publishedAt: PUBLISHED_AT[index]!, tags: `[${story.tags}]`, events: `[${story.events}]`, story: 'the-story', image: leadPicture(story) }, `Body of ${story.title}.\n\n:::quote{person=the-analyst}\nWords for ${story.title}.\n:::\n`);
});
for (const story of HIDDEN) {
  const [key, value] = story.why.split(': ');
  files[`articles/${story.slug}.md`] = article({ title: `"${story.title}"`, tags: `[${story.tags}]`, events: `[${story.events}]`, story: 'the-story', image: leadPicture(story), [key!]: value! }, `Body of ${story.title}.\n\n:::quote{person=the-analyst}\nWords for ${story.title}.\n:::\n`);
}

const page = (dist: string, url: string) => (existsSync(path.join(dist, url, 'index.html')) ? readPage(url, dist) : undefined);
const links = (dist: string, url: string, selector: string) => page(dist, url)?.querySelectorAll(selector).length ?? 0;
const monthPageLinks = (dist: string, base: string, story: Story) =>
  listFiles(dist)
    .filter((file) => file.startsWith(base.slice(1)) && /\/\d{4}\/\d{2}\/index\.html$/.test(file))
    .reduce((count, file) => count + links(dist, `/${path.dirname(file)}/`, `main article a[href="/articles/${story.slug}/"]`), 0);

/**
 * Every output that lists articles, as the question "how often does each of
 * its places carry this article?": one answer per place (a tag listing per
 * tag, a timeline entry per event). Published: exactly once in every place.
 * Hidden: nowhere. A new output (page, feed, index) gets a line here.
 */
const OUTPUTS: Record<string, (dist: string, story: Story) => number[]> = {
  'article page': (dist, story) => [existsSync(path.join(dist, 'articles', story.slug, 'index.html')) ? 1 : 0],
  'home page': (dist, story) => [Math.min(1, links(dist, '/', `main article a[href="/articles/${story.slug}/"]`))],
  // The archive's front page names years and months; its year's page lists every headline (every piece here is from 2025).
  "archive's year page": (dist, story) => [links(dist, '/archive/2025/', `main a[href="/articles/${story.slug}/"]`)],
  "archive's month page": (dist, story) => [links(dist, '/archive/2025/08/', `main article a[href="/articles/${story.slug}/"]`)],
  // A listing's month pages together hold every article it has, each once.
  "author's month pages": (dist, story) => [monthPageLinks(dist, '/authors/foreign-desk/', story)],
  "each tag's month pages": (dist, story) => story.tags.map((tag) => monthPageLinks(dist, `/tags/${tag}/`, story)),
  'each tag listing': (dist, story) => story.tags.map((tag) => links(dist, `/tags/${tag}/`, `article h3 a[href="/articles/${story.slug}/"]`)),
  // The timeline names an event's newest citing articles; the event's own month pages hold every one.
  "each of its events' month pages": (dist, story) => story.events.map((event) => monthPageLinks(dist, `/timeline/${event}/`, story)),
  'story page': (dist, story) => [links(dist, '/stories/the-story/', `.story-pieces a[href="/articles/${story.slug}/"]`)],
  "story's RSS feed": (dist, story) => [readXml('stories/the-story/rss.xml', dist).rss.channel.item.filter((item: any) => item.link === `${ORIGIN}/articles/${story.slug}/`).length],
  "story's Atom feed": (dist, story) => [readXml('stories/the-story/atom.xml', dist).feed.entry.filter((entry: any) => entry.id === `${ORIGIN}/articles/${story.slug}/`).length],
  "quoted person's page, its quotes": (dist, story) => [links(dist, '/people/the-analyst/', `.person-quotes a[href="/articles/${story.slug}/#user-content-quote-the-analyst"]`)],
  "quoted person's page, its pieces": (dist, story) => [links(dist, '/people/the-analyst/', `.person-appearances a[href="/articles/${story.slug}/"]`)],
  "quoted person's search record": (dist, story) => [readSearchIndex(dist).filter((page) => page.url === '/people/the-analyst/' && page.content.includes(`Words for ${story.title}`)).length],
  'lead picture on its page': (dist, story) => [links(dist, `/articles/${story.slug}/`, `figure.lead-figure img[src^="/_pictures/${story.slug}."]`)],
  'card thumbnail on the home page': (dist, story) => [links(dist, '/', `img.card-thumbnail[src^="/_pictures/${story.slug}."]`)],
  'RSS feed': (dist, story) => [readXml('rss.xml', dist).rss.channel.item.filter((item: any) => item.guid['#text'] === `${ORIGIN}/articles/${story.slug}/`).length],
  'RSS feed, its lead picture (media:content)': (dist, story) => [
    readXml('rss.xml', dist).rss.channel.item.filter((item: any) => item.guid['#text'] === `${ORIGIN}/articles/${story.slug}/` && String(item['media:content']?.['@url']).startsWith(`${ORIGIN}/_pictures/${story.slug}.`)).length,
  ],
  "story's RSS feed, its lead picture": (dist, story) => [
    readXml('stories/the-story/rss.xml', dist).rss.channel.item.filter((item: any) => item.link === `${ORIGIN}/articles/${story.slug}/` && String(item['media:content']?.['@url']).startsWith(`${ORIGIN}/_pictures/${story.slug}.`)).length,
  ],
  'Atom feed': (dist, story) => [readXml('atom.xml', dist).feed.entry.filter((entry: any) => entry.id === `${ORIGIN}/articles/${story.slug}/`).length],
  'JSON feed': (dist, story) => [readJson('feed.json', dist).items.filter((item: any) => item.id === `${ORIGIN}/articles/${story.slug}/`).length],
  'JSON feed, its lead picture': (dist, story) => [readJson('feed.json', dist).items.filter((item: any) => item.id === `${ORIGIN}/articles/${story.slug}/` && String(item.image).startsWith(`${ORIGIN}/_pictures/${story.slug}.`)).length],
  "picture files made from its lead picture (one or more)": (dist, story) => [Math.min(1, listFiles(dist).filter((file) => file.startsWith(`_pictures/${story.slug}.`)).length)],
  'each tag RSS feed': (dist, story) =>
    story.tags.map((tag) => (existsSync(path.join(dist, 'tags', tag, 'rss.xml')) ? readXml(`tags/${tag}/rss.xml`, dist).rss.channel.item.filter((item: any) => item.link === `${ORIGIN}/articles/${story.slug}/`).length : 0)),
  sitemap: (dist, story) => [readXml('sitemap-0.xml', dist).urlset.url.filter((url: any) => url.loc === `${ORIGIN}/articles/${story.slug}/`).length],
  'Google News sitemap': (dist, story) => [(readXml('news-sitemap.xml', dist).urlset.url ?? []).filter((url: any) => url.loc === `${ORIGIN}/articles/${story.slug}/`).length],
  'search index': (dist, story) => [readSearchIndex(dist).filter((page) => page.url === `/articles/${story.slug}/`).length],
  'social card': (dist, story) => [existsSync(path.join(dist, 'og', `${story.slug}.png`)) ? 1 : 0],
};

let build: BuildResult;
beforeAll(async () => {
  build = await buildFixture(files, { BACKSTORY_NOW: CLOCK });
  expect(build.code, build.output).toBe(0);
});

describe('nothing lost: every published article reaches every output', () => {
  for (const [output, carries] of Object.entries(OUTPUTS)) {
    it(output, () => {
      let places = 0;
      for (const story of PUBLISHED) {
        const counts = carries(build.dist, story);
        places += counts.length;
        expect(counts, `${story.slug} in ${output}`).toEqual(counts.map(() => 1));
      }
      expect(places, `${output} checked nothing`).toBeGreaterThan(0);
    });
  }
});

describe('nothing leaked: drafts and scheduled articles reach no output', () => {
  for (const [output, carries] of Object.entries(OUTPUTS)) {
    it(output, () => {
      for (const story of HIDDEN) {
        expect(carries(build.dist, story), `${story.slug} (${story.why}) leaked into ${output}`).toEqual(carries(build.dist, story).map(() => 0));
      }
    });
  }

  it('no story counts them', () => {
    expect(text(readPage('/stories/the-story/', build.dist).querySelector('main'))).toContain(`${PUBLISHED.length} pieces`);
    expect(text(readPage('/articles/alpha/', build.dist).querySelector('.story-box'))).toContain(`piece 1 of ${PUBLISHED.length}`);
    expect(text(readPage('/stories/', build.dist).querySelector('main'))).toContain(`${PUBLISHED.length} pieces`);
  });

  it('no file mentions them, their text, their topics-only pages or their key dates', () => {
    for (const file of listFiles(build.dist)) {
      const body = readFileSync(path.join(build.dist, file), 'utf8');
      for (const needle of [...HIDDEN.flatMap((story) => [story.slug, story.title, `Body of ${story.title}`]), 'Draft-only event', 'Scheduled-only event', '/tags/nato/']) {
        expect(body.includes(needle), `${file} mentions ${needle}`).toBe(false);
      }
    }
  });
});
