import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { codeVersion } from '../../../src/lib/code-version.ts';
import { EntryCache } from '../../../src/model/entry-cache.ts';
import { markdownDigest } from '../../../src/model/body-facts.ts';
import { referencedPeople, registerPart } from '../../../src/model/people-refs.ts';
import { bodyFiles, bodyKey, cachedBody, pruneBodies, readBody, readHeadings, readKnownDetails, storeBody, summaryOf, writeKnownDetails } from '../../../src/model/rendered-bodies.ts';

const folders: string[] = [];
const folder = () => {
  folders.push(mkdtempSync(path.join(tmpdir(), 'backstory-cache-')));
  return folders.at(-1)!;
};
afterAll(() => {
  for (const created of folders) rmSync(created, { recursive: true, force: true });
});
const metadata = { headings: [{ depth: 2, slug: 'one', text: 'One' }], frontmatter: { readingStats: { words: 3, minutes: 1 } } };

describe('code version', () => {
  it('changes when a source file it covers changes', () => {
    const file = path.join(folder(), 'plugin.ts');
    writeFileSync(file, 'export const a = 1;');
    const before = codeVersion(pathToFileURL(file));
    expect(codeVersion(pathToFileURL(file))).toBe(before);
    writeFileSync(file, 'export const a = 2;');
    expect(codeVersion(pathToFileURL(file))).not.toBe(before);
  });
});

describe('rendered bodies', () => {
  it('keys a body by its Markdown', () => {
    expect(bodyKey(markdownDigest('Some *text*.'))).toBe(bodyKey(markdownDigest('Some *text*.')));
    expect(bodyKey(markdownDigest('Some *text*.'))).not.toBe(bodyKey(markdownDigest('Some *text*!')));
  });

  it('keys a body by what the register says of the people it names, and of no one else', () => {
    const body = 'As :person[Taras]{#taras} says:\n\n:::quote{person="timothy-taras"}\nWords.\n:::\n\nSee {#not-a-person}.';
    expect(referencedPeople(body)).toEqual(['not-a-person', 'taras', 'timothy-taras']);
    expect(referencedPeople('No directive here.')).toEqual([]);
    const register = { taras: { name: 'Taras', description: 'Military analyst' }, 'timothy-taras': { name: 'Timothy Taras', description: 'Harvard' }, other: { name: 'Other', description: 'Anyone' } };
    const key = (people: typeof register) => bodyKey(markdownDigest(body), registerPart(referencedPeople(body), people));
    expect(key({ ...register, other: { name: 'Other', description: 'Changed' } })).toBe(key(register));
    expect(key({ ...register, taras: { name: 'Taras', description: 'Changed' } })).not.toBe(key(register));
    const { taras: _removed, ...withoutTaras } = register;
    expect(key(withoutTaras as typeof register)).not.toBe(key(register));
  });

  it('keeps the HTML and the link facts out of the summary, finds them again without the content store, and prunes what no article uses', async () => {
    const bodies = path.join(folder(), 'bodies');
    const html = '<h2 id="one">One</h2><p><a href="/articles/other/#x">link</a> <a href="https://example.com/">out</a></p>';
    const details = await storeBody(bodies, 'key-a', html, metadata);
    expect(details).toMatchObject({ key: 'key-a', headings: metadata.headings, readingStats: { words: 3, minutes: 1 }, anchors: ['one'], links: ['/articles/other/#x'] });
    const summary = summaryOf(details);
    // The people it names and its quotes are small facts the people pages need, its pictures' paths what the
    // store resolves to files; its HTML, headings and links are not.
    expect(Object.keys(summary).sort()).toEqual(['figures', 'file', 'key', 'people', 'quotes', 'readingStats']);
    expect(readBody(summary)).toBe(html);
    expect(readHeadings(summary)).toEqual(metadata.headings);
    // What the last build knew, or the file beside the HTML when that is gone.
    writeKnownDetails(bodies, new Map([['key-a', details]]), new Map());
    const known = readKnownDetails(bodies);
    expect(known.get('key-a')).toEqual(details);
    expect(cachedBody(bodies, 'key-a', known, bodyFiles(bodies))).toBe(known.get('key-a'));
    expect(cachedBody(bodies, 'key-a', new Map(), bodyFiles(bodies))).toEqual(details);
    expect(cachedBody(bodies, 'key-b', known, bodyFiles(bodies))).toBeUndefined();
    await storeBody(bodies, 'key-b', '<p>b</p>', metadata);
    // What earlier versions kept in the folder: every known detail in one file, then in a folder of shards.
    writeFileSync(path.join(bodies, 'known.v8'), 'older');
    mkdirSync(path.join(bodies, 'known'));
    writeFileSync(path.join(bodies, 'known', '6b.v8'), 'older');
    pruneBodies(bodies, new Set(['key-b']), bodyFiles(bodies));
    // The known details sit beside the folder, where an older version's pruning of it never reaches.
    expect(readdirSync(path.dirname(bodies)).sort()).toEqual(['bodies', 'bodies-known']);
    expect(readdirSync(bodies).sort()).toEqual(['key-b.html', 'key-b.json']);
    expect(cachedBody(bodies, 'key-a', known, bodyFiles(bodies))).toBeUndefined();
  });

  it('renders a body again when either of its files has gone, even if the last build knew it', async () => {
    const bodies = path.join(folder(), 'bodies');
    const details = await storeBody(bodies, 'key-a', '<p>a</p>', metadata);
    const known = new Map([['key-a', details]]);
    rmSync(path.join(bodies, 'key-a.json'));
    expect(cachedBody(bodies, 'key-a', known, bodyFiles(bodies))).toBeUndefined();
    await storeBody(bodies, 'key-a', '<p>a</p>', metadata);
    rmSync(path.join(bodies, 'key-a.html'));
    expect(cachedBody(bodies, 'key-a', known, bodyFiles(bodies))).toBeUndefined();
  });

  it('reads a missing or damaged file of known details as nothing known', () => {
    const bodies = path.join(folder(), 'bodies');
    expect(readKnownDetails(bodies).size).toBe(0);
    mkdirSync(`${bodies}-known`, { recursive: true });
    writeFileSync(path.join(`${bodies}-known`, '6b.v8'), 'not a V8 value');
    expect(readKnownDetails(bodies).size).toBe(0);
  });
});

