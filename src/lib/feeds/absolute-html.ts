import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite', 'action'] as const;

/**
 * Rewrites every relative URL in an HTML fragment against `base`, so feed
 * readers (which have no page URL to resolve against) follow links and load
 * images. Fragment links (`#fn-1`) become links into the article page.
 */
export function absoluteHtml(html: string, base: string): string {
  const tree = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node) => {
    for (const name of URL_ATTRIBUTES) {
      const value = node.properties[name];
      if (typeof value === 'string') node.properties[name] = new URL(value, base).href;
    }
    const srcset = node.properties.srcSet;
    if (typeof srcset === 'string') {
      node.properties.srcSet = srcset
        .split(',')
        .map((candidate) => {
          const [url, ...descriptor] = candidate.trim().split(/\s+/);
          return [new URL(url!, base).href, ...descriptor].join(' ');
        })
        .join(', ');
    }
  });
  return toHtml(tree);
}
