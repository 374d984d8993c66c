import { closestMatch } from '../lib/closest-match.ts';
import { toSlug } from '../lib/to-slug.ts';
import { ARTICLE_KINDS, DESCRIPTION_PLACEHOLDER, type ArticleKind } from './schemas.ts';

/** What an editor says of a piece they are starting. */
export interface NewArticleAnswers {
  title: string;
  kind: string;
  tags: readonly string[];
  authors: readonly string[];
  /** The dek; a marked placeholder when not given yet. */
  description?: string | undefined;
  /** The file name, when the title's slug will not do. */
  slug?: string | undefined;
}

/** The tags and authors that exist, and the articles already written (by slug). */
export interface Vocabulary {
  tags: readonly string[];
  authors: readonly string[];
  articles: ReadonlySet<string>;
}

/** Something the editor must change before anything is written, phrased like the content checks. */
export interface NewArticleProblem {
  /** The flag or question it is about, e.g. `--tags`. */
  field: string;
  message: string;
  hint: string;
}

const BODY_SKELETON = `Start with what happened and why it matters now, in two or three sentences.

## What we know

Each claim with its source: who said it, where, when.

## What it means

The analysis: what the facts add up to, and how sure we are.

## What to watch

The next dates and decisions that will tell readers whether this reading holds.
`;

const quote = (text: string) => JSON.stringify(text);

/** `YYYY-MM-DD` of `now` in the newsroom's time zone: the day editors call today. */
export function dayIn(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function unknownIds(field: string, noun: string, folder: string, given: readonly string[], known: readonly string[]): NewArticleProblem[] {
  return given
    .filter((id) => !known.includes(id))
    .map((id) => {
      const guess = closestMatch(id, known);
      return { field, message: `"${id}" is not a known ${noun}`, hint: `${guess ? `did you mean "${guess}"? ` : ''}Known ${folder}: ${known.join(', ') || 'none'} (content/${folder}/).` };
    });
}

/**
 * The file a new article starts as: a draft dated today, with front matter
 * that passes every check and a skeleton of the body. Problems instead when
 * an answer is wrong or the file exists, for the editor to fix: nothing is
 * ever overwritten.
 */
export function planArticle(answers: NewArticleAnswers, vocabulary: Vocabulary, today: string): { slug: string; text: string } | { problems: NewArticleProblem[] } {
  const problems: NewArticleProblem[] = [];
  const title = answers.title.trim();
  if (!title) problems.push({ field: '--title', message: 'is required', hint: 'give the headline, e.g. --title "Why talks stall".' });
  if (!(ARTICLE_KINDS as readonly string[]).includes(answers.kind)) {
    const guess = closestMatch(answers.kind, ARTICLE_KINDS);
    problems.push({ field: '--kind', message: answers.kind ? `"${answers.kind}" is not a kind of article` : 'is required', hint: `${guess && answers.kind ? `did you mean "${guess}"? ` : ''}Kinds: ${ARTICLE_KINDS.join(', ')}.` });
  }
  if (!answers.tags.length) problems.push({ field: '--tags', message: 'is required', hint: `one to eight of: ${vocabulary.tags.join(', ')}, separated by commas.` });
  if (answers.tags.length > 8) problems.push({ field: '--tags', message: `has ${answers.tags.length} tags`, hint: 'an article has one to eight: keep the ones a reader would browse by.' });
  problems.push(...unknownIds('--tags', 'tag', 'tags', answers.tags, vocabulary.tags));
  if (!answers.authors.length) problems.push({ field: '--authors', message: 'is required', hint: `one or more of: ${vocabulary.authors.join(', ')}, separated by commas.` });
  problems.push(...unknownIds('--authors', 'author', 'authors', answers.authors, vocabulary.authors));
  const slug = answers.slug?.trim() || toSlug(title);
  if (answers.slug !== undefined && slug !== toSlug(slug)) {
    problems.push({ field: '--slug', message: `"${slug}" is not a slug`, hint: `lower-case letters, digits and hyphens, e.g. ${toSlug(slug) || 'why-talks-stall'}.` });
  } else if (title && !slug) {
    problems.push({ field: '--title', message: 'has no letters or digits to name the file by', hint: 'give a slug with --slug, e.g. --slug why-talks-stall.' });
  } else if (slug && vocabulary.articles.has(slug)) {
    problems.push({ field: '--slug', message: `content/articles/${slug}.md already exists, and is never overwritten`, hint: 'choose another title, or give the file another name with --slug.' });
  }
  if (problems.length) return { problems };
  const description = answers.description?.trim() || DESCRIPTION_PLACEHOLDER;
  const frontMatter = [
    `title: ${quote(title)}`,
    `description: ${quote(description)}`,
    `kind: ${answers.kind as ArticleKind}`,
    `publishedAt: ${today}`,
    `authors: [${answers.authors.join(', ')}]`,
    `tags: [${answers.tags.join(', ')}]`,
    // Readers see nothing until an editor removes this line.
    'draft: true',
  ];
  return { slug, text: `---\n${frontMatter.join('\n')}\n---\n\n${BODY_SKELETON}` };
}
