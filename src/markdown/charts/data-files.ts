import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where a chart's data may come from: inline `"values"`, or a file named by
 * `"url"` in the content root's `data/` folder. A plain file name, nothing
 * else: no network (`http:`, `//`), no absolute path, no `/` at all, so no
 * `..` can leave the folder. The format is the file's extension, as Vega-Lite
 * reads it.
 */
const DATA_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*\.(?:csv|tsv|json)$/;

export const isDataFileName = (url: string): boolean => DATA_FILE_NAME.test(url);

/** `"url": "…"` on one line, with no escapes: see `dataFileNamesIn`. */
const URL_PROPERTY = /"url"[ \t]*:[ \t]*"([^"\\\n]*)"/g;

/**
 * The data file names written plainly (`"url": "name.csv"`, on one line,
 * with no escapes) in a text. The body's key and the plugin both go by this:
 * within a line, a fenced block's text is the Markdown's, whatever the
 * block sits in (a list, a blockquote).
 */
export function plainDataFileNames(text: string): string[] {
  return [...new Set([...text.matchAll(URL_PROPERTY)].map((match) => match[1]!).filter(isDataFileName))].sort();
}

/**
 * The data files a Markdown body's charts can read, found without parsing
 * it: the loader keys a rendered body by their contents (`chartDataPart`),
 * since a chart prints its data. It may find more than the charts read (a
 * `"url"` in prose), which costs at most a needless render; never fewer,
 * because the plugin refuses to read a file its chart does not name plainly.
 */
export function dataFileNamesIn(markdown: string): string[] {
  return markdown.includes('vega-lite') ? plainDataFileNames(markdown) : [];
}

/** The content root's folder of chart data, beside `articles/` and `stories/`. */
export const DATA_FOLDER = 'data';

/** The data folder of the content root a Markdown file is in (`<root>/articles/<slug>.md` → `<root>/data`). */
export const dataFolderOf = (markdownFile: string): string => path.join(path.dirname(path.dirname(markdownFile)), DATA_FOLDER);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every `"url"` of a `"data"` anywhere in a spec: the top level, layers,
 * concatenated views and lookups (`"from": {"data": {…}}`) alike.
 */
export function dataUrlsOf(spec: unknown, key = ''): string[] {
  if (Array.isArray(spec)) return spec.flatMap((item) => dataUrlsOf(item));
  if (!isObject(spec)) return [];
  const own = key === 'data' && typeof spec.url === 'string' ? [spec.url] : [];
  return [...own, ...Object.entries(spec).flatMap(([name, value]) => dataUrlsOf(value, name))];
}

/** Reads a data file's text, or `undefined` when there is none. */
export async function readDataFile(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'EISDIR') return undefined;
    throw error;
  }
}

export type Row = Record<string, unknown>;

/**
 * The rows of a file as written, for the chart's data table: CSV and TSV
 * cells stay the strings the file holds (no date or number parsing, so the
 * table shows what the source says), JSON keeps its own types.
 */
export async function rowsOf(text: string, url: string, format: JsonObject = {}): Promise<Row[]> {
  // Imported when a chart needs it: the loader's key scan and chart-less bodies never load Vega.
  const { read } = await import('vega');
  const type = typeof format.type === 'string' ? format.type : path.extname(url).slice(1);
  const { property, delimiter } = format;
  return read(text, { type, property, delimiter } as Parameters<typeof read>[1]) as Row[];
}
