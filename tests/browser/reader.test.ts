import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt } from '../helpers/dist.ts';
import { REPO } from '../helpers/fixture-site.ts';
import { startReader, type Reader } from '../helpers/reader.ts';

const SCREENSHOTS = path.join(REPO, 'test-output', 'screenshots');
const PAGE_TYPES = {
  home: '/',
  article: '/articles/why-putin-wants-a-summit/',
  'article with a chart': '/articles/front-line-in-numbers/',
  'article with pictures': '/articles/putin-and-trump-from-helsinki-to-alaska/',
  topics: '/tags/',
  tag: '/tags/diplomacy/',
  'tag month': '/tags/diplomacy/2025/08/',
  archive: '/archive/',
  'archive month': '/archive/2025/08/',
  timeline: '/timeline/',
  'key date': '/timeline/helsinki-summit/',
  stories: '/stories/',
  story: '/stories/putin-trump-talks/',
  people: '/people/',
  person: '/people/volodymyr-zelenskyy/',
  author: '/authors/foreign-desk/',
  search: '/search/?q=Kennebunkport',
  subscribe: '/subscribe/',
  'standing page': '/standards/',
  masthead: '/masthead/',
  corrections: '/corrections/',
  'not found': '/no-such-page/',
};

let reader: Reader;
beforeAll(async () => {
  assertBuilt();
  reader = await startReader();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(() => reader?.close());

describe('a reader in Chromium', () => {
  it('goes from the home page to an article, its topic, the archive and the timeline', async () => {
    const page = await reader.open('/');
    await page.locator('#lead-heading + article h3 a').click();
    await page.waitForURL('**/articles/why-putin-wants-a-summit/');
    expect(await page.locator('h1').innerText()).toBe('Why Putin wants a summit with Trump');
    await page.locator('article header a[rel=tag]', { hasText: 'Diplomacy' }).click();
    await page.waitForURL('**/tags/diplomacy/');
    expect(await page.locator('h1').innerText()).toBe('Diplomacy');
    await page.locator('nav[aria-label=Sections] a', { hasText: 'Archive' }).click();
    await page.waitForURL('**/archive/');
    expect(await page.locator('h1').innerText()).toBe('Archive');
    await page.locator('nav[aria-label=Sections] a', { hasText: 'Timeline' }).click();
    await page.waitForURL('**/timeline/');
    expect(await page.locator('#event-helsinki-summit').isVisible()).toBe(true);
  });

  it('follows a story from the home page to where it starts, then on to its next piece', async () => {
    const page = await reader.open('/');
    await page.locator('section[aria-labelledby=stories-heading] li a', { hasText: 'Putin–Trump talks' }).click();
    await page.waitForURL('**/stories/putin-trump-talks/');
    expect(await page.locator('.story-status').innerText()).toMatch(/developing/i);
    await page.locator('section[aria-labelledby=start-heading] a').click();
    await page.waitForURL('**/articles/putin-and-trump-from-helsinki-to-alaska/');
    expect(await page.locator('.story-box').innerText()).toContain('Part of: Putin–Trump talks');
    await page.locator('nav[aria-labelledby=story-nav-heading] a', { hasText: 'Earlier in the story' }).click();
    expect(await page.locator('.story-box').innerText()).toMatch(/piece 5 of 6/);
  });

  it('goes from a quote to the person who said it, and back to the quote', async () => {
    const page = await reader.open(PAGE_TYPES.article);
    await page.locator('.prose-body figure figcaption a', { hasText: 'Volodymyr Zelenskyy' }).click();
    await page.waitForURL('**/people/volodymyr-zelenskyy/');
    expect(await page.locator('h1').innerText()).toBe('Volodymyr Zelenskyy');
    await page.locator('.person-quotes figcaption a').first().click();
    await page.waitForURL(/#user-content-quote-volodymyr-zelenskyy$/);
    const quote = page.locator('#user-content-quote-volodymyr-zelenskyy');
    expect(await quote.isVisible()).toBe(true);
    expect(await quote.evaluate((element) => element.matches(':target'))).toBe(true);
  });

  it('follows a footnote to its note and back', async () => {
    const page = await reader.open('/articles/why-putin-wants-a-summit/');
    await page.locator('sup a[data-footnote-ref]').first().click();
    expect(await page.evaluate(() => location.hash)).toBe('#user-content-fn-1');
    expect(await page.locator('#user-content-fn-1').isVisible()).toBe(true);
    await page.locator('#user-content-fn-1 a[data-footnote-backref]').click();
    expect(await page.evaluate(() => location.hash)).toBe('#user-content-fnref-1');
  });

  it('keeps the chosen theme across pages, applied before the first paint', async () => {
    const context = await reader.browser.newContext({ colorScheme: 'light' });
    const page = await reader.open('/', { context });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.locator('[data-theme-toggle]').click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.locator('[data-theme-toggle]').getAttribute('aria-pressed')).toBe('true');
    const dark = await background();
    expect(dark).not.toBe(light);
    // A fresh page in the same profile: the stored theme is in place when the first HTML is parsed.
    const next = await context.newPage();
    await next.route('**/*.css', (route) => route.continue());
    await next.goto(`${reader.url}/articles/what-each-side-wants/`, { waitUntil: 'commit' });
    await next.waitForSelector('main');
    expect(await next.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await next.waitForLoadState('load');
    expect(await next.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(dark);
    await context.close();
  });

  it('follows the system theme until the reader chooses', async () => {
    const page = await reader.open('/', { scheme: 'dark' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    expect(await page.locator('[data-theme-toggle]').innerText()).toContain('Light theme');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 20, 19)');
  });

  it('finds a launch article by a word in its body', async () => {
    const page = await reader.open('/search/');
    await page.locator('[data-search] input').fill('Kennebunkport');
    const result = page.locator('.pagefind-ui__result-link', { hasText: 'Why Putin wants a summit with Trump' });
    await result.waitFor({ timeout: 10_000 });
    await result.click();
    await page.waitForURL('**/articles/why-putin-wants-a-summit/**');
  });

  it('reads article, topic, archive and timeline pages with JavaScript off; search says what to do instead', async () => {
    for (const pagePath of ['/articles/why-putin-wants-a-summit/', '/tags/diplomacy/', '/archive/', '/timeline/']) {
      const page = await reader.open(pagePath, { javaScript: false });
      expect((await page.locator('main').innerText()).length, pagePath).toBeGreaterThan(200);
      expect(await page.locator('[data-theme-toggle]').isVisible()).toBe(false);
    }
    const search = await reader.open('/search/', { javaScript: false });
    expect(await search.locator('[data-search-fallback]').innerText()).toContain('Search needs JavaScript');
    expect(await search.locator('[data-search-fallback] a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(['/tags/', '/archive/', '/timeline/']);
  });

  // One test per page type and theme: all of them in one test came near its minute on a busy machine.
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, pagePath] of Object.entries(PAGE_TYPES)) {
      it(`has no axe violations on the ${name} page in the ${scheme} theme`, async () => {
        const page = await reader.open(pagePath, { scheme });
        if (name === 'search') await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 10_000 });
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        const violations = results.violations.map((violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
        expect(violations).toEqual([]);
      });
    }
  }

  // One test per page type: 54 full-page screenshots in one test outran its minute on a busy machine.
  for (const [name, pagePath] of Object.entries({ home: '/', article: PAGE_TYPES.article, pictures: PAGE_TYPES['article with pictures'], chart: PAGE_TYPES['article with a chart'], story: PAGE_TYPES.story, person: PAGE_TYPES.person, tag: PAGE_TYPES.tag, timeline: PAGE_TYPES.timeline, 'key-date': PAGE_TYPES['key date'], search: PAGE_TYPES.search })) {
    it(`takes screenshots of the ${name} page at 320, 375 and 1280 pixels in both themes`, async () => {
      for (const scheme of ['light', 'dark'] as const) {
        for (const width of [320, 375, 1280]) {
          const page = await reader.open(pagePath, { scheme, width });
          if (name === 'search') await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 10_000 });
          const file = path.join(SCREENSHOTS, `${name}-${scheme}-${width}.png`);
          await page.screenshot({ path: file, fullPage: true });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${name} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
        }
      }
    });
  }

  it('fits a 320-pixel screen without sideways scrolling, and prints without navigation', async () => {
    for (const pagePath of ['/', PAGE_TYPES.article, PAGE_TYPES.story, PAGE_TYPES.stories, PAGE_TYPES.tag, PAGE_TYPES.timeline, PAGE_TYPES.archive, PAGE_TYPES.search]) {
      const page = await reader.open(pagePath, { width: 320 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${pagePath} at 320px`).toBeLessThanOrEqual(0);
    }
    const article = await reader.open(PAGE_TYPES.article);
    await article.emulateMedia({ media: 'print' });
    expect(await article.locator('nav[aria-label=Sections]').isVisible()).toBe(false);
    expect(await article.locator('#share-heading').isVisible()).toBe(false);
    expect(await article.locator('.prose-body').isVisible()).toBe(true);
    // The story box says what the printed piece is part of; links to other pieces are for the screen.
    expect(await article.locator('.story-box').isVisible()).toBe(true);
    expect(await article.locator('nav[aria-labelledby=story-nav-heading]').isVisible()).toBe(false);
    expect(await article.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  });

  it('reserves each picture\'s and chart\'s shape, never loads a picture over 60 KB on a phone, and colours charts by theme', async () => {
    for (const pagePath of [PAGE_TYPES['article with pictures'], PAGE_TYPES['article with a chart'], '/']) {
      const page = await reader.open(pagePath, { width: 375 });
      // Down the page and back, so that every lazy picture loads.
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 400) {
          window.scrollTo(0, y);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      });
      await page.waitForLoadState('networkidle');
      const measured = await page.evaluate(() => {
        const pictures = performance.getEntriesByType('resource').filter((entry) => /\.(avif|webp|jpg|png)$/.test(entry.name) && !entry.name.includes('/og/'));
        const complete = [...document.querySelectorAll('img')].every((img) => img.complete && img.naturalWidth > 0);
        const reserved = [...document.querySelectorAll('picture img, figure.chart svg')].map((element) => {
          const box = element.getBoundingClientRect();
          const ratio = Number(element.getAttribute('height')) / Number(element.getAttribute('width'));
          return { ratio: Math.round(ratio * 100) / 100, box: Math.round((box.height / box.width) * 100) / 100 };
        });
        return { reserved, pictures: pictures.map((entry) => ({ url: entry.name, bytes: (entry as PerformanceResourceTiming).encodedBodySize })), complete };
      });
      expect(measured.complete, pagePath).toBe(true);
      // Every picture's box is its final shape before its file arrives (width and height given), so pictures
      // themselves move nothing; the layout-shift test below measures the whole page.
      expect(measured.reserved, `${pagePath}: picture boxes`).toEqual(measured.reserved.map(({ ratio }) => ({ ratio, box: ratio })));
      if (pagePath !== PAGE_TYPES['article with a chart']) expect(measured.pictures.length, pagePath).toBeGreaterThan(0);
      for (const picture of measured.pictures) {
        expect(picture.url, 'a phone gets AVIF').toMatch(/\.avif$/);
        expect(picture.bytes, picture.url).toBeLessThanOrEqual(60 * 1024);
      }
    }
    const fills: Record<string, string> = {};
    for (const scheme of ['light', 'dark'] as const) {
      const page = await reader.open(PAGE_TYPES['article with a chart'], { scheme });
      fills[scheme] = await page.locator('figure.chart svg .chart-fill-series-1').first().evaluate((element) => getComputedStyle(element).fill);
      const text = await page.locator('figure.chart svg text').first().evaluate((element) => getComputedStyle(element).fill);
      expect(text, `chart text in the ${scheme} theme`).toBe(scheme === 'light' ? 'rgb(27, 26, 24)' : 'rgb(235, 231, 223)');
      // Closed, the data table is out of sight but there for screen readers.
      const clip = () => page.locator('table.chart-table').evaluate((table) => getComputedStyle(table).clipPath);
      expect(await clip()).toBe('inset(50%)');
      await page.getByText('Show the data').click();
      expect(await clip()).toBe('none');
    }
    expect(fills).toEqual({ light: 'rgb(31, 111, 178)', dark: 'rgb(108, 180, 238)' });
    const printed = await reader.open(PAGE_TYPES['article with a chart']);
    await printed.emulateMedia({ media: 'print' });
    expect(await printed.locator('table.chart-table').isVisible()).toBe(true);
    expect(await printed.getByText('Show the data').isVisible()).toBe(false);
    await printed.screenshot({ path: path.join(SCREENSHOTS, 'chart-print.png'), fullPage: true });
  });

  it('shifts no layout on any page type while fonts and pictures arrive late, on a phone and a wide screen', async () => {
    const shifted: Record<string, number> = {};
    for (const [name, pagePath] of Object.entries(PAGE_TYPES)) {
      for (const width of [375, 1280]) {
        const context = await reader.browser.newContext({ viewport: { width, height: 800 } });
        // A slow connection: every font and picture arrives well after the page first paints.
        await context.route(/\.(woff2|avif|webp|jpg|png)$/, async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 700));
          await route.continue();
        });
        await context.addInitScript(() => {
          const record = window as unknown as { layoutShift: number };
          record.layoutShift = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
              if (!entry.hadRecentInput) record.layoutShift += entry.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        const page = await reader.open(pagePath, { context });
        await page.waitForLoadState('networkidle');
        if (name === 'search') await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 10_000 });
        await page.evaluate(() => document.fonts.ready);
        await page.waitForTimeout(300);
        shifted[`${name} at ${width}px`] = await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
        await context.close();
      }
    }
    expect(Object.keys(shifted).length).toBe(Object.keys(PAGE_TYPES).length * 2);
    expect(Object.entries(shifted).filter(([, shift]) => shift > 0)).toEqual([]);
  }, 240_000);

  it('saw no console error, script error, blocked resource or request to another origin', () => {
    // The 404 page is meant to answer 404.
    expect(reader.problems.filter((problem) => !problem.startsWith('/no-such-page/'))).toEqual([]);
  });
});
