import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles, readPage, text } from '../helpers/dist.ts';
import { article, buildFixture, rebuildFixture, REPO, story, type BuildResult } from '../helpers/fixture-site.ts';
import { readJson, readXml } from '../helpers/xml.ts';

const ORIGIN = 'https://backstory.example';
const PULLED = { title: '"The pulled piece"', publishedAt: '2025-08-11', story: 'solo' };
const LINKER_BODY = [
  'We wrote about this in [the earlier piece](/articles/pulled/), and',
  'its [second section](/articles/pulled/#second-section) still holds.',
  '',
  'The whole saga is [on its story page](/stories/solo/).',
  '',
].join('\n');
const TALKS_SUMMARY = 'What we know so far, and [what we first reported](/articles/pulled/).\n';

/**
 * A newsroom where one article, `pulled`, is linked to from another article
 * (twice, once to a heading) and from a story's summary, and is the only
 * piece of a second story, which the same article links to.
 */
const FILES = {
  'articles/first-story.md': article({ story: 'the-talks' }),
  'articles/pulled.md': article(PULLED, 'Intro.\n\n## Second section\n\nText.\n'),
  'articles/linker.md': article({ title: '"The linker"', publishedAt: '2025-08-13' }, LINKER_BODY),
  'stories/the-talks.md': story({}, TALKS_SUMMARY),
  'stories/solo.md': story({ title: '"Solo"' }),
};

/** The 1-based line of the first line of `file` that contains `needle`. */
const lineOf = (file: string, needle: string) => FILES[file as keyof typeof FILES].split('\n').findIndex((line) => line.includes(needle)) + 1;

const NOT_PUBLISHED = 'which is not published in this build (a draft, or scheduled later); the link is shown as plain text. Hint: the link comes back when that article is published; remove it if it never will be.';
const NO_PIECE = 'a story with no published piece in this build; the link is shown as plain text. Hint: the link comes back when one of its pieces is published.';

/** The warnings a build or check prints when `pulled` is not published, `<root>` standing for the content folder. */
const PULLED_WARNINGS = [
  `<root>/articles/linker.md:${lineOf('articles/linker.md', '[the earlier piece]')}: links to /articles/pulled/, ${NOT_PUBLISHED}`,
  `<root>/articles/linker.md:${lineOf('articles/linker.md', '/stories/solo/')}: links to /stories/solo/, ${NO_PIECE}`,
  `<root>/stories/the-talks.md:${lineOf('stories/the-talks.md', '/articles/pulled/')}: links to /articles/pulled/, ${NOT_PUBLISHED}`,
];

const warningsIn = (output: string) => output.split('\n').filter((line) => line.includes('the link is shown as plain text'));
const bodyOf = (dist: string, url: string) => readPage(url, dist).querySelector('.prose-body')!;

/** Every output that carries the linker's or the story's body, as text. */
function bodiesEverywhere(dist: string): Record<string, string> {
  const rss = readXml('rss.xml', dist).rss.channel.item.find((item: any) => item.link === `${ORIGIN}/articles/linker/`);
  return {
    'linker page': bodyOf(dist, '/articles/linker/').innerHTML,
    'story page': readPage('/stories/the-talks/', dist).querySelector('main')!.innerHTML,
    'site RSS': String(rss['content:encoded']),
    'site JSON feed': readJson('feed.json', dist).items.find((item: any) => item.url === `${ORIGIN}/articles/linker/`).content_html,
    'site Atom feed': readFileSync(path.join(dist, 'atom.xml'), 'utf8').split('<entry>').find((entry) => entry.includes(`${ORIGIN}/articles/linker/`))!,
  };
}

