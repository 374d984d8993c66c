import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, buildFixture, rebuildFixture, REPO } from '../helpers/fixture-site.ts';

const LIST = 'prefer:\n  - use: Kyiv\n    not: [Kiev]\n';
const BODY = 'We went to the the front line.\n\nThe envoy flew to Kiev on Monday.\n\nHe called it “a plan and left.\n';
const FILES = { 'style.yaml': LIST, 'articles/first-story.md': article({}, BODY) };

/** The three findings, `<root>` standing for the content folder; the body starts on line 10. */
const FINDINGS = [
  '<root>/articles/first-story.md:10: repeated-words: "the the" repeats a word. Hint: delete one "the".',
  '<root>/articles/first-story.md:12: house-style: write "Kyiv", not "Kiev". Hint: house style (content/style.yaml): Kyiv.',
  '<root>/articles/first-story.md:14: quotes: quotation marks: an opening “ is never closed. Hint: add the closing ” where the quote ends.',
];
const findingsIn = (output: string, root: string) =>
  output
    .split('\n')
    .filter((line) => /: (repeated-words|house-style|quotes): /.test(line))
    .map((line) => line.slice(line.indexOf(root)).replaceAll(root, '<root>'));

describe('house style, checked', () => {
  it('warns in the build and in npm run check, and publishes; set to error, the same findings stop both', async () => {
    const built = await buildFixture(FILES);
    expect(built.code, built.output).toBe(0);
    const root = path.join(built.root, 'content');
    expect(findingsIn(built.output, root)).toEqual(FINDINGS);
    // Labelled as the content's, not as whichever collection's loader happened to render the bodies.
    const labels = built.output.split('\n').filter((line) => /: (repeated-words|house-style|quotes): /.test(line)).map((line) => /\[(backstory-[\w-]+)\]/.exec(line)?.[1]);
    expect(labels).toEqual(FINDINGS.map(() => 'backstory-content'));

    const check = (contentRoot: string) => spawnSync(process.execPath, [path.join(REPO, 'scripts/check.ts')], { cwd: REPO, env: { ...process.env, BACKSTORY_CONTENT_DIR: contentRoot }, encoding: 'utf8' });
    const checked = check(root);
    expect(checked.status).toBe(0);
    expect(checked.stdout.split('\n').filter((line) => line.startsWith('warning: ') && !line.includes('nothing quotes'))).toEqual(FINDINGS.map((line) => `warning: ${line.replaceAll('<root>', root)}`));

    // An unchanged body is not checked again, but its findings are still reported.
    const again = await rebuildFixture(built, {});
    expect(findingsIn(again.output, root)).toEqual(FINDINGS);

    const strict = await rebuildFixture(again, { 'style.yaml': `${LIST}rules: { repeated-words: error, house-style: error, quotes: error }\n` });
    expect(strict.code).not.toBe(0);
    expect(strict.output).toContain(['Backstory found 3 content problems; nothing was built:', ...FINDINGS.map((line) => `  ${line.replaceAll('<root>', root)}`)].join('\n'));
    const strictCheck = check(root);
    expect(strictCheck.status).toBe(1);
    expect(strictCheck.stderr).toBe(`${FINDINGS.map((line) => line.replaceAll('<root>', root)).join('\n')}\n\n3 problems found.\n`);

    // A rule taken off the list stops being reported, though the article did not change.
    const relaxed = await rebuildFixture(strict, { 'style.yaml': 'prefer: []\n' });
    expect(relaxed.code, relaxed.output).toBe(0);
    expect(findingsIn(relaxed.output, root)).toEqual([FINDINGS[0], FINDINGS[2]]);
  });
});
