import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { site } from '../../src/site.config.ts';
import { assertBuilt, DIST, listFiles, readPage } from '../helpers/dist.ts';
import { REPO } from '../helpers/fixture-site.ts';

type Policy = Map<string, string[]>;
const parsePolicy = (text: string): Policy =>
  new Map(
    text
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );

function headerRules(): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of readFileSync(path.join(REPO, 'public/_headers'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.set(line.trim(), (current = new Map()));
    else {
      const [name, ...value] = line.trim().split(':');
      current!.set(name!.trim(), value.join(':').trim());
    }
  }
  return rules;
}

let pages: string[];
beforeAll(() => {
  assertBuilt();
  pages = listFiles().filter((file) => file.endsWith('.html'));
});

describe('security headers and content security policy', () => {
  it('ships public/_headers with a strict CSP and the standard hardening headers', () => {
    const all = headerRules().get('/*')!;
    const csp = parsePolicy(all.get('Content-Security-Policy')!);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
    expect(csp.get('frame-src')).toEqual(site.embedOrigins.length ? site.embedOrigins : ["'none'"]);
    expect(all.get('Strict-Transport-Security')).toMatch(/^max-age=\d{8,}/);
    expect(all.get('X-Content-Type-Options')).toBe('nosniff');
    expect(all.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(all.get('Permissions-Policy')).toContain('camera=()');
    expect(readFileSync(path.join(DIST, '_headers'), 'utf8')).toBe(readFileSync(path.join(REPO, 'public/_headers'), 'utf8'));
  });

  it('gives every page Astro\'s hashed CSP before any stylesheet or executable script, without unsafe-inline scripts', () => {
    for (const file of pages) {
      const elements = readPage(file).querySelector('head')!.childNodes.filter((node) => node.nodeType === 1) as unknown as ReturnType<typeof readPage>[];
      const position = elements.findIndex((node) => node.getAttribute('http-equiv') === 'content-security-policy');
      expect(position, file).toBeGreaterThanOrEqual(0);
      const governed = elements.findIndex(
        (node) => node.rawTagName === 'style' || (node.rawTagName === 'link' && node.getAttribute('rel') === 'stylesheet') || (node.rawTagName === 'script' && !node.getAttribute('type')?.includes('json')),
      );
      if (governed >= 0) expect(position, file).toBeLessThan(governed);
      const policy = parsePolicy(elements[position]!.getAttribute('content')!);
      expect(policy.get('script-src'), file).not.toContain("'unsafe-inline'");
      expect(policy.get('object-src'), file).toEqual(["'none'"]);
    }
  });

  it('allows, in both policies, every inline script the build emits, and nothing loads from another origin', () => {
    const headerScripts = parsePolicy(headerRules().get('/*')!.get('Content-Security-Policy')!).get('script-src')!;
    for (const file of pages) {
      const page = readPage(file);
      const metaScripts = parsePolicy(page.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!).get('script-src')!;
      for (const script of page.querySelectorAll('script')) {
        const type = script.getAttribute('type');
        if (type === 'application/ld+json' || type === 'application/json') continue;
        const src = script.getAttribute('src');
        if (src) {
          expect(src.startsWith('/'), `${file}: ${src}`).toBe(true);
          continue;
        }
        const hash = `'sha256-${createHash('sha256').update(script.rawText).digest('base64')}'`;
        expect(metaScripts, `${file}: inline script not in the page CSP`).toContain(hash);
        expect(headerScripts, `${file}: inline script ${hash} not in public/_headers`).toContain(hash);
      }
      for (const node of page.querySelectorAll('link[rel=stylesheet], link[rel=preload], link[rel=icon], img, source, iframe')) {
        const srcset = (node.getAttribute('srcset') ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!).filter(Boolean);
        const urls = [node.getAttribute('href') ?? node.getAttribute('src'), ...srcset].filter((url) => url !== undefined && url !== null);
        expect(urls.length, `${file}: ${node.outerHTML.slice(0, 80)} loads nothing`).toBeGreaterThan(0);
        for (const url of urls) expect(url.startsWith('/') || url.startsWith('data:'), `${file}: ${url}`).toBe(true);
      }
    }
  });
});
