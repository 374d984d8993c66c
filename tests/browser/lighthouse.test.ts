import type { LaunchedChrome } from 'chrome-launcher';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt } from '../helpers/dist.ts';
import { serveDist } from '../helpers/serve.ts';
import { launchChromium, lighthouseReport } from '../../scripts/bench/lighthouse.ts';

/** The five page types the newsroom's readers land on most. */
const PAGES = {
  home: '/',
  article: '/articles/putin-and-trump-from-helsinki-to-alaska/',
  topic: '/tags/diplomacy/',
  timeline: '/timeline/',
  search: '/search/?q=Kennebunkport',
};

let server: Awaited<ReturnType<typeof serveDist>>;
let chrome: LaunchedChrome;
beforeAll(async () => {
  assertBuilt();
  server = await serveDist();
  chrome = await launchChromium();
});
afterAll(async () => {
  chrome?.kill();
  await server?.close();
});

describe('Lighthouse, as browsers audit', () => {
  it('scores 100 in accessibility, best practices and SEO, with no layout shift, on the five page types, mobile and desktop', async () => {
    const found: Record<string, Record<string, number | null>> = {};
    for (const [name, pagePath] of Object.entries(PAGES)) {
      for (const formFactor of ['mobile', 'desktop'] as const) {
        const { categories, audits } = await lighthouseReport(`${server.url}${pagePath}`, chrome, formFactor, ['performance', 'accessibility', 'best-practices', 'seo']);
        // Scores only for what does not depend on the machine's speed: performance is the bench's to record.
        found[`${name}, ${formFactor}`] = {
          accessibility: categories.accessibility!.score,
          'best practices': categories['best-practices']!.score,
          seo: categories.seo!.score,
          'layout shift': audits['cumulative-layout-shift']!.numericValue ?? null,
        };
        const failing = Object.values(audits).filter((audit) => audit.score !== null && audit.score < 1 && ['accessibility', 'best-practices', 'seo'].some((category) => categories[category]!.auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0)));
        expect(failing.map((audit) => `${name}, ${formFactor}: ${audit.id}: ${audit.title}`)).toEqual([]);
      }
    }
    expect(Object.values(found)).toEqual(Object.keys(found).map(() => ({ accessibility: 1, 'best practices': 1, seo: 1, 'layout shift': 0 })));
  }, 600_000);
});
