import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { astroDataStoreClass, skipUnchangedMeta } from '../../../src/integrations/content-store-meta.ts';
import { writeContentStoreNow } from '../../../src/lib/content-store-now.ts';

interface Store {
  metaStore(collection?: string): { set(key: string, value: unknown): void; get(key: string): unknown };
  waitUntilSaveComplete(): Promise<void>;
  writeToDisk(): Promise<void>;
}

const folder = mkdtempSync(path.join(tmpdir(), 'backstory-store-meta-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A store on a file of its own, with a count of the times Astro serialises and writes it. */
async function storeOnFile(name: string): Promise<{ store: Store; writes: () => number; file: string }> {
  const Class = (await astroDataStoreClass()) as unknown as { fromFile(file: URL): Promise<Store> };
  const file = path.join(folder, name);
  const store = await Class.fromFile(pathToFileURL(file));
  let count = 0;
  const write = store.writeToDisk.bind(store);
  store.writeToDisk = () => ((count += 1), write());
  return { store, writes: () => count, file };
}

describe("Astro's content store meta values", () => {
  it('are written whenever set, even unchanged, by Astro itself (if this fails, Astro fixed it: remove content-store-meta.ts)', async () => {
    const { store, writes } = await storeOnFile('before.json');
    store.metaStore().set('astro-version', '7');
    await store.waitUntilSaveComplete();
    const first = writes();
    store.metaStore().set('astro-version', '7');
    await store.waitUntilSaveComplete();
    expect(first).toBeGreaterThan(0);
    expect(writes()).toBeGreaterThan(first);
  });

  it('no longer write the store when set to the value they hold, and still do when the value changes', async () => {
    expect(await skipUnchangedMeta()).toBe(true);
    const { store, writes, file } = await storeOnFile('after.json');
    store.metaStore().set('astro-version', '7');
    await store.waitUntilSaveComplete();
    expect(writes()).toBe(1);
    expect(readFileSync(file, 'utf8')).toContain('"7"');

    store.metaStore().set('astro-version', '7');
    await store.waitUntilSaveComplete();
    expect(writes()).toBe(1);

    store.metaStore().set('astro-version', '8');
    await store.waitUntilSaveComplete();
    expect(writes()).toBe(2);
    expect(store.metaStore().get('astro-version')).toBe('8');
    expect(readFileSync(file, 'utf8')).toContain('"8"');
  });

  it("are a loader's way to write the store at once, without Astro's half-second wait, after a preview reloads an edit", async () => {
    expect(await skipUnchangedMeta()).toBe(true);
    const { store, writes, file } = await storeOnFile('now.json');
    const meta = store.metaStore('articles');
    meta.set('last-edit', 'one');
    // Written by the time it returns: left to Astro, the write would come half a second later.
    await writeContentStoreNow(meta);
    expect(writes()).toBe(1);
    expect(readFileSync(file, 'utf8')).toContain('"one"');
    // Nothing to write: nothing written. A meta object Astro made without the patch is left alone.
    await writeContentStoreNow(meta);
    expect(writes()).toBe(1);
    await expect(writeContentStoreNow({ set() {} })).resolves.toBeUndefined();
    await expect(writeContentStoreNow(undefined)).resolves.toBeUndefined();
  });
});
