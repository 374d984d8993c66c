import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { feedPaths } from '../feed-paths.ts';

/** Every place a feed can be, from `feedPaths` itself (a slug becomes `*`), so a new feed is announced without a second list. */
const FEED_PATTERNS = Object.values(feedPaths).map((place) => (typeof place === 'string' ? place : place('*')));

function subfolders(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name) : [];
}

/** The site paths (`/rss.xml`, `/tags/russia/rss.xml`, …) of the feeds a build wrote into `dist`, sorted. */
export function feedFiles(dist: string): string[] {
  return FEED_PATTERNS.flatMap((pattern) => {
    const [before = '', after] = pattern.split('*');
    const candidates = after === undefined ? [pattern] : subfolders(path.join(dist, before)).map((name) => `${before}${name}${after}`);
    return candidates.filter((sitePath) => existsSync(path.join(dist, sitePath)));
  }).sort();
}

/**
 * What a feed file holds, as a digest. A feed is dated by its newest item,
 * not by the build, so a rebuild that changes nothing in it keeps its digest
 * (an empty feed is dated by the build clock, and so counts as changed).
 */
export const feedDigest = (dist: string, sitePath: string) => createHash('sha256').update(readFileSync(path.join(dist, sitePath))).digest('base64url');
