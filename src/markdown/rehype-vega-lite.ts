import path from 'node:path';
import type { Element, ElementContent, Root, Text } from 'hast';
import type { Point } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { smartPunctuation } from '../lib/smart-punctuation.ts';
import { toSlug } from '../lib/to-slug.ts';
import { chartSvg, InvalidChart } from './charts/chart-svg.ts';
import { dataFolderOf, dataUrlsOf, isDataFileName, isObject, plainDataFileNames, readDataFile, rowsOf, type JsonObject, type Row } from './charts/data-files.ts';

/**
 * A fenced code block in language `vega-lite` holding a Vega-Lite spec (JSON)
 * becomes a chart, drawn at build time as inline SVG:
 *
 *     <figure class="chart" id="user-content-chart-<slug of the title>">
 *     <figcaption class="chart-title">{title}</figcaption>
 *     <svg width="…" height="…" viewBox="0 0 … …" role="img" aria-label="{description}" data-pagefind-ignore="" font-family="…" xmlns="…">…</svg>
 *     <p class="chart-description">{description}</p>
 *     <p class="chart-source">Source: {usermeta.source}</p>
 *     <p class="chart-note">Note: {usermeta.note}</p>                      (only with a note)
 *     <details class="chart-data"><summary>Show the data</summary></details>
 *     <table class="chart-table">
 *     <caption>The data behind the chart “{title}”</caption>
 *     <thead><tr><th scope="col">{column title}</th><th scope="col" class="chart-number">…</th></tr></thead>
 *     <tbody><tr><td>…</td><td class="chart-number">…</td></tr>…</tbody></table>
 *     </figure>
 *
 * The spec needs a string `title` (the heading, taken out of the SVG), a
 * `description` (the caption, and the image's label) and `usermeta.source`;
 * `usermeta.note` is for caveats. "Source: " and "Note: " are added unless
 * the text starts with them; these texts get the body's curly quotes and
 * dashes. The chart's ids get a second number (`-2`…) when a body has two
 * charts of one title; the SVG's own ids (clip paths) are under the chart's.
 *
 * Data is inline (`"data": {"values": […]}`) or a file in the content root's
 * `data/` folder (`"data": {"url": "front-line.csv"}`, next to `articles/`);
 * anything else stops the build. The table shows the chart's own data rows
 * (the top-level data, or else the first layer's) as written: one column per
 * field the encoding names (titled with the encoding's `title`, if any), or
 * every field when it names none; a column whose cells are all numbers is
 * right-aligned (`chart-number`).
 *
 * This runs after the sanitiser: the SVG is code's output, not the
 * editor's HTML, and every string from the spec (titles, labels, data) is
 * a text node here or in Vega's escaped SVG, so it can never be markup. A raw
 * HTML `<pre><code class="language-vega-lite">` is the same chart as the fence.
 * Colours come from the site's palette as classes (see `charts/chart-svg.ts`
 * and `src/styles/charts.css`), never `style` attributes, which the CSP forbids.
 */
export default function rehypeVegaLite() {
  return async (tree: Root, file: VFile) => {
    const charts: { pre: Element; parent: Element | Root; index: number; text: string }[] = [];
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'pre' || !parent || index === undefined) return;
      const code = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
      const classes = code?.properties.className;
      if (!code || !Array.isArray(classes) || !classes.includes('language-vega-lite')) return;
      charts.push({ pre: node, parent, index, text: code.children.map((child) => (child.type === 'text' ? child.value : '')).join('') });
      return SKIP;
    });
    const titles = new Map<string, number>();
    for (const { pre, parent, index, text } of charts) parent.children[index] = await chartFigure(text, pre, file, titles);
  };
}

const SOURCE_HINT = 'add "usermeta": {"source": "…"} to the spec, naming where the numbers come from';

