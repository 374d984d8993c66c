import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

const MARKERS = { textDirective: ':', leafDirective: '::', containerDirective: ':::' } as const;

/**
 * Runs after the plugins that handle directives: whatever directive none of
 * them turned into an element is one Backstory does not know, and would
 * vanish from the page. Most are
 * a colon typed straight before a word ("note:this").
 */
export default function remarkRejectUnknownDirectives() {
  return (tree: Root, file: VFile) => {
    visit(tree, ['textDirective', 'leafDirective', 'containerDirective'], (node) => {
      const { type, name, data } = node as { type: keyof typeof MARKERS; name: string; data?: { hName?: string } };
      // A directive a plugin has handled says which element it becomes.
      if (data?.hName) return;
      const hint = type === 'textDirective' ? ` (for a colon before a word, put a space after it or write \\:${name})` : '';
      file.fail(`"${MARKERS[type]}${name}" is not a directive Backstory knows: use :::quote{person=<slug>} or :person[name]{#slug}${hint}`, node, 'backstory:unknown-directive');
    });
  };
}
