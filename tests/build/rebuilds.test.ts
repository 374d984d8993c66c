import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPage, text } from '../helpers/dist.ts';
import { article, buildFixture, rebuildFixture, type BuildResult } from '../helpers/fixture-site.ts';
import { readSearchIndex } from '../helpers/search-index.ts';

/**
 * Incremental builds skip pages whose cache key is unchanged; a key that
 * missed something a page shows would leave a stale page. Each rebuild here
 * changes one thing and checks every page that shows it.
 */
const SITE: Record<string, string | null> = {
  'articles/first-story.md': null,
  'tags/nato.yaml': 'label: NATO\ndescription: The alliance.\n',
  'articles/alpha.md': article({ title: '"Alpha"', publishedAt: '2025-08-10', tags: '[russia]' }, 'Alpha body.\n'),
  'articles/beta.md': article({ title: '"Beta"', publishedAt: '2025-08-11', tags: '[russia]' }, 'Beta body.\n'),
  'articles/gamma.md': article({ title: '"Gamma"', publishedAt: '2025-08-12', tags: '[diplomacy]' }, 'Gamma body.\n'),
  'articles/epsilon.md': article({ title: '"Epsilon"', publishedAt: '2024-03-01', tags: '[nato]' }, 'Epsilon body.\n'),
  // Between Epsilon and Alpha, so that Epsilon's page does not show Alpha as its neighbour.
  'articles/zeta.md': article({ title: '"Zeta"', publishedAt: '2025-01-05', tags: '[nato]' }, 'Zeta body.\n'),
};

/** Every page that shows Gamma's card. */
const GAMMA_CARDS = ['/', '/archive/2025/08/', '/authors/foreign-desk/', '/authors/foreign-desk/2025/08/', '/tags/diplomacy/', '/tags/diplomacy/2025/08/'];
/** The text of Gamma's card on a listing page. */
const gammaCard = (url: string, dist: string) => text(readPage(url, dist).querySelectorAll('main article').find((card) => card.querySelector('a[href="/articles/gamma/"]')) ?? null);
const searchRecord = (dist: string, slug: string) => readSearchIndex(dist).filter((record) => record.url === `/articles/${slug}/`);
const mtimeOf = (dist: string, file: string) => statSync(path.join(dist, file)).mtimeMs;
const inodes = (folder: string) => readdirSync(folder).map((name) => statSync(path.join(folder, name)).ino).sort((a, b) => a - b);

let first: BuildResult;
beforeAll(async () => {
  first = await buildFixture(SITE);
  expect(first.code, first.output).toBe(0);
});

