import type { StyleFinding } from '../markdown/remark-editorial-style.ts';
import { styleListProblem } from '../markdown/style/style-list.ts';
import { displayPath } from './newsroom.ts';
import type { ContentProblem } from './problem.ts';
import type { SourceEntry } from './read-entry.ts';

/** An editorial-lint finding as a problem with the file: `file:line: rule: message. Hint: …`, the line counted in the file. */
export const styleProblem = (entry: SourceEntry, finding: StyleFinding): ContentProblem => ({
  file: entry.file,
  line: entry.bodyLine + finding.line - 1,
  field: finding.rule,
  message: finding.message,
  hint: finding.hint,
});

/** Files a body's findings where they belong: errors stop the build and `npm run check`, warnings are printed. */
export function fileStyleFindings(entry: SourceEntry, findings: readonly StyleFinding[], into: { problems: ContentProblem[]; warnings: ContentProblem[] }): void {
  for (const finding of findings) (finding.severity === 'error' ? into.problems : into.warnings).push(styleProblem(entry, finding));
}

/** What is wrong with the content root's house style list, with the path as editors see it; none when it is sound or absent. */
export function styleListProblems(contentRoot: string): ContentProblem[] {
  const problem = styleListProblem(contentRoot);
  return problem ? [{ ...problem, file: displayPath(problem.file, process.cwd()) }] : [];
}
