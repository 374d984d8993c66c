import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles, readPage, text } from '../helpers/dist.ts';
import { article, buildFixture, rebuildFixture, type BuildResult } from '../helpers/fixture-site.ts';
import { readSearchIndex } from '../helpers/search-index.ts';
import { readXml } from '../helpers/xml.ts';

const ORIGIN = 'https://backstory.example';

const alphaBody = [
  'A Ukrainian analyst, :person[Taras]{#taras-military}, is not :person[Timothy Taras]{#timothy-taras} of Harvard.',
  '',
  ':::quote{person=taras-military}',
  "There's going to be no miracles, no peace deal in a week.",
  ':::',
  '',
].join('\n');
const betaBody = [
  'Mitrokhin is blunt, and :person{#taras-military} agrees.',
  '',
  ':::quote{person=nikolay-mitrokhin}',
  "What's paramount for Putin is the fact of his conversation with Trump as equals.",
  ':::',
  '',
  ':::quote{person=nikolay-mitrokhin}',
  'Then [Putin] will, of course, fool Trump, and everything will resume.',
  ':::',
  '',
].join('\n');

/**
 * A register with two people called Taras, a person nothing published
 * names, and one whom only a draft quotes; two published articles that quote
 * and mention them, a draft and a scheduled piece that do too.
 */
const SITE: Record<string, string | null> = {
  'articles/first-story.md': null,
  'people/taras-military.yaml': 'name: Taras\ndescription: Ukrainian military analyst\n',
  'people/timothy-taras.yaml': 'name: Timothy Taras\ndescription: Harvard Kennedy School\nlinks:\n  - { label: Harvard Kennedy School, url: "https://www.hks.harvard.edu/" }\n',
  'people/nikolay-mitrokhin.yaml': 'name: Nikolay Mitrokhin\ndescription: Analyst of the Kremlin\naliases: [Nikolai Mitrokhin]\n',
  'people/unquoted-person.yaml': 'name: Unquoted Person\ndescription: Nobody has quoted them yet\n',
  'people/secret-source.yaml': 'name: Secret Source\ndescription: Only a draft quotes them\n',
  'articles/alpha.md': article({ title: '"Alpha"', publishedAt: '2025-08-10' }, alphaBody),
  'articles/beta.md': article({ title: '"Beta"', publishedAt: '2025-08-12' }, betaBody),
  'articles/gamma.md': article({ title: '"Gamma"', publishedAt: '2025-08-11' }, 'Nobody is quoted here.\n'),
  'articles/draft-piece.md': article({ title: '"Draft piece"', draft: 'true' }, ':::quote{person=secret-source}\nSecret words.\n:::\n\n:::quote{person=nikolay-mitrokhin}\nHidden quote words.\n:::\n'),
  'articles/scheduled-piece.md': article({ title: '"Scheduled piece"', publishedAt: '2099-01-01' }, 'Later, :person[Timothy Taras]{#timothy-taras} again.\n'),
};

const jsonLd = (dist: string, url: string) => JSON.parse(readPage(url, dist).querySelector('script[type="application/ld+json"]')!.textContent);
const hrefs = (dist: string, url: string, selector: string) => readPage(url, dist).querySelectorAll(selector).map((link) => link.getAttribute('href'));

let build: BuildResult;
beforeAll(async () => {
  build = await buildFixture(SITE);
  expect(build.code, build.output).toBe(0);
});

describe('quotes and mentions in an article', () => {
  it('render a quote as a figure naming the person and who they are, and a mention as a link to their page', () => {
    const page = readPage('/articles/alpha/', build.dist);
    const figure = page.querySelector('.prose-body figure')!;
    expect(figure.id).toBe('user-content-quote-taras-military');
    expect(text(figure.querySelector('blockquote'))).toBe('There’s going to be no miracles, no peace deal in a week.');
    expect(figure.querySelector('figcaption')!.innerHTML).toBe('<a href="/people/taras-military/">Taras</a><br>\nUkrainian military analyst');
    expect(figure.querySelector('figcaption a')!.getAttribute('href')).toBe('/people/taras-military/');
    expect(hrefs(build.dist, '/articles/alpha/', '.prose-body p a')).toEqual(['/people/taras-military/', '/people/timothy-taras/']);
    // A mention with no text of its own prints the register's name.
    expect(text(readPage('/articles/beta/', build.dist).querySelector('.prose-body p'))).toBe('Mitrokhin is blunt, and Taras agrees.');
  });

  it('list the people in JSON-LD, each quote a Quotation by its person', () => {
    const ld = jsonLd(build.dist, '/articles/alpha/');
    expect(ld.mentions).toEqual([
      { '@type': 'Person', name: 'Taras', url: `${ORIGIN}/people/taras-military/` },
      { '@type': 'Person', name: 'Timothy Taras', url: `${ORIGIN}/people/timothy-taras/` },
    ]);
    expect(ld.hasPart).toEqual([
      {
        '@type': 'Quotation',
        text: 'There’s going to be no miracles, no peace deal in a week.',
        url: `${ORIGIN}/articles/alpha/#user-content-quote-taras-military`,
        creator: { '@type': 'Person', name: 'Taras', url: `${ORIGIN}/people/taras-military/` },
      },
    ]);
    expect(jsonLd(build.dist, '/articles/gamma/').mentions).toBeUndefined();
  });

  it('reach feeds with absolute links to the people', () => {
    const item = readXml('rss.xml', build.dist).rss.channel.item.find((entry: any) => entry.link === `${ORIGIN}/articles/alpha/`);
    expect(item['content:encoded']).toContain(`<a href="${ORIGIN}/people/taras-military/">Taras</a><br>\nUkrainian military analyst`);
  });
});

