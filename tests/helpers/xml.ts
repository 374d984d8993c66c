import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST } from './dist.ts';

const ALWAYS_LISTS = ['item', 'entry', 'category', 'dc:creator', 'url', 'sitemap', 'author'];
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // Repeatable elements parse as arrays even when there is one; Atom's feed-level links too.
  isArray: (name, jpath) => ALWAYS_LISTS.includes(name) || jpath === 'feed.link',
});

/** Reads and parses an XML file of the built site, failing on any well-formedness error. */
export function readXml(file: string, dist = DIST): Record<string, any> {
  const text = readFileSync(path.join(dist, file), 'utf8');
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`${file} is not well-formed XML: ${JSON.stringify(valid.err)}`);
  return parser.parse(text);
}

export function readJson(file: string, dist = DIST): any {
  return JSON.parse(readFileSync(path.join(dist, file), 'utf8'));
}

/** Every URL an HTML fragment links to or loads. */
export function urlsIn(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src|poster|cite)="([^"]*)"/g)].map((match) => match[1]!);
}
