import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readShardedV8, writeShardedV8 } from '../../../src/lib/sharded-cache.ts';

const folders: string[] = [];
const folder = () => {
  folders.push(mkdtempSync(path.join(tmpdir(), 'backstory-shards-')));
  return path.join(folders.at(-1)!, 'cache');
};
afterAll(() => {
  for (const created of folders) rmSync(created, { recursive: true, force: true });
});

describe('sharded V8 cache', () => {
  it('gives back what it was given, dates and undefined fields as they were', () => {
    const dir = folder();
    const entries = new Map<string, unknown>([
      ['Abc', { at: new Date('2025-08-15T00:00:00Z'), gone: undefined }],
      ['abc', { n: 1 }],
      ['-x_', { n: 2 }],
    ]);
    writeShardedV8(dir, entries, new Map());
    const read = readShardedV8<unknown>(dir);
    expect(read).toEqual(entries);
    expect((read.get('Abc') as { at: Date }).at).toBeInstanceOf(Date);
    // "A" and "a" in files of their own, even where the file system folds case.
    expect(readdirSync(dir).sort()).toEqual(['2d.v8', '41.v8', '61.v8']);
  });

  it('rewrites only the shards whose keys or values changed, and removes those left empty', () => {
    const dir = folder();
    const previous = new Map<string, unknown>([
      ['a1', { n: 1 }],
      ['a2', { n: 2 }],
      ['b1', { n: 3 }],
      ['c1', { n: 4 }],
    ]);
    writeShardedV8(dir, previous, new Map());
    const read = readShardedV8<unknown>(dir);
    // Shard "b" is taken away behind the cache's back: only a rewrite would bring it back.
    rmSync(path.join(dir, '62.v8'));
    const next = new Map<string, unknown>([
      ['a1', read.get('a1')],
      ['a2', { n: 20 }],
      ['b1', read.get('b1')],
    ]);
    writeShardedV8(dir, next, read);
    expect(readdirSync(dir).sort()).toEqual(['61.v8']);
    expect(readShardedV8<unknown>(dir)).toEqual(new Map([['a1', { n: 1 }], ['a2', { n: 20 }]]));
    // The same values, but not the objects the read gave, count as changed.
    writeShardedV8(dir, new Map([['b1', { n: 3 }]]), new Map());
    expect(existsSync(path.join(dir, '62.v8'))).toBe(true);
  });

  it('loses only the entries of a shard it cannot read, and removes that shard when it writes', () => {
    const dir = folder();
    writeShardedV8(dir, new Map([['a1', 1], ['b1', 2]]), new Map());
    writeFileSync(path.join(dir, '62.v8'), 'not a V8 value');
    writeFileSync(path.join(dir, '63.v8.tmp'), 'left by a build stopped half-way');
    const read = readShardedV8<number>(dir);
    expect(read).toEqual(new Map([['a1', 1]]));
    writeShardedV8(dir, read, read);
    expect(readdirSync(dir).sort()).toEqual(['61.v8']);
  });

  it('reads nothing from a folder that is not there', () => {
    expect(readShardedV8(folder()).size).toBe(0);
  });
});
