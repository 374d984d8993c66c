import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, writeContent } from '../../helpers/fixture-site.ts';
import { INVALID_CASES } from '../../helpers/invalid-content.ts';

function runCheck(contentRoot: string) {
  return spawnSync(process.execPath, [path.join(REPO, 'scripts/check.ts')], { cwd: REPO, env: { ...process.env, BACKSTORY_CONTENT_DIR: contentRoot }, encoding: 'utf8' });
}

describe('npm run check', () => {
  it('passes the launch content', () => {
    const result = runCheck(path.join(REPO, 'content'));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Content OK: \d+ articles, 3 authors, 8 tags, 7 events, 6 people, 1 story, 7 pages\.\n$/);
  });

  it.each(INVALID_CASES)('reports $name and exits 1', async ({ files, expected }) => {
    const contentRoot = path.join(await writeContent(files), 'content');
    const result = runCheck(contentRoot);
    expect(result.status).toBe(1);
    const count = `${expected.length} problem${expected.length === 1 ? '' : 's'} found.`;
    expect(result.stderr).toBe(`${expected.map((line) => line.replaceAll('<root>', contentRoot)).join('\n')}\n\n${count}\n`);
  });
});