async function chartFigure(text: string, pre: Element, file: VFile, titles: Map<string, number>): Promise<Element> {
  const spec = parseSpec(text, pre, file);
  const { title, description } = spec;
  const usermeta = isObject(spec.usermeta) ? spec.usermeta : {};
  if (typeof title !== 'string' || !title.trim()) file.fail('a vega-lite chart needs a "title", a string saying what it shows: add "title": "…" to the spec (it becomes the chart\'s heading)', pre, 'backstory:chart-without-title');
  if (typeof description !== 'string' || !description.trim()) {
    file.fail('a vega-lite chart needs a "description", a sentence or two saying what it shows for readers who cannot see it: add "description": "…" to the spec', pre, 'backstory:chart-without-description');
  }
  if (typeof usermeta.source !== 'string' || !usermeta.source.trim()) file.fail(`a vega-lite chart needs its source: ${SOURCE_HINT}`, pre, 'backstory:chart-without-source');
  if (usermeta.note !== undefined && typeof usermeta.note !== 'string') file.fail('a vega-lite chart\'s "usermeta": {"note": …} is a string: write the caveat as text', pre, 'backstory:chart-note-not-text');
  const files = await readDataFiles(spec, text, pre, file);
  const count = (titles.get(title) ?? 0) + 1;
  titles.set(title, count);
  const id = `user-content-chart-${toSlug(title) || 'untitled'}${count === 1 ? '' : `-${count}`}`;
  const { title: _shownInTheCaption, ...drawn } = spec;
  let svg: Element;
  try {
    svg = await chartSvg(drawn, files, id, smartPunctuation(description));
  } catch (error) {
    if (!(error instanceof InvalidChart)) throw error;
    return file.fail(`a vega-lite chart is not valid; ${error.library} says: ${error.message} (check the spec against https://vega.github.io/vega-lite/docs/, or paste it into the online editor, https://vega.github.io/editor/)`, pre, 'backstory:invalid-chart');
  }
  const children: ElementContent[] = [
    element('figcaption', { className: ['chart-title'] }, [textNode(smartPunctuation(title))]),
    svg,
    element('p', { className: ['chart-description'] }, [textNode(smartPunctuation(description))]),
    element('p', { className: ['chart-source'] }, [textNode(labelled('Source', usermeta.source))]),
    ...(typeof usermeta.note === 'string' && usermeta.note.trim() ? [element('p', { className: ['chart-note'] }, [textNode(labelled('Note', usermeta.note))])] : []),
    // The table follows the toggle rather than sitting inside it: a closed <details> hides its content from
    // screen readers too, and this table is always there for them (the CSS only hides it from sight).
    element('details', { className: ['chart-data'] }, [element('summary', {}, [textNode('Show the data')])]),
    withClass(await dataTable(spec, files, smartPunctuation(title), pre, file), 'chart-table'),
  ];
  return element('figure', { className: ['chart'], id }, children.flatMap((child) => [textNode('\n'), child]).concat(textNode('\n')));
}

function withClass(node: Element, name: string): Element {
  node.properties = { ...node.properties, className: [name] };
  return node;
}

/** The spec as an object, or the build stops at the line JSON.parse stopped at. */
function parseSpec(text: string, pre: Element, file: VFile): JsonObject {
  let spec: unknown;
  try {
    spec = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const offset = Number(/ at position (\d+)/.exec(message)?.[1] ?? NaN);
    const hint = 'check the quotes, commas and brackets (JSON has no comments, and no comma after the last item)';
    if (Number.isNaN(offset)) file.fail(`a vega-lite chart is not valid JSON: ${message}; ${hint}`, pre, 'backstory:chart-not-json');
    const before = text.slice(0, offset).split('\n');
    const line = before.length;
    const column = before.at(-1)!.length + 1;
    // The fence's opening line is the block's start; the JSON starts on the line after it.
    const where: Point = { line: (pre.position?.start.line ?? 0) + line, column };
    file.fail(`a vega-lite chart is not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')} (line ${line}, column ${column} of the chart); ${hint}`, where, 'backstory:chart-not-json');
  }
  if (!isObject(spec)) return file.fail('a vega-lite chart is a JSON object: write the spec between { and }', pre, 'backstory:chart-not-json');
  return spec;
}

/** How a data file is named in messages: from where the build runs, e.g. content/data/front-line.csv. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/**
 * Reads the data files a spec names, each checked to be a plain file name in
 * the content root's `data/` folder, by the name as written, for Vega's loader.
 */
