/**
 * `npm run new`: starts an article as a draft dated today, with valid front
 * matter and a skeleton of the body, and says where to preview it.
 *
 *   npm run new -- --title "Why talks stall" --kind analysis --tags russia,diplomacy --authors foreign-desk
 *   npm run new            # in a terminal: asks for each value
 *
 * Optional: --description "The dek." and --slug file-name. Nothing is ever
 * overwritten; an unknown tag or author is refused with the closest match.
 */
import { checkbox, input, select } from '@inquirer/prompts';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { readBuildEnv } from '../src/build-env.ts';
import { dayIn, planArticle, type NewArticleAnswers, type Vocabulary } from '../src/model/new-article.ts';
import { ARTICLE_KINDS } from '../src/model/schemas.ts';
import { site } from '../src/site.config.ts';

const { contentRoot, now } = readBuildEnv();

/** Slugs of a content folder's files, with a label for each where the file has one. */
function folder(name: string, extension: string, labelField?: string): { slug: string; label: string }[] {
  const dir = path.join(contentRoot, name);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith(extension))
    .sort()
    .map((file) => {
      const slug = file.slice(0, -extension.length);
      let label = slug;
      if (labelField) {
        try {
          label = String((parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>)[labelField] ?? slug);
        } catch {
          // A broken file is npm run check's to report; its slug still names it here.
        }
      }
      return { slug, label };
    });
}

const tags = folder('tags', '.yaml', 'label');
const authors = folder('authors', '.yaml', 'name');
const vocabulary: Vocabulary = { tags: tags.map((tag) => tag.slug), authors: authors.map((author) => author.slug), articles: new Set(folder('articles', '.md').map((entry) => entry.slug)) };

const { values } = parseArgs({
  options: { title: { type: 'string' }, kind: { type: 'string' }, tags: { type: 'string' }, authors: { type: 'string' }, description: { type: 'string' }, slug: { type: 'string' } },
  strict: true,
});
const list = (text: string | undefined) => (text ?? '').split(',').map((item) => item.trim()).filter(Boolean);
const flagsGiven = Object.keys(values).length > 0;

/** Asks for each value in the terminal; a prompt closed with Ctrl-C writes nothing. */
async function ask(): Promise<NewArticleAnswers> {
  try {
    return {
      title: await input({ message: 'Headline', required: true }),
      kind: await select({ message: 'Kind', choices: ARTICLE_KINDS.map((kind) => ({ value: kind, name: kind })) }),
      tags: await checkbox({ message: 'Tags (one to eight)', choices: tags.map((tag) => ({ value: tag.slug, name: `${tag.label} (${tag.slug})` })), required: true, validate: (chosen) => chosen.length <= 8 || 'An article has at most eight tags.' }),
      authors: await checkbox({ message: 'Authors', choices: authors.map((author) => ({ value: author.slug, name: `${author.label} (${author.slug})` })), required: true }),
      description: await input({ message: 'Dek (one sentence; leave empty to write it later)' }),
    };
  } catch (error) {
    if ((error as Error).name !== 'ExitPromptError') throw error;
    console.error('Stopped: nothing was written.');
    process.exit(1);
  }
}

let answers: NewArticleAnswers;
if (!flagsGiven && process.stdin.isTTY && process.stdout.isTTY) {
  answers = await ask();
} else {
  answers = { title: values.title ?? '', kind: values.kind ?? '', tags: list(values.tags), authors: list(values.authors), description: values.description, slug: values.slug };
}

const plan = planArticle(answers, vocabulary, dayIn(now, site.timeZone));
if ('problems' in plan) {
  for (const problem of plan.problems) console.error(`${problem.field}: ${problem.message}. Hint: ${problem.hint}`);
  if (!flagsGiven && !process.stdin.isTTY) console.error('Run it in a terminal to be asked for each value, or give them all as flags (see the README).');
  process.exit(1);
}
const file = path.join(contentRoot, 'articles', `${plan.slug}.md`);
// 'wx': fails rather than replace a file written since the folder was read.
writeFileSync(file, plan.text, { flag: 'wx' });
console.log(`Wrote ${path.relative(process.cwd(), file)} (a draft: readers see nothing until you remove "draft: true").`);
console.log(`Preview it: npm run dev, then open http://localhost:4321/articles/${plan.slug}/`);
