import { execFileSync } from 'node:child_process';

/**
 * Whether `articles/<slug>.md` is in the content folder's git history: an
 * article deleted to take it down, as opposed to a slug nobody ever wrote
 * (a typo, which stays an error). Asked only for links whose article is
 * missing, so a build with none runs no git at all. Outside a git checkout,
 * or without git, nothing counts as deleted: the link stays an error, which
 * is the safe answer.
 */
export function deletedArticles(contentRoot: string): (slug: string) => boolean {
  const known = new Map<string, boolean>();
  return (slug) => {
    let deleted = known.get(slug);
    if (deleted === undefined) {
      try {
        const last = execFileSync('git', ['log', '-1', '--format=%H', '--', `articles/${slug}.md`], { cwd: contentRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
        deleted = last.trim() !== '';
      } catch {
        deleted = false;
      }
      known.set(slug, deleted);
    }
    return deleted;
  };
}
