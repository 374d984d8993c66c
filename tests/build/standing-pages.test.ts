import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPage, text } from '../helpers/dist.ts';
import { article, buildFixture, page, rebuildFixture, STANDING_PAGES, type BuildResult } from '../helpers/fixture-site.ts';

const ORIGIN = 'https://backstory.example';

const TRUST_PROPERTIES = {
  correctionsPolicy: 'corrections-policy',
  ethicsPolicy: 'standards',
  verificationFactCheckingPolicy: 'standards',
  unnamedSourcesPolicy: 'unnamed-sources',
  ownershipFundingInfo: 'ownership-and-funding',
  masthead: 'masthead',
  actionableFeedbackPolicy: 'contact',
};

const jsonLd = (urlPath: string, dist: string) => JSON.parse(readPage(urlPath, dist).querySelector('script[type="application/ld+json"]')!.textContent) as Record<string, unknown>;
const footerPages = (urlPath: string, dist: string) =>
  readPage(urlPath, dist)
    .querySelectorAll('footer.site-footer ul.about-pages a')
    .map((link) => [link.getAttribute('href'), text(link)]);

/**
 * A newsroom with the seven standing pages the site config names (from the
 * fixture's base content, the standards page given a body, a date and a
 * link to an article), a person, an article with "How we reported this" and
 * sources, and one without.
 */
const SITE = {
  'authors/foreign-desk.yaml': 'name: Foreign Desk\ntype: desk\nrole: International affairs\nbio: Covers diplomacy.\n',
  'authors/data-desk.yaml': 'name: Data Desk\ntype: desk\nrole: Numbers and verification\nbio: Weighs the figures behind the headlines.\n',
  'authors/jane-doe.yaml': 'name: Jane Doe\nrole: Diplomatic correspondent\nbio: Reports on summits.\n',
  'people/taras.yaml': 'name: Timothy Taras\ndescription: Military analyst.\n',
  'pages/standards.md': page({ title: 'Standards', description: 'How we report, attribute and correct.', updatedAt: '2025-08-01' }, '## Attribution\n\nWe say who said it. See [our first story](/articles/first-story/).\n'),
  'articles/first-story.md': article({
    backstory: '"We read the Kremlin\'s and the White House\'s readouts and compared them with two press reports."',
    sources: '[{ title: "Kremlin readout", publisher: Kremlin, date: 2025-08-10, url: "https://example.com/readout" }, { title: Unnamed press report }]',
  }),
  'articles/second.md': article({ title: '"Second"', publishedAt: '2025-08-11', authors: '[data-desk, jane-doe]' }, 'As :person[Timothy Taras]{#taras} sees it, little will change.\n'),
};

