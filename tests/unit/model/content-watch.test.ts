import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { onContentChange } from '../../../src/model/content-watch.ts';

/** Resolves once `heard` holds `file`, or fails after two seconds. */
async function hears(heard: Set<string>, file: string): Promise<void> {
  for (let waited = 0; waited < 2000; waited += 20) {
    if (heard.has(file)) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`not heard: ${file} (heard: ${[...heard].join(', ')})`);
}

describe('the preview’s content watch', () => {
  it('hears every file saved, added or removed, once per save, in any folder, a folder made later included, and only under its root', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'backstory-watch-'));
    const outside = mkdtempSync(path.join(tmpdir(), 'backstory-watch-outside-'));
    try {
      mkdirSync(path.join(root, 'articles'));
      mkdirSync(path.join(root, 'images', 'maps'), { recursive: true });
      writeFileSync(path.join(root, 'articles', 'a.md'), 'one');
      const heard = new Set<string>();
      const errors: string[] = [];
      let calls = 0;
      onContentChange(
        root,
        (files) => {
          calls++;
          for (const file of files) heard.add(file);
        },
        (message) => errors.push(message),
      );

      // A save in several steps, as editors' tools make them, is one call.
      writeFileSync(path.join(root, 'articles', 'a.md'), '');
      writeFileSync(path.join(root, 'articles', 'a.md'), 'two');
      await hears(heard, path.join(root, 'articles', 'a.md'));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(calls).toBe(1);
      writeFileSync(path.join(root, 'images', 'maps', 'line.png'), 'png');
      await hears(heard, path.join(root, 'images', 'maps', 'line.png'));
      heard.clear();
      rmSync(path.join(root, 'articles', 'a.md'));
      await hears(heard, path.join(root, 'articles', 'a.md'));

      // A folder made after the watch began: its own files are heard too.
      mkdirSync(path.join(root, 'people'));
      await hears(heard, path.join(root, 'people'));
      writeFileSync(path.join(root, 'people', 'jane.md'), 'Jane');
      await hears(heard, path.join(root, 'people', 'jane.md'));

      writeFileSync(path.join(outside, 'b.md'), 'elsewhere');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect([...heard].every((file) => file.startsWith(root + path.sep))).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('says when a folder cannot be watched, rather than missing its edits in silence', () => {
    const errors: string[] = [];
    onContentChange(path.join(tmpdir(), 'backstory-no-such-content-root'), () => {}, (message) => errors.push(message));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^cannot watch .*backstory-no-such-content-root for edits \(ENOENT.*\): edits saved there will not show until the preview restarts\.$/);
  });
});
