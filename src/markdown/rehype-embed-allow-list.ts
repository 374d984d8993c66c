import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

export interface EmbedOptions {
  /** Origins whose pages may be framed, e.g. `https://www.youtube-nocookie.com`. */
  origins: readonly string[];
}

/** The origin of an iframe's src, or '' when it has none (relative, malformed). */
export function frameOrigin(src: unknown): string {
  try {
    return new URL(String(src ?? '')).origin;
  } catch {
    return '';
  }
}

/**
 * Enforces the embed allow-list: an iframe from any other origin is removed,
 * and an allowed one is sandboxed, lazy-loaded and sends no full referrer.
 * (`rehype-reject-unsafe-html` has already stopped the build for the former;
 * this is the second line of defence.)
 */
export default function rehypeEmbedAllowList(options: EmbedOptions) {
  const origins = new Set(options.origins);
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'iframe') return undefined;
      if (!origins.has(frameOrigin(node.properties.src)) && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      node.properties.sandbox = ['allow-scripts', 'allow-same-origin', 'allow-popups'];
      node.properties.loading = 'lazy';
      node.properties.referrerPolicy = 'strict-origin-when-cross-origin';
      return undefined;
    });
  };
}
