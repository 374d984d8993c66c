import type { Image, Paragraph, PhrasingContent, Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** A picture in a body: its path as written, and its line in the Markdown, for the loader's file check. */
export interface FigureFact {
  src: string;
  line: number;
}

// Web addresses only: other schemes (javascript:, data:) are for the HTML checks after this, which refuse them by name.
const REMOTE = /^(?:https?:)?\/\//i;
const CREDIT_HINT = 'write :credit[Photo: Name / Agency] after the picture, on the same line';

const isBlank = (node: PhrasingContent) => node.type === 'text' && node.value.trim() === '';

/**
 * A picture in the body is a paragraph of its own:
 *
 *     ![What the picture shows](../images/file.jpg "The caption.") :credit[Photo: Name / Agency]
 *
 * and becomes `<figure>`: the picture (which the page turns into a responsive
 * `<picture>`), then a `<figcaption>` with the caption (the image's title)
 * and the credit in `<small>` (the fine print of attribution). A picture needs alt text and a
 * credit, and is one of our own files: a remote address would be hot-linked
 * and never processed. Whether the file exists, and its size, the loader
 * checks at every build (`checkPictureFile`), since a cached render would
 * not notice a file deleted later. The pictures are listed in the front
 * matter data as `figures`.
 */
export default function remarkFigures() {
  return (tree: Root, file: VFile) => {
    const figures: FigureFact[] = [];
    visit(tree, 'textDirective', (node: TextDirective, _index, parent) => {
      if (node.name !== 'credit') return;
      const pictured = parent?.type === 'paragraph' && parent.children.some((child) => child.type === 'image');
      if (!pictured) file.fail('a :credit[…] belongs to a picture: put it right after the picture, on the same line', node, 'backstory:stray-credit');
    });
    visit(tree, 'image', (node: Image, index, parent) => {
      if (REMOTE.test(node.url)) {
        file.fail(`"${node.url}" is a remote address: pictures are never hot-linked; save the picture in content/images/ and write its path from this file, e.g. ../images/file.jpg`, node, 'backstory:remote-image');
      }
      if (!node.alt?.trim()) file.fail('a picture needs alt text saying what it shows: ![what the picture shows](…)', node, 'backstory:missing-alt');
      const paragraph = parent as Paragraph | undefined;
      const others = paragraph?.type === 'paragraph' ? paragraph.children.filter((child, at) => at !== index && !isBlank(child)) : [];
      const credit = others.find((child): child is TextDirective => child.type === 'textDirective' && child.name === 'credit');
      if (paragraph?.type !== 'paragraph' || others.some((child) => child !== credit)) {
        file.fail('a picture stands in a paragraph of its own, followed only by its :credit[…]: put blank lines around it', node, 'backstory:inline-picture');
      }
      if (!credit || !credit.children.length) file.fail(`a picture needs a credit: ${CREDIT_HINT}`, node, 'backstory:missing-credit');
      figures.push({ src: node.url, line: node.position?.start.line ?? 0 });
      const caption: PhrasingContent[] = node.title ? [{ type: 'text', value: node.title }, { type: 'text', value: ' ' }] : [];
      delete node.title;
      paragraph.data = { hName: 'figure' } as Paragraph['data'];
      paragraph.children = [
        node,
        {
          type: 'emphasis',
          data: { hName: 'figcaption' },
          children: [...caption, { type: 'emphasis', data: { hName: 'small' }, children: credit.children }],
        } as PhrasingContent,
      ];
    });
    const astro = (file.data.astro ??= {});
    astro.frontmatter = { ...astro.frontmatter, figures };
  };
}
