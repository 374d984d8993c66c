import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { readCacheV8, writeCacheV8 } from './cache-file.ts';

/**
 * A cache of one entry per article, kept with V8's serialiser in shards by
 * the first character of the key (a base64url digest: 64 shards). A build
 * that changed one article rewrites the one or two shards its old and new
 * keys fall in, not the whole map: at 30,000 articles each of the entry and
 * body caches is about 37 MB, and writing both whole cost an edit 1.3 s.
 */
const SHARD_FILE = /^[0-9a-f]+\.v8$/;

/** A shard's file name: the key's first character as a hex code, since case-insensitive file systems would merge `a.v8` and `A.v8`. */
const shardOf = (key: string) => `${(key.charCodeAt(0) || 0).toString(16)}.v8`;

/** Every entry of every readable shard; a shard that cannot be read only loses its entries (work done again). */
export function readShardedV8<V>(folder: string): Map<string, V> {
  const entries = new Map<string, V>();
  if (!existsSync(folder)) return entries;
  for (const name of readdirSync(folder)) {
    if (!SHARD_FILE.test(name)) continue;
    const shard = readCacheV8<Map<string, V>>(path.join(folder, name));
    if (shard instanceof Map) for (const [key, value] of shard) if (shardOf(key) === name) entries.set(key, value);
  }
  return entries;
}

function byShard<V>(entries: ReadonlyMap<string, V>): Map<string, Map<string, V>> {
  const shards = new Map<string, Map<string, V>>();
  for (const [key, value] of entries) {
    const name = shardOf(key);
    let shard = shards.get(name);
    if (!shard) shards.set(name, (shard = new Map()));
    shard.set(key, value);
  }
  return shards;
}

/**
 * Writes `next` over what `previous` (the read at the build's start) holds:
 * only the shards whose keys or values changed. A value is unchanged when it
 * is the very object the read gave, so a caller keeps the read's objects for
 * what it did not redo.
 */
export function writeShardedV8<V>(folder: string, next: ReadonlyMap<string, V>, previous: ReadonlyMap<string, V>): void {
  const nextShards = byShard(next);
  const previousShards = byShard(previous);
  for (const [name, shard] of nextShards) {
    const before = previousShards.get(name);
    const unchanged = before?.size === shard.size && [...shard].every(([key, value]) => before.get(key) === value);
    if (!unchanged) writeCacheV8(path.join(folder, name), shard);
  }
  // Shards left with no entry, and any the read could not use.
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) if (!nextShards.has(name) && (SHARD_FILE.test(name) || name.endsWith('.tmp'))) rmSync(path.join(folder, name), { force: true });
}
