import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rebuildFixture, REPO, writeContent, type BuildResult } from '../helpers/fixture-site.ts';

/** Runs a script of scripts/ on a fixture's content, as `npm run <name>` would, with the build clock at `now`. */
function run(script: string, contentRoot: string, args: string[] = [], now = '2026-03-14T23:30:00Z') {
  return spawnSync(process.execPath, [path.join(REPO, 'scripts', script), ...args], {
    cwd: REPO,
    env: { ...process.env, BACKSTORY_CONTENT_DIR: contentRoot, BACKSTORY_NOW: now },
    encoding: 'utf8',
    // Not a terminal: flags or nothing.
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

const FLAGS = ['--title', 'Why talks stall', '--kind', 'analysis', '--tags', 'russia,diplomacy', '--authors', 'foreign-desk'];

describe('npm run new', () => {
  it('writes a draft dated today in the newsroom, which passes npm run check and builds', async () => {
    const root = await writeContent({});
    const content = path.join(root, 'content');
    // London keeps GMT until the end of March: 23:30 UTC is still the 14th there.
    const result = run('new.ts', content, FLAGS);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const file = path.join(content, 'articles', 'why-talks-stall.md');
    expect(result.stdout).toBe(
      `Wrote ${path.relative(REPO, file)} (a draft: readers see nothing until you remove "draft: true").\nPreview it: npm run dev, then open http://localhost:4321/articles/why-talks-stall/\n`,
    );
    const text = readFileSync(file, 'utf8');
    expect(text.split('---')[1]).toBe(
      '\ntitle: "Why talks stall"\ndescription: "One sentence that says what the piece finds: it shows on cards, in feeds and in search results."\nkind: analysis\npublishedAt: 2026-03-14\nauthors: [foreign-desk]\ntags: [russia, diplomacy]\ndraft: true\n',
    );
    expect(text).toContain('## What we know');

    const checked = run('check.ts', content);
    expect(checked.stderr).toBe('');
    expect(checked.status).toBe(0);

    const built: BuildResult = await rebuildFixture({ code: 0, output: '', root, dist: path.join(root, 'dist') }, {});
    expect(built.code, built.output).toBe(0);
    // A draft: built, and published nowhere.
    expect(existsSync(path.join(built.dist, 'articles/why-talks-stall/index.html'))).toBe(false);
  });

  it('dates the draft by the newsroom\'s calendar, not the machine\'s', async () => {
    const content = path.join(await writeContent({}), 'content');
    // 23:30 UTC on 1 July is 00:30 on 2 July in London (summer time).
    expect(run('new.ts', content, FLAGS, '2026-07-01T23:30:00Z').status).toBe(0);
    expect(readFileSync(path.join(content, 'articles', 'why-talks-stall.md'), 'utf8')).toContain('\npublishedAt: 2026-07-02\n');
  });

  it('never overwrites an article, and refuses unknown tags, authors and kinds with the closest match', async () => {
    const content = path.join(await writeContent({}), 'content');
    const existing = run('new.ts', content, ['--title', 'First story', '--kind', 'analysis', '--tags', 'russia', '--authors', 'foreign-desk']);
    expect(existing.status).toBe(1);
    expect(existing.stderr).toBe('--slug: content/articles/first-story.md already exists, and is never overwritten. Hint: choose another title, or give the file another name with --slug.\n');
    expect(readFileSync(path.join(content, 'articles', 'first-story.md'), 'utf8')).toContain('title: "First story"');

    const unknown = run('new.ts', content, ['--title', 'Why talks stall', '--kind', 'analyis', '--tags', 'rusia,diplomacy', '--authors', 'foreign-dsk']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toBe(
      [
        '--kind: "analyis" is not a kind of article. Hint: did you mean "analysis"? Kinds: analysis, explainer, report, opinion.',
        '--tags: "rusia" is not a known tag. Hint: did you mean "russia"? Known tags: diplomacy, russia (content/tags/).',
        '--authors: "foreign-dsk" is not a known author. Hint: did you mean "foreign-desk"? Known authors: foreign-desk (content/authors/).',
        '',
      ].join('\n'),
    );
    expect(existsSync(path.join(content, 'articles', 'why-talks-stall.md'))).toBe(false);
  });
});
