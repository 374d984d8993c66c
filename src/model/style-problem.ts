import type { StyleFinding } from '../markdown/remark-editorial-style.ts';
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
