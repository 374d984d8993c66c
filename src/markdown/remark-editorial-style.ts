import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRetext from 'remark-retext';
import { retext } from 'retext';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import { readBuildEnv } from '../build-env.ts';
import { site, type StyleRule } from '../site.config.ts';
import retextHouseStyle from './style/retext-house-style.ts';
import retextQuotes from './style/retext-quotes.ts';
import retextRepeatedWords from './style/retext-repeated-words.ts';
import { readStyleList, type StyleList } from './style/style-list.ts';

/** One finding of the editorial lint, as the loader and `npm run check` report it. */
export interface StyleFinding {
  rule: StyleRule;
  severity: 'error' | 'warning';
  /** Line in the Markdown body (the loader adds the front matter's lines). */
  line: number;
  message: string;
  hint: string;
}

/** What is not the publication's own prose: code, quotes, raw HTML, directives (quotes, mentions, credits). */
const NOT_OURS = ['code', 'inlineCode', 'blockquote', 'html', 'containerDirective', 'leafDirective', 'textDirective'];

const bridges = new WeakMap<StyleList, Processor<Root>>();

function bridgeFor(list: StyleList): Processor<Root> {
  let bridge = bridges.get(list);
  if (!bridge) {
    const rules = retext().use(retextRepeatedWords).use(retextQuotes).use(retextHouseStyle, list);
    bridge = unified().use(remarkRetext, rules as never, { ignore: NOT_OURS }) as unknown as Processor<Root>;
    bridges.set(list, bridge);
  }
  return bridge;
}

/** Runs the editorial rules on a Markdown tree and takes their messages off the file. */
export async function lintTree(tree: Root, file: VFile, contentRoot: string): Promise<StyleFinding[]> {
  const list = readStyleList(contentRoot);
  await bridgeFor(list).run(tree, file);
  const findings: StyleFinding[] = [];
  file.messages = file.messages.filter((message) => {
    if (message.source !== 'backstory-style') return true;
    const rule = message.ruleId as StyleRule;
    const severity = list.rules[rule] ?? site.editorialStyle[rule];
    if (severity !== 'off') findings.push({ rule, severity, line: message.line ?? 1, message: message.reason, hint: message.note ?? '' });
    return false;
  });
  return findings.sort((a, b) => a.line - b.line);
}

/**
 * The editorial lint (repeated words, quotation marks, the house style list)
 * as a step of the Markdown pipeline, on the tree as written, before any
 * plugin changes it: its findings ride with the rendered body
 * (`frontmatter.style`), cached with it, and reported by the loader.
 */
export default function remarkEditorialStyle() {
  return async (tree: Root, file: VFile) => {
    const findings = await lintTree(tree, file, readBuildEnv().contentRoot);
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.style = findings;
  };
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

/** The editorial lint of a Markdown body read on its own, as `npm run check` runs it (the build runs it while rendering). */
export async function lintMarkdown(body: string, contentRoot: string): Promise<StyleFinding[]> {
  const file = new VFile(body);
  return lintTree(parser.parse(file) as Root, file, contentRoot);
}
