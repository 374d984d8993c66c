import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../helpers/dist.ts';
import { article, buildFixture, REPO, story, type BuildResult } from '../helpers/fixture-site.ts';
import { readJson, readXml } from '../helpers/xml.ts';

const ORIGIN = 'https://backstory.example';
/** Every feed the fixture has: the site's three, its one author's, the corrections, its one story's two and its two topics'. */
const FEEDS = [
  '/atom.xml',
  '/authors/foreign-desk/rss.xml',
  '/corrections/rss.xml',
  '/feed.json',
  '/rss.xml',
  '/stories/the-talks/atom.xml',
  '/stories/the-talks/rss.xml',
  '/tags/diplomacy/rss.xml',
  '/tags/russia/rss.xml',
];
const HINT = `Hint: check the hub's address (websubHub in src/site.config.ts, or BACKSTORY_WEBSUB_HUB), that it is up, and that it takes pings for ${ORIGIN}.`;

/** A WebSub hub on localhost: it records each ping and answers as `answer` says (204 unless told otherwise). */
interface Ping {
  method: string | undefined;
  path: string | undefined;
  contentType: string | undefined;
  params: [string, string][];
}
let pings: Ping[] = [];
let answer: (feedUrl: string) => { status: number; body?: string } = () => ({ status: 204 });
const hubServer = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    const params = [...new URLSearchParams(body)];
    pings.push({ method: request.method, path: request.url, contentType: request.headers['content-type'], params });
    const { status, body: said } = answer(new URLSearchParams(body).get('hub.url') ?? '');
    response.writeHead(status).end(said);
  });
});
let hub = '';