describe('entry cache', () => {
  it('gives back dates and undefined fields exactly, keys by text, and keeps only what the last read used', () => {
    const dir = folder();
    // Where an older version kept every entry in one file: gone, not left to fill the cache folder.
    mkdirSync(path.join(dir, 'backstory'));
    writeFileSync(path.join(dir, 'backstory', 'entries.v8'), 'older');
    const cache = new EntryCache(dir);
    expect(existsSync(path.join(dir, 'backstory', 'entries.v8'))).toBe(false);
    const entry = { raw: { title: 'A' }, data: { title: 'A', publishedAt: new Date('2025-08-15T00:00:00Z'), updatedAt: undefined }, bodyLine: 6, bodyStart: 80 };
    const key = cache.key('articles/a.md', 'text of a');
    expect(cache.key('articles/a.md', 'text of a, edited')).not.toBe(key);
    expect(cache.key('articles/b.md', 'text of a')).not.toBe(key);
    cache.set(key, entry);
    cache.set(cache.key('articles/b.md', 'b'), entry);
    cache.save();
    const next = new EntryCache(dir);
    const revived = next.get(key)!;
    expect(revived).toEqual(entry);
    expect((revived.data as { publishedAt: Date }).publishedAt).toBeInstanceOf(Date);
    expect('updatedAt' in (revived.data as object)).toBe(true);
    next.save();
    expect(new EntryCache(dir).get(cache.key('articles/b.md', 'b'))).toBeUndefined();
    expect(readdirSync(path.join(dir, 'backstory', 'entries')).length).toBeGreaterThan(0);
  });
});
