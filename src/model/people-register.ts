import type { ContentProblem } from './problem.ts';
import type { ParsedEntry } from './read-entry.ts';

/** How two spellings of a name are compared: case, accents' encoding and spacing aside. */
const normalise = (name: string) => name.normalize('NFC').toLocaleLowerCase('en').replace(/[\s\u00a0]+/g, ' ').trim();

/**
 * No two people may answer to one name: a name or alias that is another
 * person's name or alias stops the build, naming both files, so a reader
 * is never left to guess which Taras spoke.
 */
export function checkRegister(people: readonly ParsedEntry[], problems: ContentProblem[]): void {
  const holders = new Map<string, { person: ParsedEntry; field: string }>();
  for (const person of people) {
    const raw = (person.raw ?? {}) as { name?: unknown; aliases?: unknown };
    const names: [string, unknown, (string | number)[]][] = [['name', raw.name, ['name']]];
    if (Array.isArray(raw.aliases)) raw.aliases.forEach((alias, index) => names.push([`aliases[${index}]`, alias, ['aliases', index]]));
    const own = new Set<string>();
    for (const [field, value, path] of names) {
      if (typeof value !== 'string' || !value.trim()) continue;
      const key = normalise(value);
      const holder = holders.get(key);
      if (holder && holder.person !== person) {
        problems.push({
          file: person.file,
          line: person.lineOf(path),
          field,
          message: `"${value}" is also the ${holder.field === 'name' ? 'name' : 'alias'} of ${holder.person.file}`,
          hint: 'a reader must know which person spoke: give each a name of their own (a surname, or what they do), or merge the two files if they are one person.',
        });
      } else if (!own.has(key)) {
        holders.set(key, { person, field });
      }
      own.add(key);
    }
  }
}
