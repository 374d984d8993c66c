import { publisherJsonLd } from '../lib/structured-data.ts';
import { urls } from '../lib/urls.ts';
import { site, type TrustProperty } from '../site.config.ts';
import { absoluteUrl } from './absolute-url.ts';

/** The publisher as every page's structured data names it, its policies at their standing pages (`site.trustPages`). */
export function publisher(): Record<string, unknown> {
  const policies = Object.fromEntries(Object.entries(site.trustPages).map(([property, slug]) => [property, absoluteUrl(urls.page(slug))])) as Record<TrustProperty, string>;
  return publisherJsonLd({ name: site.title, url: absoluteUrl(urls.home()), logo: absoluteUrl('/logo.png'), policies });
}
