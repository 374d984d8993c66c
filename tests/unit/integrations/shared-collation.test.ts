import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { withSharedCollation } from '../../../src/integrations/shared-collation.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'backstory-shared-collation-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const pages = Array.from({ length: 300 }, (_, index) => `articles/piece-${(index * 7919) % 300}/`).concat(['tags/europe/2/', 'tags/europe/10/', 'about/', '']);

/**
 * Runs @astrojs/sitemap's hooks as a build would; returns its sitemap, the
 * calls of localeCompare with locales or options in its build:done (each of
 * which the built-in answers with a collator of its own) and the collators
 * built outside them.
 */
async function runSitemap(integration: AstroIntegration, name: string): Promise<{ xml: string; comparisonsWithOptions: number; collators: number }> {
  const hooks = integration.hooks as Record<string, (params: unknown) => unknown>;
  const logger = { info() {}, warn() {}, error() {}, debug() {} };
  await hooks['astro:routes:resolved']!({ routes: [] });
  await hooks['astro:config:done']!({ config: { site: 'https://backstory.example', base: '/', trailingSlash: 'always', build: { format: 'directory' } } });
  const dir = path.join(folder, name);
  const Native = Intl.Collator;
  const builtIn = String.prototype.localeCompare;
  let collators = 0;
  let comparisonsWithOptions = 0;
  Intl.Collator = function (...args: ConstructorParameters<typeof Intl.Collator>) {
    collators += 1;
    return new Native(...args);
  } as unknown as typeof Intl.Collator;
  String.prototype.localeCompare = function (this: string, that: string, ...rest: [Intl.LocalesArgument?, Intl.CollatorOptions?]) {
    if (rest.length) comparisonsWithOptions += 1;
    return builtIn.call(this, that, ...rest);
  };
  try {
    await hooks['astro:build:done']!({ dir: pathToFileURL(`${dir}/`), pages: pages.map((pathname) => ({ pathname })), logger });
  } finally {
    Intl.Collator = Native;
    String.prototype.localeCompare = builtIn;
  }
  return { xml: readFileSync(path.join(dir, 'sitemap-0.xml'), 'utf8'), comparisonsWithOptions, collators };
}

describe('withSharedCollation(sitemap())', () => {
  it('writes the sitemap @astrojs/sitemap writes, with one collator for its sort instead of one per comparison', async () => {
    const stock = await runSitemap(sitemap(), 'stock');
    const shared = await runSitemap(withSharedCollation(sitemap()), 'shared');
    expect(shared.xml).toBe(stock.xml);
    expect(stock.xml).toContain('https://backstory.example/tags/europe/2/</loc></url><url><loc>https://backstory.example/tags/europe/10/');
    expect(stock.comparisonsWithOptions, 'the stock sort passes options to every comparison (if not, @astrojs/sitemap changed it: remove shared-collation.ts)').toBeGreaterThan(pages.length);
    expect(shared.comparisonsWithOptions, 'none reaches the built-in').toBe(0);
    expect(shared.collators).toBe(1);
  });

  it('keeps the integration whole and its other hooks as they were', () => {
    const stock = sitemap();
    const wrapped = withSharedCollation(stock);
    expect(wrapped.name).toBe(stock.name);
    expect(Object.keys(wrapped.hooks).sort()).toEqual(Object.keys(stock.hooks).sort());
    expect(wrapped.hooks['astro:config:done']).toBe(stock.hooks['astro:config:done']);
    expect(wrapped.hooks['astro:build:done']).not.toBe(stock.hooks['astro:build:done']);
  });
});
