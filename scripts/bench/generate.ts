/**
 * Writes a deterministic synthetic newsroom of `count` articles: about 1,000
 * words each, with sections, links to earlier articles and their headings,
 * footnotes, 2–5 tags from the real vocabulary, 0–3 cited events and real
 * authors; about a third of them are pieces of a story (one per 100
 * articles), and one in five has a lead picture of its own (a 1,600 × 900
 * photograph-like JPEG in images/). The same count always gives the same files.
 */
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { photo } from './synthetic-photo.ts';

const WORDS = (
  'analysts government ministry talks ceasefire front territory sanctions economy pressure negotiators summit leaders ' +
  'allies treaty security guarantees border regions forces offensive defence strategy diplomats officials parliament ' +
  'elections campaign budget energy exports markets inflation currency reserves industry production shipments ' +
  'agreement proposal deadline concession demands interests history record evidence estimates figures report ' +
  'observers commentators critics supporters voters capital province city villages infrastructure casualties ' +
  'humanitarian corridors prisoners exchange mediation envoy statement interview speech meeting visit delegation'
).split(' ');

/** Mulberry32: a tiny seeded generator, so every run writes the same corpus (and a test the same cases). */
export function seededRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TAGS = ['russia', 'ukraine', 'united-states', 'diplomacy', 'sanctions', 'international-law', 'nato', 'war-in-ukraine'];
const AUTHORS = ['foreign-desk', 'analysis-desk', 'data-desk'];
const EVENTS = ['kennebunkport-meeting', 'crimea-annexation', 'election-interference', 'helsinki-summit', 'full-scale-invasion', 'icc-arrest-warrant', 'anchorage-summit'];
const KINDS = ['analysis', 'explainer', 'report', 'opinion'];
const SECTIONS = ['The background', 'What changed', 'The numbers', 'What comes next', 'The view from the capitals', 'Where the risks lie'];

export const slugOf = (index: number) => `synthetic-story-${String(index).padStart(5, '0')}`;

/** Articles `n × STORY_SPAN` to `(n + 1) × STORY_SPAN - 1` (25 days) may join story `n`; about `STORY_SHARE` of them do. */
const STORY_SPAN = 100;
const STORY_SHARE = 0.3;
export const storySlugOf = (index: number) => `synthetic-thread-${String(index).padStart(4, '0')}`;

/** Story `index`: a running summary and two dated updates; the newest three stories are still developing. */
export function syntheticStory(index: number, count: number): string {
  const first = index * STORY_SPAN;
  const developing = index >= Math.floor(count / STORY_SPAN) - 2;
  return [
    '---',
    `title: "Thread ${index}: ${WORDS[index % WORDS.length]} and ${WORDS[(index * 7 + 3) % WORDS.length]}"`,
    `description: "Every piece on thread ${index}, in order."`,
    `status: ${developing ? 'developing' : 'concluded'}`,
    `tags: [${TAGS[index % TAGS.length]}]`,
    'updates:',
    `  - { at: ${publishedDay(first + 10)}, text: "Thread ${index} moves on." }`,
    `  - { at: ${publishedDay(first + 60)}, text: "Thread ${index} takes a turn." }`,
    '---',
    '',
    `What we know about thread ${index}: its pieces, in the order they appeared, and the dates they cite.`,
    '',
    `See [where it began](/articles/${slugOf(first)}/) for the background.`,
    '',
  ].join('\n');
}

/** One article in five carries a lead picture: an analysis outlet illustrates fewer pieces than a news wire. */
export const hasLeadPicture = (index: number) => index % 5 === 2;

/** Article `index` is published 6 hours after article `index - 1`, from 1 January 2015. */
export const publishedDay = (index: number) => new Date(Date.UTC(2015, 0, 1) + index * 6 * 3600 * 1000).toISOString().slice(0, 10);

/**
 * How a revision changes an article. A correction adds a line at the end of the body and nothing else: the one-line
 * correction of "edit one". A rewrite draws that line before the headline, so the headline, summary, kind and
 * byline are drawn afresh too: what "edit one" measured until November 2026, kept as "retitle one".
 */
export type RevisionKind = 'correction' | 'rewrite';

