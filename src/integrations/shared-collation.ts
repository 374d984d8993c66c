import type { AstroIntegration } from 'astro';
import { withSharedCollators } from '../lib/shared-collators.ts';

/**
 * The integration, with its `astro:build:done` hook run under
 * `withSharedCollators`: for @astrojs/sitemap, whose sort of every page URL
 * builds an `Intl.Collator` per comparison. Same output, one collator for
 * the sort.
 */
export function withSharedCollation(integration: AstroIntegration): AstroIntegration {
  const done = integration.hooks['astro:build:done'];
  if (!done) return integration;
  return { ...integration, hooks: { ...integration.hooks, 'astro:build:done': (params) => withSharedCollators(() => done(params)) } };
}
