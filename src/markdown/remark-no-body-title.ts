import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * The headline comes from front matter; a `#` heading in the body would give
 * the page two titles and break the outline that screen readers navigate by.
 */
export default function remarkNoBodyTitle() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'heading', (node) => {
      if (node.depth === 1) {
        file.fail('a "#" heading repeats the page title; use "##" for sections', node, 'backstory:no-body-title');
      }
    });
  };
}
