/**
 * `npm run check`: validates all content the way the build does, without
 * rendering anything, and reports every problem at once. Fast enough to run
 * on every save.
 */
import { readBuildEnv } from '../src/build-env.ts';
import { withdrawalWarnings } from '../src/model/internal-links.ts';
import { readNewsroom } from '../src/model/newsroom.ts';
import { checkNewsroomLinks, markdownLinks } from '../src/model/newsroom-links.ts';
import { unmentionedPeople } from '../src/model/people-directives.ts';
import { formatProblem, type ContentProblem } from '../src/model/problem.ts';
import { lintMarkdown } from '../src/markdown/remark-editorial-style.ts';
import { fileStyleFindings, styleListProblems } from '../src/model/style-problem.ts';

const { contentRoot, now } = readBuildEnv();
const { newsroom, problems } = await readNewsroom({ contentRoot });
// Links are read from the Markdown (nothing is rendered here), so links to a `#fragment` wait for the build.
const links = problems.length ? undefined : checkNewsroomLinks(newsroom, { now, preview: false }, contentRoot, (_section, entry) => ({ links: markdownLinks(entry.body) }));
problems.push(...(links?.problems ?? []));
// The editorial lint, on every article, story summary and standing page as written.
const styleWarnings: ContentProblem[] = [];
problems.push(...styleListProblems(contentRoot));
if (!problems.length) {
  for (const entry of [...newsroom.articles, ...newsroom.stories, ...newsroom.pages]) fileStyleFindings(entry, await lintMarkdown(entry.body, contentRoot), { problems, warnings: styleWarnings });
}

if (problems.length) {
  console.error(problems.map(formatProblem).join('\n'));
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} found.`);
  process.exit(1);
}
const ONE: Record<string, string> = { articles: 'article', authors: 'author', tags: 'tag', events: 'event', stories: 'story', people: 'person', pages: 'page' };
const counts = Object.entries(newsroom).map(([name, entries]) => `${entries.length} ${entries.length === 1 ? (ONE[name] ?? name) : name}`);
console.log(`Content OK: ${counts.join(', ')}.`);
for (const warning of styleWarnings) console.log(`warning: ${formatProblem(warning)}`);
// Warnings, not errors: a pulled article must not wait on edits to every piece that links to it.
for (const warning of withdrawalWarnings(links!.withdrawn)) console.log(`warning: ${formatProblem(warning)}`);
// Warnings, not errors: a register may hold people before anything quotes them.
for (const person of unmentionedPeople([...newsroom.articles, ...newsroom.stories], newsroom.people)) {
  console.log(`warning: ${formatProblem({ file: person.file, message: 'nothing quotes or mentions this person', hint: `mark a mention with :person[${(person.data as { name: string }).name}]{#${person.id}}, or remove the file.` })}`);
}
