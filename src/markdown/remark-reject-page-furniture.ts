import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * Navigation and widget labels that come along when text is copied from a
 * web page. On their own line they are never journalism.
 */
const FURNITURE = /^(?:leave a (?:comment|reply)|(?:close\s*)+|share (?:this|on \w+)|advertisement|skip to (?:main )?content|subscribe to our newsletter|read more|related (?:posts|articles))$/i;

export default function remarkRejectPageFurniture() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'paragraph', (node) => {
      const text = toString(node).trim();
      if (FURNITURE.test(text)) {
        file.fail(`"${text}" looks like web-page furniture copied with the text; delete it`, node, 'backstory:page-furniture');
      }
    });
  };
}
