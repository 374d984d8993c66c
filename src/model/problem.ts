/** One thing wrong with the content, phrased for the editor who must fix it. */
export interface ContentProblem {
  /** Path of the file as the editor would open it. */
  file: string;
  line?: number | undefined;
  /** Front-matter field, e.g. `tags` or `sources[0].url`. */
  field?: string | undefined;
  /** What is wrong, starting lower-case so it reads after the field name. */
  message: string;
  /** How to fix it. */
  hint?: string | undefined;
}

/** `file:line: field: message Hint: …`, the shape editors and their tools know from compilers. */
export function formatProblem(problem: ContentProblem): string {
  const location = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? ` ${problem.field}:` : '';
  const hint = problem.hint ? ` Hint: ${problem.hint}` : '';
  return `${location}:${field} ${problem.message}.${hint}`;
}

export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length === 1 ? '1 content problem' : `${problems.length} content problems`;
    super(`Backstory found ${count}; nothing was built:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
    // The message is the whole report; a stack trace into the loader would only bury it.
    this.stack = '';
  }
}
