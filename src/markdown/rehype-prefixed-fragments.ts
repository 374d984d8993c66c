import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { htmlPolicy } from './html-policy.ts';

/**
 * The sanitiser prefixes ids (`fn-1` becomes `user-content-fn-1`) but not the
 * in-page links that point at them; this points `#fn-1` at the prefixed id so
 * footnotes and author anchors keep working without JavaScript.
 */
export default function rehypePrefixedFragments() {
  const prefix = htmlPolicy.clobberPrefix ?? '';
  return (tree: Root) => {
    const ids = new Set<string>();
    visit(tree, 'element', (node) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id);
    });
    visit(tree, 'element', (node) => {
      const href = node.properties.href;
      if (typeof href !== 'string' || !href.startsWith('#')) return;
      const target = decodeURIComponent(href.slice(1));
      if (!ids.has(target) && ids.has(prefix + target)) node.properties.href = `#${prefix}${target}`;
    });
  };
}
