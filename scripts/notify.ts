/**
 * `npm run notify`: run after a deploy. Tells the WebSub hub (`websubHub` in
 * src/site.config.ts, or BACKSTORY_WEBSUB_HUB) about every feed in dist/
 * whose content changed since the hub last took it, so feed readers
 * subscribed through the hub get new pieces at once instead of at their next
 * poll. What the hub took is kept in <cache>/backstory/websub-notified.json
 * (the cache folder the build uses); a feed the hub refused, or could not be
 * reached for, is pinged again by the next run. Exits 1 when a ping failed.
 *
 *   npm run notify
 *   npm run notify -- --dist path/to/built/site
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readBuildEnv, type BuildEnv } from '../src/build-env.ts';
import { cacheFile } from '../src/lib/cache-file.ts';
import { notifyChangedFeeds } from '../src/lib/websub/notify-feeds.ts';
import type { PingFailure } from '../src/lib/websub/ping-hub.ts';
import { site } from '../src/site.config.ts';

const HUB_SETTING = 'websubHub in src/site.config.ts, or BACKSTORY_WEBSUB_HUB';

function fail(message: string): never {
  console.error(`notify: ${message}`);
  process.exit(1);
}

const feeds = (count: number) => `${count} ${count === 1 ? 'feed' : 'feeds'}`;

function describeFailure(hub: string, feedUrl: string, failure: PingFailure): string {
  if (failure.kind === 'unreachable') return `could not reach the hub ${hub} to ping ${feedUrl}: ${failure.reason}`;
  return `the hub ${hub} refused the ping for ${feedUrl}: HTTP ${failure.status} ${failure.statusText}${failure.said ? `: ${failure.said}` : ''}`;
}

let options: { dist: string };
let env: BuildEnv;
try {
  options = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } }).values as { dist: string };
  env = readBuildEnv();
} catch (error) {
  const { message } = error as Error;
  // readBuildEnv's own messages carry their hint; parseArgs' ("Unknown option '--x'") do not.
  fail(message.includes('Hint:') ? message : `${message.replace(/\.?$/, '.')} Hint: the one option is --dist <folder>, the built site (dist by default).`);
}

const hub = env.websubHub;
if (!hub) {
  console.log(`notify: no WebSub hub is configured (${HUB_SETTING}), so there is nothing to ping.`);
  process.exit(0);
}

const dist = path.resolve(options.dist);
const siteUrl = env.siteUrl ?? site.url;
const outcome = await notifyChangedFeeds({ dist, siteUrl, hub, stateFile: cacheFile(env.cacheDir ?? path.resolve('node_modules/.astro'), 'websub-notified.json') });
const total = outcome.changed.length + outcome.unchanged;
if (!total) fail(`${options.dist} holds no feed. Hint: run npm run build first, or name the built site with --dist <folder>.`);

if (outcome.failures.length) {
  for (const { feedUrl, failure } of outcome.failures) console.error(`notify: ${describeFailure(hub, feedUrl, failure)}`);
  const missed = outcome.changed.length - outcome.delivered.length;
  fail(
    `not delivered: ${missed} of the ${feeds(outcome.changed.length)} that changed; the next npm run notify pings them again (${outcome.delivered.length} delivered and recorded). ` +
      `Hint: check the hub's address (${HUB_SETTING}), that it is up, and that it takes pings for ${siteUrl}.`,
  );
}
if (!outcome.changed.length) console.log(`notify: no feed changed since the hub last took it (${feeds(total)}); nothing to ping.`);
else console.log(`notify: the hub ${hub} took the ${feeds(outcome.changed.length)} that changed since the last notify (${outcome.unchanged} unchanged).`);
