import type { Link, Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { urls } from '../lib/urls.ts';
import { lookUpPerson, notePerson } from './people.ts';

/**
 * `:person[display text]{#slug}` → a link to the person's page, with the
 * text as written; `:person{#slug}` prints the register's name.
 */
export default function remarkPersonMention() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'textDirective', (node: TextDirective, index, parent) => {
      if (node.name !== 'person' || !parent || index === undefined) return;
      const slug = node.attributes?.id;
      if (!slug) file.fail('a mention needs the person: write :person[their name]{#slug}', node, 'backstory:mention-without-person');
      const person = lookUpPerson(file, slug, node);
      notePerson(file, slug);
      const link: Link = { type: 'link', url: urls.person(slug), children: node.children.length ? node.children : [{ type: 'text', value: person.name }], position: node.position };
      parent.children.splice(index, 1, link);
      return [SKIP, index + 1];
    });
  };
}
