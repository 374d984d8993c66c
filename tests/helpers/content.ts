import { readNewsroom, type Newsroom } from '../../src/model/newsroom.ts';
import { REPO } from './fixture-site.ts';
import path from 'node:path';

/** The repository's own content, read by the same code the build uses. */
export async function readLaunchContent(): Promise<Newsroom> {
  const { newsroom, problems } = await readNewsroom({ contentRoot: path.join(REPO, 'content'), publicDir: path.join(REPO, 'public'), cwd: REPO });
  if (problems.length) throw new Error(`content/ has problems: ${JSON.stringify(problems)}`);
  return newsroom;
}
