import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Newsroom } from '../../src/model/newsroom.ts';
import { launchSite, newestFirst } from '../helpers/content.ts';
import { DIST, listFiles, readPage, text } from '../helpers/dist.ts';

let content: Newsroom;
let published: Newsroom['articles'];

beforeAll(async () => {
  ({ content, published } = await launchSite());
});

describe('the launch site built by npm run build', () => {
  it('has the six launch articles, each between 500 and 1,200 words', () => {
    expect(published).toHaveLength(6);
    for (const article of published) {
      const words = readPage(`/articles/${article.id}/`).querySelector('.prose-body')!.textContent.split(/\s+/).filter(Boolean).length;
      expect(words, article.id).toBeGreaterThanOrEqual(500);
      expect(words, article.id).toBeLessThanOrEqual(1200);
    }
  });

  it('renders every article page with kind, headline, dek, byline, dates, reading time, tags, body and sources', () => {
    for (const article of published) {
      const page = readPage(`/articles/${article.id}/`);
      const header = page.querySelector('article header')!;
      expect(text(header.querySelector('.kicker')).toLowerCase()).toBe(article.data.kind);
      expect(text(page.querySelector('h1'))).toBe(article.data.title);
      expect(page.querySelectorAll('h1')).toHaveLength(1);
      expect(text(header.querySelector('h1 + p'))).toBe(article.data.description);
      const bylineLinks = header.querySelectorAll('a[rel=author]').map((link) => link.getAttribute('href'));
      expect(bylineLinks).toEqual(article.data.authors.map((slug) => `/authors/${slug}/`));
      expect(header.querySelector('time')!.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\+0[01]:00$/);
      expect(text(header)).toMatch(/\d+ min read/);
      expect(header.querySelectorAll('a[rel=tag]').map((link) => link.getAttribute('href'))).toEqual(article.data.tags.map((slug) => `/tags/${slug}/`));
      expect(page.querySelectorAll('.prose-body h2').length).toBeGreaterThan(0);
      const sources = page.querySelectorAll('#sources-heading + ul li').map(text);
      expect(sources).toHaveLength(article.data.sources.length);
      article.data.sources.forEach((source, index) => expect(sources[index]).toContain(source.title));
      expect(page.querySelector('title')!.textContent).toBe(`${article.data.title} | Backstory`);
    }
  });

  it('spells dates in the newsroom time zone, with machine-readable datetimes', () => {
    const page = readPage('/articles/why-putin-wants-a-summit/');
    const time = page.querySelector('article header time')!;
    expect(time.getAttribute('datetime')).toBe('2025-08-11T00:00:00+01:00');
    expect(text(time)).toBe('11 August 2025');
  });

  // A correction records a real error that was changed; the launch articles have none, so none is shown.
  // The corrections feature itself is tested on a site of its own (corrections.test.ts).
  it('launches with no correction or retraction: /corrections/ shows its empty state and no article a corrections box', () => {
    expect(published.flatMap((article) => article.data.corrections)).toEqual([]);
    expect(published.filter((article) => article.data.retraction).map((article) => article.id)).toEqual([]);
    const page = readPage('/corrections/');
    expect(text(page.querySelector('h1'))).toBe('Corrections');
    expect(page.querySelector('main ol')).toBeNull();
    expect(page.querySelectorAll('main li')).toHaveLength(0);
    expect(text(page.querySelector('main'))).toContain('No corrections so far.');
    expect(page.querySelector('main a[href="/corrections/rss.xml"]')).not.toBeNull();
    for (const article of published) {
      const articlePage = readPage(`/articles/${article.id}/`);
      expect(articlePage.querySelector('#corrections-heading'), article.id).toBeNull();
      expect(text(articlePage.querySelector('article header')), article.id).not.toContain('Updated');
    }
  });

  it('renders footnotes that link to their notes and back', () => {
    const page = readPage('/articles/why-putin-wants-a-summit/');
    const reference = page.querySelector('sup a[data-footnote-ref]')!;
    const note = page.querySelector(reference.getAttribute('href')!.replace('#', '#'))!;
    expect(note).not.toBeNull();
    expect(note.querySelector('a[data-footnote-backref]')!.getAttribute('href')).toBe(`#${reference.getAttribute('id')}`);
  });

  it('has an author page for every author, listing their articles newest first', () => {
    for (const author of content.authors) {
      const page = readPage(`/authors/${author.id}/`);
      expect(text(page.querySelector('h1'))).toBe(author.data.name);
      expect(text(page.querySelector('main'))).toContain(author.data.bio);
      const listed = page.querySelectorAll('main article h3 a').map((link) => link.getAttribute('href'));
      const expected = newestFirst(published.filter((article) => article.data.authors.includes(author.id))).map((article) => `/articles/${article.id}/`);
      expect(listed).toEqual(expected);
    }
  });

  it('lists every launch article on the home page: the featured lead, then the rest newest first', () => {
    const home = readPage('/');
    const lead = home.querySelector('#lead-heading + article h3 a')!.getAttribute('href');
    const latest = home.querySelectorAll('#latest-heading ~ article h3 a').map((link) => link.getAttribute('href'));
    const featured = published.filter((article) => article.data.featured);
    expect(featured).toHaveLength(1);
    expect(lead).toBe(`/articles/${featured[0]!.id}/`);
    const rest = newestFirst(published.filter((article) => !article.data.featured)).map((article) => `/articles/${article.id}/`);
    expect(latest).toEqual(rest);
  });

  it('shows a graphic lead picture whole in its listing thumbnail, where a photograph would be cropped', () => {
    // The Helsinki-to-Alaska piece leads with a 16:9 chart whose title and end labels a 4:3 crop cut off.
    const card = readPage('/').querySelectorAll('article').find((element) => element.querySelector('a[href="/articles/putin-and-trump-from-helsinki-to-alaska/"]'))!;
    const thumbnail = card.querySelector('img.card-thumbnail')!;
    // The card reserves the 4:3 box; the chart's own files are 16:9, shown whole inside it.
    expect([thumbnail.getAttribute('width'), thumbnail.getAttribute('height')]).toEqual(['128', '96']);
    const files = [thumbnail.getAttribute('src')!, ...card.querySelectorAll('source').flatMap((source) => source.getAttribute('srcset')!.split(', ').map((candidate) => candidate.split(' ')[0]!))];
    expect(files.map((file) => /\.(\d+x\d+c?)\.\w+$/.exec(file)![1])).toEqual(['256x144', '128x72', '256x144']);
    for (const file of files) expect(existsSync(path.join(DIST, file)), file).toBe(true);
  });

  it('follows the Putin–Trump talks story: its page, its two feeds, and the story box on each of its articles', () => {
    const [talks] = content.stories;
    expect(talks!.id).toBe('putin-trump-talks');
    const pieces = newestFirst(published.filter((article) => article.data.story === talks!.id)).reverse();
    expect(pieces).toHaveLength(6);
    // The sanctions ledger is a draft piece of the story: it counts nowhere.
    expect(content.articles.some((article) => article.data.story === talks!.id && article.data.draft)).toBe(true);
    const page = readPage('/stories/putin-trump-talks/');
    expect(text(page.querySelector('h1'))).toBe('Putin–Trump talks');
    expect(page.querySelectorAll('.story-pieces h3 a').map((link) => link.getAttribute('href'))).toEqual(pieces.map((article) => `/articles/${article.id}/`));
    expect(page.querySelector('section[aria-labelledby=start-heading] a')!.getAttribute('href')).toBe('/articles/putin-and-trump-from-helsinki-to-alaska/');
    expect(page.querySelectorAll('section[aria-labelledby=updates-heading] li')).toHaveLength(talks!.data.updates.length);
    for (const feed of ['rss.xml', 'atom.xml']) expect(existsSync(path.join(DIST, 'stories/putin-trump-talks', feed)), feed).toBe(true);
    expect(readPage('/stories/').querySelectorAll('main h2 a').map((link) => link.getAttribute('href'))).toEqual(['/stories/putin-trump-talks/']);
    pieces.forEach((article, index) => {
      const box = readPage(`/articles/${article.id}/`).querySelector('.story-box');
      expect(text(box?.querySelector('p') ?? null), article.id).toBe(`Part of: Putin–Trump talks · piece ${index + 1} of 6`);
    });
  });

  it('has a page for each person the launch articles quote or mention, every quote linked to its place in the article', () => {
    expect(readPage('/people/').querySelectorAll('.people-list h2 a').map((link) => link.getAttribute('href')).sort()).toEqual(content.people.map((person) => `/people/${person.id}/`).sort());
    let quotes = 0;
    for (const person of content.people) {
      const page = readPage(`/people/${person.id}/`);
      expect(text(page.querySelector('h1'))).toBe(person.data.name);
      for (const link of page.querySelectorAll('.person-quotes figcaption a')) {
        const [target, anchor] = link.getAttribute('href')!.split('#');
        expect(readPage(target!).getElementById(anchor!), `${person.id}: ${link.getAttribute('href')}`).not.toBeNull();
        quotes++;
      }
    }
    expect(quotes).toBeGreaterThanOrEqual(4);
    // The two analysts called Taras are two people, each with their own page.
    expect(text(readPage('/people/taras-military-analyst/').querySelector('main header'))).toContain('Ukrainian military analyst');
    expect(text(readPage('/people/timothy-taras/').querySelector('main header'))).toContain('Harvard Kennedy School');
  });

  it('has the seven standing pages, linked from every page\'s footer, and names its publisher with a policy at each', () => {
    const slugs = ['about', 'masthead', 'standards', 'corrections-policy', 'unnamed-sources', 'ownership-and-funding', 'contact'];
    for (const urlPath of ['/', '/articles/why-putin-wants-a-summit/', '/tags/russia/', '/standards/']) {
      expect(readPage(urlPath).querySelectorAll('footer ul.about-pages a').map((link) => link.getAttribute('href')), urlPath).toEqual(slugs.map((slug) => `/${slug}/`));
    }
    for (const slug of slugs) {
      const page = readPage(`/${slug}/`);
      expect(page.querySelectorAll('h1'), slug).toHaveLength(1);
      expect(page.querySelector('.prose-body')!.textContent.split(/\s+/).filter(Boolean).length, slug).toBeGreaterThan(60);
    }
    const home = JSON.parse(readPage('/').querySelector('script[type="application/ld+json"]')!.textContent) as Record<string, string>;
    expect(home['@type']).toBe('NewsMediaOrganization');
    const policies = ['correctionsPolicy', 'ethicsPolicy', 'verificationFactCheckingPolicy', 'unnamedSourcesPolicy', 'ownershipFundingInfo', 'masthead', 'actionableFeedbackPolicy'];
    for (const property of policies) {
      const { pathname } = new URL(home[property]!);
      expect(existsSync(path.join(DIST, pathname, 'index.html')), `${property}: ${pathname}`).toBe(true);
    }
    // The masthead lists the three desks from content/authors/.
    expect(readPage('/masthead/').querySelectorAll('section[aria-labelledby="masthead-desks"] dt a').map(text)).toEqual(['Analysis Desk', 'Data Desk', 'Foreign Desk']);
  });

  it('has a 404 page', () => {
    expect(text(readPage('/404.html').querySelector('h1'))).toBe('Page not found');
  });

  it('mentions no draft in any built file', () => {
    const drafts = content.articles.filter((article) => article.data.draft);
    expect(drafts.length).toBeGreaterThan(0);
    const files = listFiles();
    for (const draft of drafts) {
      expect(existsSync(path.join(DIST, 'articles', draft.id))).toBe(false);
      const firstSentence = draft.body.trim().split(/(?<=\.)\s/)[0]!;
      for (const file of files) {
        const body = readFileSync(path.join(DIST, file), 'utf8');
        expect(body.includes(draft.id), `${file} mentions ${draft.id}`).toBe(false);
        expect(body.includes(draft.data.title), `${file} mentions "${draft.data.title}"`).toBe(false);
        expect(body.includes(firstSentence), `${file} quotes the draft`).toBe(false);
      }
    }
  });

  it('never ships scraped page furniture', () => {
    for (const file of listFiles().filter((name) => name.endsWith('.html'))) {
      expect(readFileSync(path.join(DIST, file), 'utf8')).not.toMatch(/leave a comment|close close/i);
    }
  });
});
