import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { findUnsafeHtml } from './find-unsafe-html.ts';
import { htmlPolicy } from './html-policy.ts';
import type { EmbedOptions } from './rehype-embed-allow-list.ts';

/**
 * Stops the build on author HTML the sanitiser would strip: an editor
 * learns at once that a pasted embed or script will not appear, instead of
 * finding it silently missing after publication.
 */
export default function rehypeRejectUnsafeHtml(options: EmbedOptions) {
  return (tree: Root, file: VFile) => {
    const [first] = findUnsafeHtml(tree, htmlPolicy, options.origins);
    if (first) file.fail(`${first.reason}; see "Raw HTML" in the README for what is`, first.node, 'backstory:unsafe-html');
  };
}
