import { HtmlValidate, type ConfigData } from 'html-validate';
import { LinkChecker } from 'linkinator';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, DIST, listFiles, readPage } from '../helpers/dist.ts';
import { REPO } from '../helpers/fixture-site.ts';
import { serveDist } from '../helpers/serve.ts';

let server: Awaited<ReturnType<typeof serveDist>>;
beforeAll(async () => {
  assertBuilt();
  server = await serveDist();
});
afterAll(() => server?.close());

describe('the built site is valid', () => {
  it('passes html-validate on every page with zero errors', async () => {
    const validator = new HtmlValidate(JSON.parse(readFileSync(path.join(REPO, '.htmlvalidate.json'), 'utf8')) as ConfigData);
    const pages = listFiles().filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    const failures: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(path.join(DIST, page));
      for (const result of report.results) {
        for (const message of result.messages) failures.push(`${page}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
      }
    }
    expect(failures).toEqual([]);
  });

  // Astro drops the line break between a sentence and a link on the next line of a template.
  it('runs no sentence into the link after it', () => {
    const joined = listFiles()
      .filter((file) => file.endsWith('.html'))
      .flatMap((file) => [...readFileSync(path.join(DIST, file), 'utf8').matchAll(/[a-z][.:;,]<a\s[^>]*>[^<]{0,20}/g)].map((match) => `${file}: ${match[0]}`));
    expect(joined).toEqual([]);
  });

  it('passes the Nu HTML Checker (vnu) on every page with zero errors', () => {
    const pages = listFiles().filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    // vnu exits 1 when it finds an error; its report is the JSON on stderr either way.
    const result = spawnSync('java', ['-jar', path.join(REPO, 'node_modules/vnu-jar/build/dist/vnu.jar'), '--format', 'json', '--errors-only', ...pages.map((page) => path.join(DIST, page))], { encoding: 'utf8' });
    expect(result.error, 'java must be installed (.ci/run installs it)').toBeUndefined();
    const report = JSON.parse(result.stderr) as { messages: { type: string; url: string; lastLine?: number; message: string }[] };
    const errors = report.messages.map((message) => `${path.relative(DIST, message.url.replace(/^file:/, ''))}:${message.lastLine ?? ''} ${message.type}: ${message.message}`);
    expect(errors).toEqual([]);
    expect(result.status).toBe(0);
  });

  it('has no broken internal link or anchor (linkinator, offline, with fragments)', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: `${server.url}/`,
      recurse: true,
      checkFragments: true,
      // Offline: only this server is followed; absolute links to the public origin are checked below instead.
      linksToSkip: async (link) => !link.startsWith(server.url),
    });
    const broken = result.links.filter((link) => link.state === 'BROKEN').map((link) => `${link.status} ${link.url} (from ${link.parent})`);
    expect(broken).toEqual([]);
    const pages = listFiles().filter((file) => /\.(html|xml|json|txt)$/.test(file) && file !== '404.html' && !file.startsWith('pagefind/'));
    const crawled = new Set(result.links.filter((link) => link.state === 'OK').map((link) => new URL(link.url).pathname));
    const unreached = pages.map((file) => `/${file}`.replace(/index\.html$/, '')).filter((url) => !crawled.has(url) && !/sitemap|robots/.test(url));
    expect(unreached).toEqual([]);
  });

  // linkinator validates a fragment only if it meets the link before it crawls the target page, so every
  // internal #fragment is also checked here against the ids of the page it points at.
  it('resolves every internal link with a fragment to an element on the target page', () => {
    const idsByPage = new Map<string, Set<string>>();
    const idsOf = (pagePath: string) => {
      if (!idsByPage.has(pagePath)) idsByPage.set(pagePath, new Set(readPage(pagePath).querySelectorAll('[id]').map((node) => node.getAttribute('id')!)));
      return idsByPage.get(pagePath)!;
    };
    const missing: string[] = [];
    let checked = 0;
    for (const file of listFiles().filter((name) => name.endsWith('.html'))) {
      const from = `/${file}`.replace(/index\.html$/, '');
      for (const link of readPage(file).querySelectorAll('a[href*="#"]')) {
        const url = new URL(link.getAttribute('href')!, `https://site.invalid${from}`);
        if (url.host !== 'site.invalid' || !url.hash) continue;
        checked++;
        if (!idsOf(url.pathname).has(decodeURIComponent(url.hash.slice(1)))) missing.push(`${from} → ${url.pathname}${url.hash}`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(20);
  });
});
