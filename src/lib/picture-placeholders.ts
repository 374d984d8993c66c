import { escapeHtml } from './escape-html.ts';

/**
 * Astro's Markdown pipeline writes each local picture of a body as
 * `<img __ASTRO_IMAGE_="{…}">`, its path and alt text as JSON in an
 * attribute; pages and feeds replace it with a responsive `<picture>`.
 */
export const PICTURE_PLACEHOLDER = /<img __ASTRO_IMAGE_="([^"]+)">/g;

const unescapeAttribute = (value: string) => value.replace(/&#x22;|&quot;/g, '"').replace(/&#x27;|&apos;/g, "'").replace(/&#x26;|&amp;/g, '&');

/** What one placeholder's attribute says of its picture. */
export function placeholderPicture(attribute: string): { src: string; alt: string } {
  const { src, alt } = JSON.parse(unescapeAttribute(attribute)) as { src: string; alt: string };
  return { src, alt };
}

/** A body's HTML with each picture as the plain `<img alt>` a search indexer reads (Pagefind indexes alt text). */
export function picturesAsAltText(html: string): string {
  return html.replace(PICTURE_PLACEHOLDER, (_placeholder, attribute: string) => `<img alt="${escapeHtml(placeholderPicture(attribute).alt)}">`);
}
