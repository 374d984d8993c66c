import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { codeVersion } from '../../../src/lib/code-version.ts';
import { EntryCache } from '../../../src/model/entry-cache.ts';
import { bodyKey, cachedBody, pruneBodies, readBody, storeBody } from '../../../src/model/rendered-bodies.ts';

const folder = () => mkdtempSync(path.join(tmpdir(), 'backstory-cache-'));
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
    expect(bodyKey('Some *text*.')).toBe(bodyKey('Some *text*.'));
    expect(bodyKey('Some *text*.')).not.toBe(bodyKey('Some *text*!'));
  });

  it('keeps the HTML out of the summary, finds it again without the content store, and prunes what no article uses', () => {
    const bodies = folder();
    const html = '<h2 id="one">One</h2><p><a href="/articles/other/#x">link</a> <a href="https://example.com/">out</a></p>';
    const summary = storeBody(bodies, 'key-a', html, metadata);
    expect(summary).toMatchObject({ key: 'key-a', headings: metadata.headings, readingStats: { words: 3, minutes: 1 }, anchors: ['one'], links: ['/articles/other/#x'] });
    expect(JSON.stringify(summary)).not.toContain('<p>');
    expect(readBody(summary)).toBe(html);
    // The store's previous entry, or the summary file when Astro cleared the store.
    expect(cachedBody(bodies, 'key-a', summary)).toBe(summary);
    expect(cachedBody(bodies, 'key-a', undefined)).toEqual(summary);
    expect(cachedBody(bodies, 'key-b', summary)).toBeUndefined();
    storeBody(bodies, 'key-b', '<p>b</p>', metadata);
    pruneBodies(bodies, new Set(['key-b']));
    expect(readdirSync(bodies).sort()).toEqual(['key-b.html', 'key-b.json']);
    expect(cachedBody(bodies, 'key-a', summary)).toBeUndefined();
  });
});

describe('entry cache', () => {
  it('gives back dates and undefined fields exactly, keys by text, and keeps only what the last read used', () => {
    const dir = folder();
    const cache = new EntryCache(dir);
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
    expect(existsSync(path.join(dir, 'backstory', 'entries.v8'))).toBe(true);
  });
});