describe('people pages', () => {
  it('list everyone with a published quote or mention, by name, with counts', () => {
    const items = readPage('/people/', build.dist).querySelectorAll('.people-list li');
    expect(items.map((item) => [text(item.querySelector('h2')), text(item.querySelector('p:last-child'))])).toEqual([
      ['Nikolay Mitrokhin', '2 quotes · 1 piece'],
      ['Taras', '1 quote · 2 pieces'],
      ['Timothy Taras', '0 quotes · 1 piece'],
    ]);
    for (const absent of ['unquoted-person', 'secret-source']) expect(existsSync(path.join(build.dist, 'people', absent)), absent).toBe(false);
  });

  it('give each person their quotes, linked to the quote on its page, and every piece that names them', () => {
    const page = readPage('/people/nikolay-mitrokhin/', build.dist);
    expect(text(page.querySelector('h1'))).toBe('Nikolay Mitrokhin');
    expect(text(page.querySelector('main header'))).toContain('Also written: Nikolai Mitrokhin');
    const quotes = page.querySelectorAll('.person-quotes li');
    expect(quotes.map((quote) => text(quote.querySelector('blockquote')))).toEqual([
      'What’s paramount for Putin is the fact of his conversation with Trump as equals.',
      'Then [Putin] will, of course, fool Trump, and everything will resume.',
    ]);
    for (const quote of quotes) {
      const [target, anchor] = quote.querySelector('figcaption a')!.getAttribute('href')!.split('#');
      expect(target).toBe('/articles/beta/');
      expect(readPage(target!, build.dist).getElementById(anchor!), anchor).not.toBeNull();
    }
    expect(hrefs(build.dist, '/people/taras-military/', '.person-appearances a')).toEqual(['/articles/beta/', '/articles/alpha/']);
  });

  it('describe the person as a ProfilePage and are in the sitemap', () => {
    expect(jsonLd(build.dist, '/people/timothy-taras/')).toMatchObject({
      '@type': 'ProfilePage',
      mainEntity: { '@type': 'Person', name: 'Timothy Taras', description: 'Harvard Kennedy School', sameAs: ['https://www.hks.harvard.edu/'] },
    });
    const locs = readXml('sitemap-0.xml', build.dist).urlset.url.map((url: any) => url.loc);
    expect(locs).toEqual(expect.arrayContaining([`${ORIGIN}/people/`, `${ORIGIN}/people/taras-military/`]));
    expect(locs.filter((loc: string) => loc.includes('secret-source') || loc.includes('unquoted-person'))).toEqual([]);
  });

  it('are found by a person\'s name in search, and their quotes with them', () => {
    const records = readSearchIndex(build.dist);
    const people = records.filter((record) => record.bundle === 'people');
    expect(people.map((record) => [record.url, record.title]).sort()).toEqual([
      ['/people/nikolay-mitrokhin/', 'Nikolay Mitrokhin'],
      ['/people/taras-military/', 'Taras'],
      ['/people/timothy-taras/', 'Timothy Taras'],
    ]);
    expect(people.find((record) => record.title === 'Nikolay Mitrokhin')!.content).toContain('fool Trump');
    expect(records.find((record) => record.url === '/articles/alpha/')!.content).toContain('no peace deal in a week');
  });

  it('never show a quote or mention from a draft or a scheduled piece', () => {
    for (const file of listFiles(build.dist)) {
      const body = readFileSync(path.join(build.dist, file), 'utf8');
      for (const needle of ['Secret words', 'Hidden quote words', 'Secret Source', 'Unquoted Person', 'draft-piece', 'scheduled-piece']) expect(body.includes(needle), `${file} mentions ${needle}`).toBe(false);
    }
  });
});

describe('rebuilds', () => {
  it('a changed description reaches every quote of that person and their page, and no other article is rendered again', async () => {
    const changed = await rebuildFixture(build, { 'people/taras-military.yaml': 'name: Taras\ndescription: Military analyst in Kyiv\n' });
    expect(changed.code, changed.output).toBe(0);
    expect(text(readPage('/articles/alpha/', changed.dist).querySelector('figcaption'))).toBe('Taras Military analyst in Kyiv');
    expect(text(readPage('/people/taras-military/', changed.dist).querySelector('main header'))).toContain('Military analyst in Kyiv');
    // Alpha and Beta name Taras; Gamma and Mitrokhin's quotes in Beta's sibling pages do not.
    expect(changed.output).toMatch(/timing: markdown-render \d+ ms \(2 of \d+ articles rendered\)/);
    expect(changed.output).toMatch(/\/articles\/gamma\/index\.html \(cached\)/);
  });

  it('unpublishing the only piece that quotes someone takes their page down', async () => {
    const unpublished = await rebuildFixture(build, { 'articles/beta.md': article({ title: '"Beta"', publishedAt: '2025-08-12', draft: 'true' }, betaBody) });
    expect(unpublished.code, unpublished.output).toBe(0);
    expect(existsSync(path.join(unpublished.dist, 'people/nikolay-mitrokhin'))).toBe(false);
    expect(text(readPage('/people/', unpublished.dist).querySelector('main'))).not.toContain('Mitrokhin');
    expect(hrefs(unpublished.dist, '/people/taras-military/', '.person-appearances a')).toEqual(['/articles/alpha/']);
  });
});
