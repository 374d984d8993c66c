import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { mapLimit } from '../map-limit.ts';
import { feedDigest, feedFiles } from './feed-files.ts';
import { pingHub, type PingFailure } from './ping-hub.ts';

/**
 * What the hub has taken: each feed's URL with the digest of the file it was
 * pinged for. Only accepted pings are recorded, so a feed the hub refused or
 * never heard of is pinged again by the next run. Another hub starts afresh.
 */
export interface NotifyState {
  hub: string;
  feeds: Record<string, string>;
}

export interface NotifyOutcome {
  /** Feeds whose file changed since the hub last took them, by absolute URL, sorted. */
  changed: string[];
  /** The changed feeds the hub took. */
  delivered: string[];
  /** The feeds it refused, then the first it could not be reached for (no other is tried after that: they would fail alike). */
  failures: { feedUrl: string; failure: PingFailure }[];
  /** Feeds whose file is as the hub last took it. */
  unchanged: number;
}

/** Pings in flight at once: a site has hundreds of feeds, and a hub answers each in a fraction of a second. */
const PINGS_IN_FLIGHT = 4;

function readState(file: string, hub: string): Record<string, string> {
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as NotifyState;
    return state.hub === hub ? state.feeds : {};
  } catch {
    // No state yet, or a torn one: every feed counts as changed, and a hub takes a ping twice without harm.
    return {};
  }
}

/** Written aside and renamed, so an interrupted run leaves the last whole state. */
function writeState(file: string, state: NotifyState): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
}

/**
 * Pings `hub` for each feed in `dist` whose file changed since the hub last
 * took it (by `stateFile`), and records the ones it takes. `siteUrl` makes
 * each feed's absolute URL, the topic its subscribers know it by.
 */
export async function notifyChangedFeeds({ dist, siteUrl, hub, stateFile }: { dist: string; siteUrl: string; hub: string; stateFile: string }): Promise<NotifyOutcome> {
  const taken = readState(stateFile, hub);
  const feeds = feedFiles(dist).map((sitePath) => ({ url: new URL(sitePath, siteUrl).href, digest: feedDigest(dist, sitePath) }));
  // No build to announce: the state is kept for the next one.
  if (!feeds.length) return { changed: [], delivered: [], failures: [], unchanged: 0 };
  const changed = feeds.filter((feed) => taken[feed.url] !== feed.digest);
  // Feeds no longer in dist/ (a topic left with no article) drop out of the state.
  const next: Record<string, string> = Object.fromEntries(feeds.filter((feed) => taken[feed.url] === feed.digest).map((feed) => [feed.url, feed.digest]));
  const results = new Map<string, PingFailure | undefined>();
  let unreachable = false;
  await mapLimit(changed, PINGS_IN_FLIGHT, async (feed) => {
    if (unreachable) return;
    const failure = await pingHub(hub, feed.url);
    results.set(feed.url, failure);
    if (!failure) next[feed.url] = feed.digest;
    else if (failure.kind === 'unreachable') unreachable = true;
  });
  writeState(stateFile, { hub, feeds: Object.fromEntries(Object.entries(next).sort(([a], [b]) => (a < b ? -1 : 1))) });
  // In feed order, so the report does not depend on which ping answered first.
  const failures = changed.flatMap((feed) => {
    const failure = results.get(feed.url);
    return failure ? [{ feedUrl: feed.url, failure }] : [];
  });
  const unreachableAt = failures.find(({ failure }) => failure.kind === 'unreachable');
  return {
    changed: changed.map((feed) => feed.url),
    delivered: changed.filter((feed) => results.has(feed.url) && !results.get(feed.url)).map((feed) => feed.url),
    failures: [...failures.filter(({ failure }) => failure.kind === 'refused'), ...(unreachableAt ? [unreachableAt] : [])],
    unchanged: feeds.length - changed.length,
  };
}
