import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';

export interface ParsedSource {
  /** The YAML data, or undefined when the YAML itself is broken. */
  data: unknown;
  /** Markdown after the front matter ('' for YAML files). */
  body: string;
  /** Line of the file on which the body starts, to place Markdown errors. */
  bodyLine: number;
  /** Line (1-based, in the whole file) where the value at `path` is written, when it is. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** YAML syntax errors, with their lines. */
  syntaxErrors: { line: number | undefined; message: string }[];
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m;

/**
 * Reads YAML with the core schema, so that dates stay text for our own strict
 * parser (the default schema silently rolls `2025-02-30` into March) and
 * duplicate keys are errors rather than last-one-wins.
 */
function readYaml(text: string, firstLine: number) {
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(text, { schema: 'core', uniqueKeys: true, lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined) =>
    offset === undefined ? undefined : lineCounter.linePos(offset).line + firstLine - 1;
  const syntaxErrors = document.errors.map((error) => ({
    line: lineAt(error.pos[0]),
    message: error.message.split('\n')[0]!,
  }));
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    // A missing nested field points at its parent, e.g. image.alt at the image line.
    for (let depth = path.length; depth > 0; depth--) {
      const line = exactLineOf(path.slice(0, depth));
      if (line !== undefined) return line;
    }
    return undefined;
  };
  const exactLineOf = (path: readonly PropertyKey[]) => {
    const parentPath = path.slice(0, -1);
    const parent = parentPath.length ? document.getIn(parentPath, true) : document.contents;
    const last = path.at(-1);
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
      if (pair && isScalar(pair.key)) return lineAt(pair.key.range?.[0]);
    }
    const node = document.getIn(path, true) as { range?: [number, number, number] } | undefined;
    return lineAt(node?.range?.[0]);
  };
  // Cloned: the parser's strings are slices of the file's text, and V8 keeps
  // the whole text alive for any of them that the content store holds on to.
  return { data: syntaxErrors.length ? undefined : structuredClone(document.toJS() ?? {}), lineOf, syntaxErrors };
}

/** Splits a Markdown file into its YAML front matter and body. */
export function parseMarkdownSource(source: string): ParsedSource | { missingFrontMatter: true } {
  const match = FENCE.exec(source);
  if (!match || match.index !== 0) return { missingFrontMatter: true };
  return { ...readYaml(match[1]!, 2), body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

export function parseYamlSource(source: string): ParsedSource {
  return { ...readYaml(source, 1), body: '', bodyLine: 0 };
}