/** One article's Markdown; a `revision` above 0 changes it as `kind` says. */
export function syntheticArticle(index: number, revision = 0, kind: RevisionKind = 'correction'): string {
  const next = seededRandom(index * 7919 + 17);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const sentence = (length: number) => {
    // A word drawn twice in a row becomes the next one in the list, with no extra draw, so the rest of the
    // corpus stays as it was: real copy passes the house style lint, and "the the" would fill the log.
    const words: string[] = [];
    for (let count = 0; count < length; count++) {
      const word = pick(WORDS);
      words.push(word === words.at(-1) ? WORDS[(WORDS.indexOf(word) + 1) % WORDS.length]! : word);
    }
    return `${words[0]![0]!.toUpperCase()}${words.join(' ').slice(1)}.`;
  };
  const tags = [...new Set(Array.from({ length: 2 + Math.floor(next() * 4) }, () => pick(TAGS)))];
  const events = [...new Set(Array.from({ length: Math.floor(next() * 4) }, () => pick(EVENTS)))];
  const day = publishedDay(index);
  const sections = [...SECTIONS].sort(() => next() - 0.5).slice(0, 4);
  const body: string[] = [];
  sections.forEach((heading, sectionIndex) => {
    body.push(`## ${heading}`);
    for (let paragraph = 0; paragraph < 4; paragraph++) {
      let text = Array.from({ length: 4 }, () => sentence(10 + Math.floor(next() * 8))).join(' ');
      if (paragraph === 1 && index > 0) {
        const earlier = Math.floor(next() * index);
        text += ` See [an earlier piece](/articles/${slugOf(earlier)}/) and [its background](/articles/${slugOf(earlier)}/#the-background).`;
      }
      if (paragraph === 2 && sectionIndex < 2) text += `[^${sectionIndex + 1}]`;
      // Quotes, apostrophes and dashes, as in real copy, so smart punctuation costs what it does on real articles.
      if (paragraph === 0) text = `"${sentence(9).slice(0, -1)}," said the ${pick(WORDS)}' spokesman -- it's the ${pick(WORDS)}'s view. ${text}`;
      body.push(text);
    }
  });
  body.push('[^1]: ' + sentence(12), '[^2]: ' + sentence(9));
  if (revision && kind === 'rewrite') body.push(`Revision ${revision}: ${sentence(8)}`);
  // Every article has "The background", so links to that anchor always land.
  if (!sections.includes('The background')) body.splice(0, 0, '## The background', sentence(12));
  const title = `${sentence(6 + Math.floor(next() * 5)).slice(0, -1)} (${index})`;
  const description = sentence(18);
  const articleKind = pick(KINDS);
  const author = pick(AUTHORS);
  // Drawn last, so that every other field is what it was before corpora had stories.
  const story = next() < STORY_SHARE ? [`story: ${storySlugOf(Math.floor(index / STORY_SPAN))}`] : [];
  // After every other draw, so that the correction changes this line alone.
  if (revision && kind === 'correction') body.push(`Correction ${revision}: ${sentence(8)}`);
  return [
    '---',
    `title: "${title}"`,
    `description: "${description}"`,
    `kind: ${articleKind}`,
    `publishedAt: ${day}`,
    `authors: [${author}]`,
    `tags: [${tags.join(', ')}]`,
    `events: [${events.join(', ')}]`,
    ...story,
    ...(hasLeadPicture(index) ? [`image: { src: ../images/${slugOf(index)}.jpg, alt: "Synthetic photograph ${index}", credit: "Photo: Bench / Synthetic" }`] : []),
    '---',
    '',
    body.join('\n\n'),
    '',
  ].join('\n');
}

/**
 * Writes the corpus: the real authors, tags, events and standing pages, and `count` synthetic articles. It streams:
 * 500 files at a time, nothing kept, so 30,000 articles (about 210 MB) need no more memory than 1,000.
 */
export async function generateCorpus(root: string, count: number, repoContent: string): Promise<void> {
  await rm(root, { recursive: true, force: true });
  await mkdir(path.join(root, 'articles'), { recursive: true });
  for (const folder of ['authors', 'tags', 'events', 'pages']) await cp(path.join(repoContent, folder), path.join(root, folder), { recursive: true });
  // One more story than the articles fill, so that "add one" may join a story whose first piece it is.
  await mkdir(path.join(root, 'stories'), { recursive: true });
  for (let index = 0; index <= Math.floor(count / STORY_SPAN); index++) await writeFile(path.join(root, 'stories', `${storySlugOf(index)}.md`), syntheticStory(index, count));
  const batch = 500;
  for (let start = 0; start < count; start += batch) {
    await Promise.all(
      Array.from({ length: Math.min(batch, count - start) }, (_, offset) => start + offset).map((index) =>
        writeFile(path.join(root, 'articles', `${slugOf(index)}.md`), syntheticArticle(index)),
      ),
    );
  }
  await mkdir(path.join(root, 'images'), { recursive: true });
  // One more than the articles need, for the "add one" article.
  for (let index = 0; index <= count; index++) if (hasLeadPicture(index)) await writeFile(path.join(root, 'images', `${slugOf(index)}.jpg`), await photo(1600, 900, index + 1));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = '.bench/content', count = '1000'] = process.argv.slice(2);
  await generateCorpus(path.resolve(root), Number(count), path.resolve('content'));
  console.log(`Wrote ${count} articles to ${root}`);
}