async function readDataFiles(spec: JsonObject, text: string, pre: Element, file: VFile): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const plainlyNamed = plainDataFileNames(text);
  for (const url of dataUrlsOf(spec)) {
    if (!isDataFileName(url)) {
      file.fail(`"${url}" cannot be a chart's data: a chart reads only files in content/data/, named plainly, ending in .csv, .tsv or .json, e.g. "url": "front-line.csv"; save the data there and write its name`, pre, 'backstory:chart-data-url');
    }
    // The loader keys the rendered body by the files named plainly (`dataFileNamesIn`): a file it cannot see would go stale.
    if (!plainlyNamed.includes(url)) file.fail(`write the chart's "url" plainly, on one line and without backslash escapes: "url": "${url}"`, pre, 'backstory:chart-data-url');
    if (!file.path) file.fail(`a chart reading "${url}" needs the Markdown file's path, to find the content's data/ folder`, pre, 'backstory:chart-data-url');
    const folder = dataFolderOf(file.path);
    const found = await readDataFile(path.join(folder, url));
    if (found === undefined) {
      file.fail(`the chart's data file "${url}" is not there (looked for ${shown(path.join(folder, url))}): put the file in content/data/, or correct the "url"`, pre, 'backstory:chart-data-missing');
    }
    files.set(url, found);
  }
  return files;
}

/** The rows the table shows: the chart's top-level data, or else its first layer's. */
async function tableRows(spec: JsonObject, files: ReadonlyMap<string, string>): Promise<Row[] | undefined> {
  const layers = Array.isArray(spec.layer) ? spec.layer.filter(isObject) : [];
  const data = [spec, ...layers].map((view) => view.data).find(isObject);
  if (!data) return undefined;
  const format = isObject(data.format) ? data.format : {};
  if (Array.isArray(data.values)) return data.values.filter(isObject);
  if (typeof data.url === 'string' && files.has(data.url)) return rowsOf(files.get(data.url)!, data.url, format);
  const named = isObject(spec.datasets) && typeof data.name === 'string' ? spec.datasets[data.name] : undefined;
  return Array.isArray(named) ? named.filter(isObject) : undefined;
}

/** Each field the encoding names (top level and layers), with its `title` when the spec gives one. */
function encodedFields(spec: JsonObject): Map<string, string> {
  const fields = new Map<string, string>();
  const layers = Array.isArray(spec.layer) ? spec.layer.filter(isObject) : [];
  for (const view of [spec, ...layers]) {
    if (!isObject(view.encoding)) continue;
    for (const channel of Object.values(view.encoding).flat()) {
      if (!isObject(channel) || typeof channel.field !== 'string') continue;
      const title = typeof channel.title === 'string' ? channel.title : undefined;
      if (!fields.has(channel.field) || (title && fields.get(channel.field) === channel.field)) fields.set(channel.field, title ?? channel.field);
    }
  }
  return fields;
}

const isNumber = (value: unknown) => typeof value === 'number' || (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)));
const cellText = (value: unknown) => (value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));

/** The chart's data as a table: what a screen reader, a feed reader and a printout get of it. */
async function dataTable(spec: JsonObject, files: ReadonlyMap<string, string>, title: string, pre: Element, file: VFile): Promise<Element> {
  const rows = await tableRows(spec, files);
  if (!rows) {
    return file.fail('a vega-lite chart needs its data as rows, for the table readers can open: give "data": {"values": […]} or "data": {"url": "file.csv"} at the top of the spec', pre, 'backstory:chart-without-rows');
  }
  const inData = new Set(rows.flatMap((row) => Object.keys(row)));
  const encoded = [...encodedFields(spec)].filter(([field]) => inData.has(field));
  const columns = encoded.length ? encoded : [...inData].map((field) => [field, field] as const);
  const numeric = columns.map(([field]) => rows.every((row) => cellText(row[field]) === '' || isNumber(row[field])));
  const cell = (tag: 'td' | 'th', column: number, value: string) =>
    element(tag, { ...(tag === 'th' ? { scope: 'col' } : {}), ...(numeric[column] ? { className: ['chart-number'] } : {}) }, [textNode(value)]);
  return element('table', {}, [
    element('caption', {}, [textNode(`The data behind the chart “${title}”`)]),
    element('thead', {}, [element('tr', {}, columns.map(([, heading], column) => cell('th', column, heading)))]),
    element('tbody', {}, rows.map((row) => element('tr', {}, columns.map(([field], column) => cell('td', column, cellText(row[field])))))),
  ]);
}

/** "Source: …", unless the editor already wrote "Source:" or "Sources:". */
function labelled(label: string, text: string): string {
  const written = smartPunctuation(text.trim());
  return new RegExp(`^${label}s?:`, 'i').test(written) ? written : `${label}: ${written}`;
}

const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
const textNode = (value: string): Text => ({ type: 'text', value });
