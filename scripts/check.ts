/**
 * `npm run check`: validates all content the way the build does, without
 * rendering anything, and reports every problem at once. Fast enough to run
 * on every save.
 */
import { readBuildEnv } from '../src/build-env.ts';
import { readNewsroom } from '../src/model/newsroom.ts';
import { unmentionedPeople } from '../src/model/people-directives.ts';
import { formatProblem } from '../src/model/problem.ts';

const { contentRoot } = readBuildEnv();
const { newsroom, problems } = await readNewsroom({ contentRoot });

if (problems.length) {
  console.error(problems.map(formatProblem).join('\n'));
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} found.`);
  process.exit(1);
}
const ONE: Record<string, string> = { articles: 'article', authors: 'author', tags: 'tag', events: 'event', stories: 'story', people: 'person' };
const counts = Object.entries(newsroom).map(([name, entries]) => `${entries.length} ${entries.length === 1 ? (ONE[name] ?? name) : name}`);
console.log(`Content OK: ${counts.join(', ')}.`);
// Warnings, not errors: a register may hold people before anything quotes them.
for (const person of unmentionedPeople([...newsroom.articles, ...newsroom.stories], newsroom.people)) {
  console.log(`warning: ${formatProblem({ file: person.file, message: 'nothing quotes or mentions this person', hint: `mark a mention with :person[${(person.data as { name: string }).name}]{#${person.id}}, or remove the file.` })}`);
}