describe('rebuilds', () => {
  it('updates every page that shows an edited headline, and leaves unrelated pages as they were', async () => {
    const untouchedYear = mtimeOf(first.dist, 'pagefind/2024/pagefind-entry.json');
    const untouchedPage = mtimeOf(first.dist, 'articles/epsilon/index.html');
    const [alphaCard, gammaCard] = [readFileSync(path.join(first.dist, 'og/alpha.png')), statSync(path.join(first.dist, 'og/gamma.png'))];
    const second = await rebuildFixture(first, { 'articles/alpha.md': article({ title: '"Alpha, revised"', publishedAt: '2025-08-10', tags: '[russia]' }, 'Alpha body.\n') });
    expect(second.code, second.output).toBe(0);
    expect(text(readPage('/articles/alpha/', second.dist).querySelector('h1'))).toBe('Alpha, revised');
    // Beta lists Alpha as related and as its previous article; the topic page lists it too.
    expect(readFileSync(path.join(second.dist, 'articles/beta/index.html'), 'utf8')).toContain('Alpha, revised');
    expect(text(readPage('/tags/russia/', second.dist).querySelector('main'))).toContain('Alpha, revised');
    expect(text(readPage('/', second.dist).querySelector('main'))).toContain('Alpha, revised');
    for (const listing of ['/archive/2025/', '/archive/2025/08/', '/authors/foreign-desk/', '/authors/foreign-desk/2025/08/', '/tags/russia/2025/08/']) {
      expect(text(readPage(listing, second.dist).querySelector('main')), listing).toContain('Alpha, revised');
    }
    for (const feed of ['rss.xml', 'tags/russia/rss.xml', 'authors/foreign-desk/rss.xml']) expect(readFileSync(path.join(second.dist, feed), 'utf8'), feed).toContain('Alpha, revised');
    // A page whose cache key is unchanged is neither rendered nor copied: dist/ keeps it as it was.
    expect(second.output).toMatch(/\/articles\/gamma\/index\.html \(cached\)/);
    // A topic's feed is keyed by the items it carries: one that does not carry the article is left alone.
    expect(second.output).toMatch(/\/tags\/diplomacy\/rss\.xml \(cached\)/);
    expect(second.output).toMatch(/\/tags\/russia\/rss\.xml \(\+\d+ms\)/);
    // The retitled article's card is drawn again; every other card stays the very file it was.
    expect(readFileSync(path.join(second.dist, 'og/alpha.png')).equals(alphaCard)).toBe(false);
    expect(statSync(path.join(second.dist, 'og/gamma.png'))).toMatchObject({ ino: gammaCard.ino, mtimeMs: gammaCard.mtimeMs });
    expect(second.output).toMatch(/\d+ social cards: 1 drawn, 0 placed from the cache, \d+ unchanged, 0 removed\./);
    // Each card in dist/ is its cached file, and the cache keeps only those: the old headline's card is gone.
    expect(inodes(path.join(second.root, 'cache', 'social-cards'))).toEqual(inodes(path.join(second.dist, 'og')));
    expect(second.output).toMatch(/\/articles\/beta\/index\.html \(\+\d+ms\)/);
    expect(mtimeOf(second.dist, 'articles/epsilon/index.html')).toBe(untouchedPage);
    // Search results show the new headline; only the edited article's year is indexed again.
    expect(searchRecord(second.dist, 'alpha').map((record) => [record.bundle, record.title])).toEqual([['2025', 'Alpha, revised']]);
    expect(second.output).toContain('(year 2025 of 3 indexed again)');
    expect(mtimeOf(second.dist, 'pagefind/2024/pagefind-entry.json')).toBe(untouchedYear);
    // The body was not rendered again: only the front matter changed.
    expect(second.output).toMatch(/timing: markdown-render \d+ ms \(0 of \d+ articles rendered\)/);
  });

  it('carries an edited body to its page, the feeds and search, rendering only that article', async () => {
    const edited = await rebuildFixture(first, { 'articles/gamma.md': article({ title: '"Gamma"', publishedAt: '2025-08-12', tags: '[diplomacy]' }, 'Gamma body, with a new finding.\n') });
    expect(edited.code, edited.output).toBe(0);
    expect(edited.output).toMatch(/timing: markdown-render \d+ ms \(1 of \d+ articles rendered\)/);
    expect(text(readPage('/articles/gamma/', edited.dist).querySelector('.prose-body'))).toContain('a new finding');
    for (const feed of ['rss.xml', 'tags/diplomacy/rss.xml', 'authors/foreign-desk/rss.xml']) expect(readFileSync(path.join(edited.dist, feed), 'utf8'), feed).toContain('a new finding');
    expect(edited.output).toMatch(/\/tags\/russia\/rss\.xml \(cached\)/);
    expect(searchRecord(edited.dist, 'gamma')[0]!.content).toContain('a new finding');
    // No card shows the text, and the reading time is unchanged: every listing of Gamma is the page it was.
    // (The home page has no key: every build renders it. The archive's front page names no article.)
    for (const listing of [...GAMMA_CARDS.filter((url) => url !== '/'), '/archive/2025/']) expect(edited.output, listing).toContain(`${listing}index.html (cached)`);
  });

  it('carries a new reading time to every listing that shows the article', async () => {
    // Rebuilds reuse the first build's dist/ in place: what it showed is read before.
    for (const listing of GAMMA_CARDS) expect(gammaCard(listing, first.dist), listing).toContain('1 min read');
    const sentences = Array.from({ length: 200 }, (_, index) => `Finding ${index + 1} of the longer Gamma.`).join(' ');
    const lengthened = await rebuildFixture(first, { 'articles/gamma.md': article({ title: '"Gamma"', publishedAt: '2025-08-12', tags: '[diplomacy]' }, `${sentences}\n`) });
    expect(lengthened.code, lengthened.output).toBe(0);
    expect(text(readPage('/articles/gamma/', lengthened.dist).querySelector('main'))).toContain('5 min read');
    for (const listing of GAMMA_CARDS) expect(gammaCard(listing, lengthened.dist), listing).toContain('5 min read');
    // The year's page lists a line an article (date, headline, link) and no reading time: it is the page it was.
    expect(lengthened.output).toContain('/archive/2025/index.html (cached)');
  });

  it('moves a retagged article from one topic to another on every page and feed that lists topics', async () => {
    const retagged = await rebuildFixture(first, { 'articles/beta.md': article({ title: '"Beta"', publishedAt: '2025-08-11', tags: '[nato]' }, 'Beta body.\n') });
    expect(retagged.code, retagged.output).toBe(0);
    expect(text(readPage('/tags/russia/', retagged.dist).querySelector('main'))).not.toContain('Beta');
    expect(text(readPage('/tags/nato/', retagged.dist).querySelector('main'))).toContain('Beta');
    expect(text(readPage('/tags/russia/2025/08/', retagged.dist).querySelector('main'))).not.toContain('Beta');
    expect(text(readPage('/tags/nato/2025/08/', retagged.dist).querySelector('main'))).toContain('Beta');
    expect(readFileSync(path.join(retagged.dist, 'tags/russia/rss.xml'), 'utf8')).not.toContain('/articles/beta/');
    expect(readFileSync(path.join(retagged.dist, 'tags/nato/rss.xml'), 'utf8')).toContain('/articles/beta/');
    expect([...readPage('/articles/beta/', retagged.dist).querySelectorAll('a[href^="/tags/"]')].map((link) => link.getAttribute('href'))).toContain('/tags/nato/');
    const tags = [...readPage('/articles/beta/', retagged.dist).querySelectorAll('a[href^="/tags/"]')].map((link) => link.getAttribute('href'));
    expect(tags).not.toContain('/tags/russia/');
  });

  it('adds a new article to its neighbours, its topic, the home page and the feeds', async () => {
    const third = await rebuildFixture(first, { 'articles/delta.md': article({ title: '"Delta"', publishedAt: '2025-08-13', tags: '[diplomacy]' }, 'Delta body.\n') });
    expect(third.code, third.output).toBe(0);
    expect(readPage('/articles/gamma/', third.dist).querySelector('a[rel=next]')!.getAttribute('href')).toBe('/articles/delta/');
    expect(text(readPage('/tags/diplomacy/', third.dist).querySelector('main'))).toContain('Delta');
    for (const feed of ['rss.xml', 'tags/diplomacy/rss.xml', 'authors/foreign-desk/rss.xml']) expect(readFileSync(path.join(third.dist, feed), 'utf8'), feed).toContain('/articles/delta/');
    expect(readFileSync(path.join(third.dist, 'og/delta.png')).subarray(1, 4).toString()).toBe('PNG');
    expect(third.output).toMatch(/\d+ social cards: 1 drawn, /);
  });

  it('removes a deleted or unpublished article from every page, and its own page and card', async () => {
    const fourth = await rebuildFixture(first, { 'articles/delta.md': null, 'articles/beta.md': article({ title: '"Beta"', publishedAt: '2025-08-11', tags: '[russia]', draft: 'true' }, 'Beta body.\n') });
    expect(fourth.code, fourth.output).toBe(0);
    for (const gone of ['articles/delta', 'articles/beta', 'og/delta.png', 'og/beta.png']) expect(existsSync(path.join(fourth.dist, gone)), gone).toBe(false);
    expect(fourth.output).toMatch(/social cards: 0 drawn, 0 placed from the cache, \d+ unchanged, 2 removed\./);
    expect(readFileSync(path.join(fourth.dist, 'articles/alpha/index.html'), 'utf8')).not.toContain('/articles/beta/');
    expect(readFileSync(path.join(fourth.dist, 'articles/gamma/index.html'), 'utf8')).not.toContain('/articles/delta/');
    for (const feed of ['rss.xml', 'tags/diplomacy/rss.xml', 'authors/foreign-desk/rss.xml']) expect(readFileSync(path.join(fourth.dist, feed), 'utf8'), feed).not.toContain('/articles/delta/');
    for (const feed of ['tags/russia/rss.xml', 'authors/foreign-desk/rss.xml']) expect(readFileSync(path.join(fourth.dist, feed), 'utf8'), feed).not.toContain('/articles/beta/');
    expect(searchRecord(fourth.dist, 'beta')).toEqual([]);
    expect(searchRecord(fourth.dist, 'delta')).toEqual([]);
  });

  it('drops a year from search when its last article goes, and never leaves a page the build no longer makes', async () => {
    const fifth = await rebuildFixture(first, { 'articles/epsilon.md': null });
    expect(fifth.code, fifth.output).toBe(0);
    expect(existsSync(path.join(fifth.dist, 'pagefind/2024'))).toBe(false);
    expect(existsSync(path.join(fifth.dist, 'archive/2024'))).toBe(false);
    expect(JSON.parse(readPage('/search/', fifth.dist).querySelector('[data-bundles]')!.getAttribute('data-bundles')!)).toEqual(['/pagefind/2025/', '/pagefind/pages/']);
    expect(fifth.output).toMatch(/Removed \d+ file\(s\) that this build no longer produces: .*articles\/epsilon\/index\.html/);
  });

  it('redraws the card of every article whose byline changes when its author is renamed', async () => {
    const before = readFileSync(path.join(first.dist, 'og/alpha.png'));
    const renamed = await rebuildFixture(first, { 'authors/foreign-desk.yaml': 'name: World Desk\nrole: International affairs\nbio: Covers diplomacy.\n' });
    expect(renamed.code, renamed.output).toBe(0);
    expect(renamed.output).toMatch(/(\d+) social cards: \1 drawn, 0 placed from the cache, 0 unchanged, 0 removed\./);
    expect(readFileSync(path.join(renamed.dist, 'og/alpha.png')).equals(before)).toBe(false);
    expect(text(readPage('/articles/alpha/', renamed.dist).querySelector('.byline'))).toBe('By World Desk');
    // The author's feed is titled with the name, and every feed names each item's author.
    expect(readFileSync(path.join(renamed.dist, 'authors/foreign-desk/rss.xml'), 'utf8')).toContain('<title>Backstory: World Desk</title>');
    expect(readFileSync(path.join(renamed.dist, 'tags/nato/rss.xml'), 'utf8')).toContain('<dc:creator>World Desk</dc:creator>');
    expect(inodes(path.join(renamed.root, 'cache', 'social-cards'))).toEqual(inodes(path.join(renamed.dist, 'og')));
  });

  it('reports a problem in an unchanged, cached file with its line, as a fresh read would', async () => {
    const broken = await rebuildFixture(first, { 'tags/nato.yaml': null });
    expect(broken.code).not.toBe(0);
    expect(broken.output).toContain('content/articles/zeta.md:7: tags[0]: "nato" is not a known tag. Hint: Known tags: diplomacy, russia (content/tags/).');
  });
});