function expectWithdrawn(dist: string): void {
  for (const [output, html] of Object.entries(bodiesEverywhere(dist))) {
    expect(html, output).not.toMatch(/\/articles\/pulled\/|\/stories\/solo\//);
  }
  const linker = bodyOf(dist, '/articles/linker/');
  // The words stay where they were, as plain text.
  expect(text(linker)).toContain('We wrote about this in the earlier piece, and its second section still holds.');
  expect(text(linker)).toContain('The whole saga is on its story page.');
  expect(linker.querySelectorAll('a').length).toBe(0);
  expect(text(readPage('/stories/the-talks/', dist).querySelector('main'))).toContain('and what we first reported.');
  // No page anywhere links to what readers cannot reach.
  for (const file of listFiles(dist).filter((name) => name.endsWith('.html'))) {
    expect(readFileSync(path.join(dist, file), 'utf8'), file).not.toMatch(/href="[^"]*\/(articles\/pulled|stories\/solo)\//);
  }
}

function runCheck(contentRoot: string) {
  return spawnSync(process.execPath, [path.join(REPO, 'scripts/check.ts')], { cwd: REPO, env: { ...process.env, BACKSTORY_CONTENT_DIR: contentRoot }, encoding: 'utf8' });
}

describe('pulling a piece in one edit', () => {
  let published: BuildResult;
  beforeAll(async () => {
    published = await buildFixture(FILES);
    expect(published.code, published.output).toBe(0);
    expect(warningsIn(published.output)).toEqual([]);
    expect(bodyOf(published.dist, '/articles/linker/').querySelectorAll('a[href^="/articles/pulled/"]').length).toBe(2);
  });

  it('builds when a linked article is made a draft: the links become their text, with one warning per linking page and target', async () => {
    const drafted = await rebuildFixture(published, { 'articles/pulled.md': article({ ...PULLED, draft: 'true' }, 'Intro.\n\n## Second section\n\nText.\n') });
    expect(drafted.code, drafted.output).toBe(0);
    const root = path.join(drafted.root, 'content');
    expect(warningsIn(drafted.output).map((line) => line.slice(line.indexOf(root)))).toEqual(PULLED_WARNINGS.map((line) => line.replaceAll('<root>', root)));
    expect(existsSync(path.join(drafted.dist, 'articles/pulled/index.html'))).toBe(false);
    expect(existsSync(path.join(drafted.dist, 'stories/solo/index.html'))).toBe(false);
    expectWithdrawn(drafted.dist);

    // npm run check says the same, and passes.
    const checked = runCheck(root);
    expect(checked.stderr).toBe('');
    expect(checked.status).toBe(0);
    expect(warningsIn(checked.stdout)).toEqual(PULLED_WARNINGS.map((line) => `warning: ${line.replaceAll('<root>', root)}`));

    // Published again, the links come back on every page and feed that shows them.
    const restored = await rebuildFixture(drafted, { 'articles/pulled.md': FILES['articles/pulled.md'] });
    expect(restored.code, restored.output).toBe(0);
    expect(warningsIn(restored.output)).toEqual([]);
    for (const [output, html] of Object.entries(bodiesEverywhere(restored.dist))) expect(html, output).toMatch(/\/articles\/pulled\//);
    expect(bodyOf(restored.dist, '/articles/linker/').querySelectorAll('a').length).toBe(3);
  });

  it('builds when a linked article is scheduled for later, the same way', async () => {
    const scheduled = await buildFixture({ ...FILES, 'articles/pulled.md': article({ ...PULLED, publishedAt: '2099-01-01' }, 'Intro.\n') });
    expect(scheduled.code, scheduled.output).toBe(0);
    expect(warningsIn(scheduled.output)).toHaveLength(3);
    expectWithdrawn(scheduled.dist);
  });

  it('builds when a linked article is deleted (git knows it was there), and still stops on a link to one that never was', async () => {
    const site = await buildFixture(FILES);
    const content = path.join(site.root, 'content');
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Desk', '-c', 'user.email=desk@backstory.example', ...args], { cwd: content });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'Launch');
    const deleted = await rebuildFixture(site, { 'articles/pulled.md': null });
    expect(deleted.code, deleted.output).toBe(0);
    const root = path.join(deleted.root, 'content');
    expect(warningsIn(deleted.output).map((line) => line.slice(line.indexOf(root)))).toEqual([
      `${root}/articles/linker.md:${lineOf('articles/linker.md', '[the earlier piece]')}: links to /articles/pulled/, which has been deleted; the link is shown as plain text. Hint: remove the link, or point it at another article.`,
      PULLED_WARNINGS[1]!.replaceAll('<root>', root),
      `${root}/stories/the-talks.md:${lineOf('stories/the-talks.md', '/articles/pulled/')}: links to /articles/pulled/, which has been deleted; the link is shown as plain text. Hint: remove the link, or point it at another article.`,
    ]);
    expectWithdrawn(deleted.dist);

    const typo = await rebuildFixture(deleted, { 'articles/linker.md': article({ title: '"The linker"', publishedAt: '2025-08-13' }, 'See [this](/articles/never-written/).\n') });
    expect(typo.code).not.toBe(0);
    expect(typo.output).toContain(`${root}/articles/linker.md:${lineOf('articles/linker.md', '[the earlier piece]')}: links to /articles/never-written/, which does not exist.`);
  });
});
