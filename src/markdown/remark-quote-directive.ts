import type { BlockContent, Paragraph, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { urls } from '../lib/urls.ts';
import { lookUpPerson, notePerson, peopleFactsOf } from './people.ts';

/**
 * `:::quote{person=<slug>}` … `:::` → a figure: the words in a blockquote,
 * and a caption naming the person (linked to their page) and, on the next
 * line, who they are.
 * The figure's id, `quote-<slug>` (then `-2`, `-3` for the same person's
 * later quotes in the piece), is what a person's page links to; the
 * sanitiser prefixes it like every id in a body.
 */
export default function remarkQuoteDirective() {
  return (tree: Root, file: VFile) => {
    const counts = new Map<string, number>();
    visit(tree, 'containerDirective', (node: ContainerDirective) => {
      if (node.name !== 'quote') return;
      const slug = node.attributes?.person;
      if (!slug) file.fail('a quote needs the person who said it: write :::quote{person=<slug>}', node, 'backstory:quote-without-person');
      const person = lookUpPerson(file, slug, node);
      const words = node.children as BlockContent[];
      if (toString(node).trim() === '') file.fail('a quote needs the words that were said, on the lines between :::quote and :::', node, 'backstory:empty-quote');
      const count = (counts.get(slug) ?? 0) + 1;
      counts.set(slug, count);
      const id = count === 1 ? `quote-${slug}` : `quote-${slug}-${count}`;
      notePerson(file, slug);
      peopleFactsOf(file).quotes.push({ person: slug, anchor: `user-content-${id}`, text: toString(words, { includeHtml: false }).replace(/\s+/g, ' ').trim() });
      // hName and hProperties are mdast-util-to-hast's: the element each node becomes.
      node.data = { hName: 'figure', hProperties: { id } } as ContainerDirective['data'];
      node.children = [
        { type: 'blockquote', children: words },
        {
          type: 'paragraph',
          data: { hName: 'figcaption' } as Paragraph['data'],
          // The description on a line of its own: it is written to stand alone ("President of Ukraine"), not to follow a comma.
          children: [{ type: 'link', url: urls.person(slug), children: [{ type: 'text', value: person.name }] }, { type: 'break' }, { type: 'text', value: person.description }],
        } satisfies Paragraph as Paragraph,
      ];
    });
  };
}
