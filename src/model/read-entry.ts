import type { CollectionSpec } from './collections.ts';
import type { BodyFacts } from './body-facts.ts';
import type { CachedEntry } from './entry-cache.ts';
import { describeIssue, fieldName } from './describe-issue.ts';
import { parseMarkdownSource, parseYamlSource, type ParsedSource } from './front-matter.ts';
import type { ContentProblem } from './problem.ts';
import { schemaKeysAt } from './schema-keys.ts';

/** A file whose YAML parsed, valid or not: enough to check its references too. */
export interface ParsedEntry {
  id: string;
  file: string;
  raw: unknown;
  lineOf: ParsedSource['lineOf'];
}

export interface SourceEntry<T = unknown> {
  /** The slug: the file name without extension. */
  id: string;
  /** Path shown to editors in messages. */
  file: string;
  data: T;
  body: string;
  bodyLine: number;
  /** Where each front-matter value is written, for cross-reference messages. */
  lineOf: ParsedSource['lineOf'];
  /** A digest of the file's text and of the code that read it, when the read was cached (see `EntryCache`). */
  sourceKey?: string;
  /** A Markdown body's facts, when the read worked them out or the cache had them. */
  bodyFacts?: BodyFacts | undefined;
}

export interface ReadResult {
  /** Present when the file parsed as YAML. */
  parsed?: ParsedEntry;
  /** Present when the file is valid. */
  entry?: SourceEntry;
}

/** Parses and validates one content file; problems are pushed, never thrown. */
export function readEntry(spec: CollectionSpec, fileName: string, file: string, source: string, problems: ContentProblem[]): ReadResult {
  const id = fileName.slice(0, -spec.extension.length);
  const before = problems.length;
  const parsed = spec.extension === '.md' ? parseMarkdownSource(source) : parseYamlSource(source);
  if ('missingFrontMatter' in parsed) {
    problems.push({ file, line: 1, message: 'has no front matter', hint: 'start the file with a --- line, the YAML fields, and another --- line.' });
    return {};
  }
  for (const error of parsed.syntaxErrors) {
    problems.push({ file, line: error.line, message: `front matter is not valid YAML: ${error.message}`, hint: 'check indentation and quote values that contain a colon.' });
  }
  if (parsed.syntaxErrors.length) return {};
  const parsedEntry = { id, file, raw: parsed.data, lineOf: parsed.lineOf };
  if (spec.extension === '.md' && parsed.body.trim() === '') {
    problems.push({ file, message: 'has no text after the front matter', hint: spec.emptyBodyHint });
  }
  const result = spec.schema.safeParse(parsed.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      for (const text of describeIssue(issue, parsed.data, spec.folder, (path) => schemaKeysAt(spec.schema, path))) {
        problems.push({ file, line: parsed.lineOf(text.path), field: fieldName(text.path) || undefined, message: text.message, hint: text.hint });
      }
    }
  }
  if (!result.success || problems.length > before) return { parsed: parsedEntry };
  return { parsed: parsedEntry, entry: { id, file, data: result.data, body: parsed.body, bodyLine: parsed.bodyLine, lineOf: parsed.lineOf } };
}

/**
 * A valid file's entry from what an earlier read cached. Lines for messages
 * come from parsing the text again, only when a message needs one.
 */
export function reviveEntry(spec: CollectionSpec, fileName: string, file: string, source: string, cached: CachedEntry, sourceKey: string): ReadResult {
  const id = fileName.slice(0, -spec.extension.length);
  let parsed: ParsedSource | undefined;
  const lineOf = (path: readonly PropertyKey[]) => {
    parsed ??= (spec.extension === '.md' ? parseMarkdownSource(source) : parseYamlSource(source)) as ParsedSource;
    return parsed.lineOf(path);
  };
  return {
    parsed: { id, file, raw: cached.raw, lineOf },
    entry: { id, file, data: cached.data, body: source.slice(cached.bodyStart), bodyLine: cached.bodyLine, lineOf, sourceKey, bodyFacts: cached.bodyFacts },
  };
}
