const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Rendered HTML with each link to one of `hrefs` (as they stand in the HTML)
 * replaced by its content: the reader keeps the words, minus a link to a page
 * that is no longer published. Links never nest, so a link's content ends at
 * the first `</a>`.
 */
export function withoutLinks(html: string, hrefs: readonly string[]): string {
  if (!hrefs.length) return html;
  const targets = [...new Set(hrefs)].map(escapeRegExp).join('|');
  return html.replace(new RegExp(`<a\\s[^>]*?href="(?:${targets})"[^>]*>([\\s\\S]*?)</a>`, 'g'), '$1');
}