describe('standing pages and the publisher they answer for', () => {
  let built: BuildResult;
  beforeAll(async () => {
    built = await buildFixture(SITE);
    expect(built.code, built.output).toBe(0);
  });

  it('publishes each page at /<slug>/ with its title, description, date and body, through the Markdown pipeline', () => {
    for (const slug of Object.keys(STANDING_PAGES)) expect(existsSync(path.join(built.dist, slug, 'index.html')), slug).toBe(true);
    const standards = readPage('/standards/', built.dist);
    expect(text(standards.querySelector('h1'))).toBe('Standards');
    expect(standards.querySelector('meta[name="description"]')!.getAttribute('content')).toBe('How we report, attribute and correct.');
    expect(text(standards.querySelector('article'))).toContain('Last updated 1 August 2025');
    expect(standards.querySelector('.prose-body h2#attribution')).not.toBeNull();
    expect(standards.querySelector('.prose-body a[href="/articles/first-story/"]')).not.toBeNull();
  });

  it('lists every standing page in the footer of every page, in the order the config gives', () => {
    const expected = Object.entries(STANDING_PAGES).map(([slug, title]) => [`/${slug}/`, slug === 'standards' ? 'Standards' : title]);
    for (const urlPath of ['/', '/articles/first-story/', '/tags/russia/', '/standards/', '/people/taras/', '/404.html']) {
      expect(footerPages(urlPath, built.dist), urlPath).toEqual(expected);
    }
  });

  it('names the publisher as a NewsMediaOrganization on every page, each policy at a built standing page', () => {
    const home = jsonLd('/', built.dist);
    expect(home).toMatchObject({ '@context': 'https://schema.org', '@type': 'NewsMediaOrganization', name: 'Backstory', url: `${ORIGIN}/` });
    for (const [property, slug] of Object.entries(TRUST_PROPERTIES)) {
      expect(home[property], property).toBe(`${ORIGIN}/${slug}/`);
      expect(existsSync(path.join(built.dist, slug, 'index.html')), property).toBe(true);
    }
    const { '@context': _context, ...organisation } = home;
    for (const urlPath of ['/articles/first-story/', '/stories/', '/tags/russia/', '/people/taras/', '/standards/']) {
      const data = jsonLd(urlPath, built.dist);
      expect(data['@type'] === 'NewsMediaOrganization' ? organisation : data.publisher, urlPath).toEqual(organisation);
    }
    expect(jsonLd('/about/', built.dist)['@type']).toBe('AboutPage');
    expect(jsonLd('/contact/', built.dist)['@type']).toBe('ContactPage');
    expect(jsonLd('/standards/', built.dist)).toMatchObject({ '@type': 'WebPage', name: 'Standards', dateModified: '2025-08-01T00:00:00+01:00' });
  });

  it('lists the desks and writers on the masthead, after the editors\' text', () => {
    const masthead = readPage('/masthead/', built.dist);
    expect(masthead.querySelectorAll('section[aria-labelledby="masthead-desks"] dt').map(text)).toEqual(['Data Desk, Numbers and verification', 'Foreign Desk, International affairs']);
    expect(masthead.querySelectorAll('section[aria-labelledby="masthead-writers"] dt').map(text)).toEqual(['Jane Doe, Diplomatic correspondent']);
    expect(masthead.querySelector('section[aria-labelledby="masthead-desks"] a[href="/authors/data-desk/"]')).not.toBeNull();
    expect(text(masthead.querySelector('.prose-body'))).toBe('What this page says.');
  });

  it('shows "How we reported this" after the body and gives it and the sources to structured data', () => {
    const first = readPage('/articles/first-story/', built.dist);
    const box = first.querySelector('article aside.backstory-box')!;
    // After the body: the reader meets it once they have read the piece.
    expect(first.toString().indexOf('backstory-box')).toBeGreaterThan(first.toString().indexOf('prose-body'));
    expect(text(box.querySelector('h2'))).toBe('How we reported this');
    expect(text(box.querySelector('p'))).toBe('We read the Kremlin’s and the White House’s readouts and compared them with two press reports.');
    const data = jsonLd('/articles/first-story/', built.dist);
    expect(data.backstory).toBe('We read the Kremlin’s and the White House’s readouts and compared them with two press reports.');
    expect(data.citation).toEqual([
      { '@type': 'CreativeWork', name: 'Kremlin readout', url: 'https://example.com/readout', publisher: { '@type': 'Organization', name: 'Kremlin' }, datePublished: '2025-08-10T00:00:00+01:00' },
      { '@type': 'CreativeWork', name: 'Unnamed press report' },
    ]);
    const second = readPage('/articles/second/', built.dist);
    expect(second.querySelector('aside.backstory-box')).toBeNull();
    expect(jsonLd('/articles/second/', built.dist)).not.toHaveProperty('backstory');
    expect(jsonLd('/articles/second/', built.dist)).not.toHaveProperty('citation');
  });

  it('carries a retitled or added standing page to every page\'s footer on the next build', async () => {
    const retitled = await rebuildFixture(built, {
      'pages/contact.md': page({ title: '"Write to us"' }),
      'pages/jobs.md': page({ title: '"Jobs"', description: 'Work with us.' }),
    });
    expect(retitled.code, retitled.output).toBe(0);
    for (const urlPath of ['/', '/articles/first-story/', '/articles/second/', '/tags/russia/', '/tags/russia/2025/08/', '/people/taras/', '/masthead/']) {
      const links = footerPages(urlPath, retitled.dist);
      expect(links.at(-2), urlPath).toEqual(['/contact/', 'Write to us']);
      expect(links.at(-1), urlPath).toEqual(['/jobs/', 'Jobs']);
    }
  });
});