/** `npm run notify` on the fixture's dist/ and cache, with the environment's hub (none when `hubUrl` is undefined). Async: the hub answers from this process. */
function notify(build: BuildResult, hubUrl: string | undefined, args = ['--dist', build.dist]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, BACKSTORY_CACHE_DIR: path.join(build.root, 'cache') };
  delete env.BACKSTORY_WEBSUB_HUB;
  delete env.BACKSTORY_SITE_URL;
  if (hubUrl) env.BACKSTORY_WEBSUB_HUB = hubUrl;
  const child = spawn(process.execPath, [path.join(REPO, 'scripts/notify.ts'), ...args], { cwd: REPO, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** Edits a built feed the way a rebuild that changed it would. */
function touch(build: BuildResult, feed: string): void {
  const file = path.join(build.dist, feed);
  writeFileSync(file, readFileSync(file, 'utf8').replace('Backstory', 'Backstory (edited)'));
}

const pinged = () => pings.map((ping) => Object.fromEntries(ping.params)['hub.url']).sort();

let build: BuildResult;
beforeAll(async () => {
  await new Promise<void>((resolve) => hubServer.listen(0, '127.0.0.1', resolve));
  hub = `http://127.0.0.1:${(hubServer.address() as AddressInfo).port}/hub`;
  build = await buildFixture(
    { 'articles/first-story.md': article({ story: 'the-talks' }), 'stories/the-talks.md': story({}) },
    { BACKSTORY_WEBSUB_HUB: hub },
  );
  expect(build.code, build.output).toBe(0);
});
afterAll(() => {
  hubServer.closeAllConnections();
  hubServer.close();
});

describe('WebSub: feeds name the hub, npm run notify pings it', () => {
  it('names the hub and the feed itself in every feed, in each format', () => {
    expect(listFiles(build.dist).filter((file) => /(^|\/)(rss\.xml|atom\.xml|feed\.json)$/.test(file)).map((file) => `/${file}`).sort()).toEqual(FEEDS);
    for (const feed of FEEDS) {
      const self = `${ORIGIN}${feed}`;
      if (feed.endsWith('.json')) {
        const json = readJson(feed.slice(1), build.dist);
        expect([json.feed_url, json.hubs], feed).toEqual([self, [{ type: 'WebSub', url: hub }]]);
      } else if (feed.endsWith('atom.xml')) {
        const links = readXml(feed.slice(1), build.dist).feed.link.map((link: any) => [link['@rel'], link['@href']]);
        expect(links, feed).toEqual(expect.arrayContaining([['self', self], ['hub', hub]]));
      } else {
        const links = [readXml(feed.slice(1), build.dist).rss.channel['atom:link']].flat().map((link: any) => [link['@rel'], link['@href']]);
        expect(links, feed).toEqual([['self', self], ['hub', hub]]);
      }
    }
  });

  it('pings the hub once per feed on the first run, form-encoded, with hub.mode=publish and the feed\'s URL', async () => {
    pings = [];
    const result = await notify(build, hub);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`notify: the hub ${hub} took the 9 feeds that changed since the last notify (0 unchanged).\n`);
    expect(result.code).toBe(0);
    expect(pinged()).toEqual(FEEDS.map((feed) => `${ORIGIN}${feed}`));
    for (const ping of pings) {
      expect([ping.method, ping.path]).toEqual(['POST', '/hub']);
      expect(ping.contentType).toMatch(/^application\/x-www-form-urlencoded\b/);
      expect(ping.params.map(([name]) => name)).toEqual(['hub.mode', 'hub.url']);
      expect(ping.params[0]).toEqual(['hub.mode', 'publish']);
    }
  });

  it('pings nothing when no feed changed', async () => {
    pings = [];
    const result = await notify(build, hub);
    expect([result.code, result.stdout, result.stderr]).toEqual([0, 'notify: no feed changed since the hub last took it (9 feeds); nothing to ping.\n', '']);
    expect(pings).toEqual([]);
  });

  it('pings exactly the one feed that changed', async () => {
    touch(build, 'tags/russia/rss.xml');
    pings = [];
    const result = await notify(build, hub);
    expect([result.code, result.stdout, result.stderr]).toEqual([0, `notify: the hub ${hub} took the 1 feed that changed since the last notify (8 unchanged).\n`, '']);
    expect(pinged()).toEqual([`${ORIGIN}/tags/russia/rss.xml`]);
  });

  it('exits 1 naming the feed and the hub\'s answer when the hub refuses, and pings that feed again next time', async () => {
    touch(build, 'feed.json');
    touch(build, 'rss.xml');
    answer = (feedUrl) => (feedUrl.endsWith('/feed.json') ? { status: 422, body: 'Topic not allowed\nhere.\n' } : { status: 202 });
    pings = [];
    const refused = await notify(build, hub);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      `notify: the hub ${hub} refused the ping for ${ORIGIN}/feed.json: HTTP 422 Unprocessable Entity: Topic not allowed here.\n` +
        `notify: not delivered: 1 of the 2 feeds that changed; the next npm run notify pings them again (1 delivered and recorded). ${HINT}\n`,
    );
    expect(refused.code).toBe(1);
    expect(pinged()).toEqual([`${ORIGIN}/feed.json`, `${ORIGIN}/rss.xml`]);

    answer = () => ({ status: 204 });
    pings = [];
    const retried = await notify(build, hub);
    expect([retried.code, retried.stderr]).toEqual([0, '']);
    expect(pinged()).toEqual([`${ORIGIN}/feed.json`]);
  });

  it('says so and exits 0 when no hub is configured', async () => {
    touch(build, 'atom.xml');
    pings = [];
    const result = await notify(build, undefined);
    expect([result.code, result.stdout, result.stderr]).toEqual([0, 'notify: no WebSub hub is configured (websubHub in src/site.config.ts, or BACKSTORY_WEBSUB_HUB), so there is nothing to ping.\n', '']);
    expect(pings).toEqual([]);
  });

  it('exits 1 with a hint when there is no built site', async () => {
    const missing = path.join(build.root, 'not-built');
    const result = await notify(build, hub, ['--dist', missing]);
    expect([result.code, result.stdout, result.stderr]).toEqual([1, '', `notify: ${missing} holds no feed. Hint: run npm run build first, or name the built site with --dist <folder>.\n`]);
  });

  it('refuses an unknown option or a hub that is no URL, with a hint', async () => {
    const unknown = await notify(build, hub, ['--dir', build.dist]);
    expect([unknown.code, unknown.stderr]).toEqual([1, "notify: Unknown option '--dir'. Hint: the one option is --dist <folder>, the built site (dist by default).\n"]);
    const notUrl = await notify(build, 'hub.example');
    expect([notUrl.code, notUrl.stderr]).toEqual([1, 'notify: BACKSTORY_WEBSUB_HUB: "hub.example" is not an http(s) URL. Hint: give the hub\'s full address, such as https://pubsubhubbub.appspot.com/.\n']);
  });

  // Last: it stops the hub.
  it('exits 1 naming the feed and the network error when the hub is unreachable, and records nothing', async () => {
    hubServer.closeAllConnections();
    await new Promise((resolve) => hubServer.close(resolve));
    const port = new URL(hub).port;
    const result = await notify(build, hub);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `notify: could not reach the hub ${hub} to ping ${ORIGIN}/atom.xml: connect ECONNREFUSED 127.0.0.1:${port}\n` +
        `notify: not delivered: 1 of the 1 feed that changed; the next npm run notify pings them again (0 delivered and recorded). ${HINT}\n`,
    );
    expect(result.code).toBe(1);
    const state = JSON.parse(readFileSync(path.join(build.root, 'cache/backstory/websub-notified.json'), 'utf8'));
    expect(Object.keys(state.feeds)).toEqual(FEEDS.filter((feed) => feed !== '/atom.xml').map((feed) => `${ORIGIN}${feed}`));
  });
});
