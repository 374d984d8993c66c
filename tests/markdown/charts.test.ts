import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { CHART_PALETTE } from '../../src/markdown/charts/chart-svg.ts';
import { markdownPipeline, syntaxHighlight } from '../../src/markdown/pipeline.ts';
import { createRenderPool } from '../../src/model/render-pool.ts';

const processor = await createMarkdownProcessor({ ...markdownPipeline, syntaxHighlight });

/** A content root of its own, with the data files a test gives it. */
const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});
function contentRoot(files: Record<string, string> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'backstory-charts-'));
  roots.push(root);
  mkdirSync(path.join(root, 'data'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, 'data', name), text);
  return root;
}

const fence = (spec: unknown) => `\`\`\`vega-lite\n${typeof spec === 'string' ? spec : JSON.stringify(spec, null, 2)}\n\`\`\`\n`;
const render = async (markdown: string, root = contentRoot()) =>
  (await processor.render(markdown, { frontmatter: { people: {} }, fileURL: pathToFileURL(path.join(root, 'articles', 'piece.md')) })).code;
const failure = async (markdown: string, root?: string) => {
  try {
    await render(markdown, root);
  } catch (error) {
    return error as { reason: string; line: number };
  }
  throw new Error('rendered without an error');
};
const svgOf = (html: string) => html.slice(html.indexOf('<svg'), html.indexOf('</svg>') + '</svg>'.length);

const about = { title: 'Example', description: 'What the example shows.', usermeta: { source: 'Test fixture' } };
const bars = { ...about, data: { values: [{ label: 'a', value: 1 }, { label: 'b', value: 2 }] }, mark: 'bar', encoding: { x: { field: 'label', type: 'nominal' }, y: { field: 'value', type: 'quantitative' } } };
const HINT = '(check the spec against https://vega.github.io/vega-lite/docs/, or paste it into the online editor, https://vega.github.io/editor/)';

describe('chart errors stop the build, at the chart, saying what to do', () => {
  it('points at the line where the JSON breaks', async () => {
    const error = await failure(`Some text.\n\n${fence('{\n  "title": "T",\n  "description": "D"\n  "mark": "bar"\n}')}`);
    expect(error.reason).toBe(
      'a vega-lite chart is not valid JSON: Expected \',\' or \'}\' after property value (line 4, column 3 of the chart); check the quotes, commas and brackets (JSON has no comments, and no comma after the last item)',
    );
    // The fence opens on line 3, so the chart's line 4 is the file's line 7.
    expect(error.line).toBe(7);
  });

  it('points at the fence for everything else', async () => {
    const error = await failure(`Text.\n\n${fence({ ...bars, title: undefined })}`);
    expect(error.reason).toBe('a vega-lite chart needs a "title", a string saying what it shows: add "title": "…" to the spec (it becomes the chart\'s heading)');
    expect(error.line).toBe(3);
  });

  it('asks for a JSON object, a string title, a description and a source', async () => {
    expect((await failure(fence('[1, 2]'))).reason).toBe('a vega-lite chart is a JSON object: write the spec between { and }');
    expect((await failure(fence({ ...bars, title: { text: 'Object title' } }))).reason).toMatch(/^a vega-lite chart needs a "title"/);
    expect((await failure(fence({ ...bars, description: ' ' }))).reason).toBe(
      'a vega-lite chart needs a "description", a sentence or two saying what it shows for readers who cannot see it: add "description": "…" to the spec',
    );
    expect((await failure(fence({ ...bars, usermeta: { note: 'No source' } }))).reason).toBe('a vega-lite chart needs its source: add "usermeta": {"source": "…"} to the spec, naming where the numbers come from');
    expect((await failure(fence({ ...bars, usermeta: { source: 'S', note: 3 } }))).reason).toBe('a vega-lite chart\'s "usermeta": {"note": …} is a string: write the caveat as text');
  });

  it('reads data only from a plain file name in the data folder: no network, no other folder', async () => {
    for (const url of ['https://example.org/a.csv', 'http://example.org/a.csv', '//example.org/a.csv', '/etc/passwd.csv', '../secrets.csv', 'sub/a.csv', 'data.xlsx', '.hidden.csv', 'file:a.csv']) {
      expect((await failure(fence({ ...bars, data: { url } }))).reason).toBe(
        `"${url}" cannot be a chart's data: a chart reads only files in content/data/, named plainly, ending in .csv, .tsv or .json, e.g. "url": "front-line.csv"; save the data there and write its name`,
      );
    }
    // Also in a lookup, a layer or anywhere else a spec names data.
    const lookup = { ...bars, transform: [{ lookup: 'label', from: { data: { url: 'https://example.org/b.json' }, key: 'label', fields: ['x'] } }] };
    expect((await failure(fence(lookup))).reason).toMatch(/^"https:\/\/example.org\/b.json" cannot be a chart's data/);
  });

  it('names the data file it looked for', async () => {
    const root = contentRoot();
    expect((await failure(fence({ ...bars, data: { url: 'front-line.csv' } }), root)).reason).toBe(
      `the chart's data file "front-line.csv" is not there (looked for ${path.join(root, 'data', 'front-line.csv')}): put the file in content/data/, or correct the "url"`,
    );
  });

  it('refuses a file name written with escapes, which the body key could not see', async () => {
    const root = contentRoot({ 'a-b.csv': 'label,value\na,1\n' });
    const text = JSON.stringify({ ...bars, data: { url: 'a-b.csv' } }).replace('a-b.csv', 'a\\u002db.csv');
    expect((await failure(fence(text), root)).reason).toBe('write the chart\'s "url" plainly, on one line and without backslash escapes: "url": "a-b.csv"');
    const split = JSON.stringify({ ...bars, data: { url: 'a-b.csv' } }).replace('"url":', '"url":\n');
    expect((await failure(fence(split), root)).reason).toMatch(/^write the chart's "url" plainly/);
  });

  it("gives Vega-Lite's and Vega's own words for a spec they cannot draw, warnings included", async () => {
    expect((await failure(fence({ ...bars, mark: undefined }))).reason).toMatch(/^a vega-lite chart is not valid; Vega-Lite says: Invalid specification \{.*\}\. Make sure the specification includes at least one of the following properties/);
    expect((await failure(fence({ ...bars, encoding: { xx: { field: 'value', type: 'quantitative' } } }))).reason).toBe(
      `a vega-lite chart is not valid; Vega-Lite says: xx-encoding is dropped as xx is not a valid encoding channel. ${HINT}`,
    );
    expect((await failure(fence({ ...bars, mark: 'bars' }))).reason).toBe(
      `a vega-lite chart is not valid; Vega-Lite says: Cannot read properties of undefined (reading 'filled') (it stopped on something it did not expect, often a misspelt "mark" or property name) ${HINT}`,
    );
    // An image would be fetched by the reader's browser: refused, not left empty.
    const image = { ...bars, mark: 'image', encoding: { x: { field: 'value', type: 'quantitative' }, url: { value: 'https://example.org/x.png' } } };
    expect((await failure(fence(image))).reason).toBe(
      `a vega-lite chart is not valid; Vega says: "https://example.org/x.png" cannot be loaded: a chart reads only the data files named in its spec, and shows no images or links ${HINT}`,
    );
  });

  it('needs rows of data for the table', async () => {
    const generated = { ...bars, data: { sequence: { start: 0, stop: 3, as: 'value' } } };
    expect((await failure(fence(generated))).reason).toBe(
      'a vega-lite chart needs its data as rows, for the table readers can open: give "data": {"values": […]} or "data": {"url": "file.csv"} at the top of the spec',
    );
  });
});

describe('a chart', () => {
  it('escapes every string the editor wrote: title, description, source, note, labels and data', async () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(1)>';
    const spec = {
      title: `Title ${hostile}`,
      description: `Description ${hostile}`,
      usermeta: { source: `Source ${hostile}`, note: `Note ${hostile}` },
      data: { values: [{ label: hostile, value: 1 }, { label: '" onload="alert(1)', value: 2 }] },
      mark: 'bar',
      encoding: { x: { field: 'label', type: 'nominal', title: `Axis ${hostile}` }, y: { field: 'value', type: 'quantitative' } },
    };
    const html = await render(fence(spec));
    // Outside attribute values (where a "<" is only text, and a quote is escaped) no tag the editor wrote survives.
    expect(html.replace(/="[^"]*"/g, '=""')).not.toMatch(/<script|<img/i);
    const figure = parse(html).querySelector('figure.chart')!;
    expect(figure.querySelectorAll('script, img')).toEqual([]);
    expect(figure.querySelectorAll('*').flatMap((element) => Object.keys(element.attributes)).filter((name) => /^on/i.test(name))).toEqual([]);
    expect(figure.querySelector('figcaption')!.text).toBe(`Title ${hostile}`);
    expect(figure.querySelector('svg')!.getAttribute('aria-label')).toBe(`Description ${hostile}`);
    expect(figure.querySelector('.chart-source')!.text).toBe(`Source: Source ${hostile}`);
    expect(figure.querySelector('.chart-note')!.text).toBe(`Note: Note ${hostile}`);
    expect(figure.querySelectorAll('svg text').map((text) => text.text)).toContain(`Axis ${hostile}`);
    expect(figure.querySelectorAll('tbody td').map((cell) => cell.text)).toEqual([hostile, '1', '" onload="alert(1)', '2']);
  });

  it('draws in the palette, as classes the theme can switch, with no style attribute and no background', async () => {
    const twoSeries = {
      ...about,
      config: { background: 'white' },
      data: { values: [{ x: 1, y: 2, side: 'a' }, { x: 2, y: 3, side: 'a' }, { x: 1, y: 1, side: 'b' }, { x: 2, y: 4, side: 'b' }] },
      mark: { type: 'line', point: true },
      encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' }, color: { field: 'side', type: 'nominal' } },
    };
    const svg = svgOf(await render(fence(twoSeries)));
    for (const name of ['chart-fill-ink', 'chart-stroke-rule', 'chart-stroke-muted', 'chart-stroke-series-1', 'chart-stroke-series-2', 'chart-fill-series-1', 'chart-fill-series-2']) {
      expect(svg).toContain(`class="${name}"`);
    }
    expect(svg).not.toMatch(/\sstyle=|<style|white|#fff\b/i);
    expect(svg).toMatch(/^<svg width="\d+" height="\d+" viewBox="0 0 \d+ \d+" role="img" aria-label="What the example shows\."/);
    // The title is the figure's heading, not drawn twice.
    expect(svg).not.toContain('>Example<');
  });

  it('keeps a typical chart under 40 KB of SVG, with coordinates to a tenth of a pixel', async () => {
    const months = Array.from({ length: 20 }, (_, index) => `2024-${String((index % 12) + 1).padStart(2, '0')}-01`);
    const csv = ['month,side,km2', ...months.flatMap((month, index) => [`${month},Russia,${(300 + Math.sin(index) * 123.456789).toFixed(6)}`, `${month},Ukraine,${(100 + index / 3).toFixed(6)}`])].join('\n');
    const root = contentRoot({ 'front-line.csv': csv });
    const line = { ...about, width: 600, data: { url: 'front-line.csv' }, mark: { type: 'line', point: true }, encoding: { x: { field: 'month', type: 'temporal' }, y: { field: 'km2', type: 'quantitative' }, color: { field: 'side', type: 'nominal' } } };
    const bar = { ...about, data: { values: months.map((month, index) => ({ month, km2: 300 + Math.sin(index) * 123.456789 })) }, mark: 'bar', encoding: { x: { field: 'month', type: 'ordinal' }, y: { field: 'km2', type: 'quantitative' } } };
    const fixtures = ['chart', 'chart-from-csv'].map((name) => readFileSync(new URL(`fixtures/${name}/output.html`, import.meta.url), 'utf8'));
    for (const html of [...fixtures, await render(fence(line), root), await render(fence(bar), root)]) {
      const svg = svgOf(html);
      expect(Buffer.byteLength(svg)).toBeLessThanOrEqual(40_000);
      expect(svg).not.toMatch(/\d\.\d\d/);
    }
  });

  it('tables the data of a CSV file as written, titled by the encoding, numbers right-aligned', async () => {
    const root = contentRoot({ 'series.csv': 'quarter,count,comment\nQ1,12,start\nQ2,7.50,"dip, then ""recovery"""\nQ3,-3e2,\n' });
    const spec = { ...about, data: { url: 'series.csv' }, mark: 'bar', encoding: { x: { field: 'quarter', type: 'ordinal' }, y: { field: 'count', type: 'quantitative', title: 'Count of things' } } };
    const table = parse(await render(fence(spec), root)).querySelector('figure.chart details.chart-data + table.chart-table')!;
    expect(table.querySelector('caption')!.text).toBe('The data behind the chart “Example”');
    expect(headers(table)).toEqual([['quarter', ''], ['Count of things', 'chart-number']]);
    expect(cells(table)).toEqual([['Q1', '12'], ['Q2', '7.50'], ['Q3', '-3e2']]);
    expect(table.querySelectorAll('tbody td.chart-number').length).toBe(3);
  });

  it('tables the data of a JSON file, and every field when the encoding names none', async () => {
    const rows = [{ name: 'Kyiv', share: 0.5, note: null }, { name: 'Lviv', share: 0.25, note: 'estimate' }];
    const root = contentRoot({ 'cities.json': JSON.stringify({ rows }) });
    const spec = { ...about, data: { url: 'cities.json', format: { property: 'rows' } }, mark: 'bar', encoding: { x: { aggregate: 'count', type: 'quantitative' } } };
    const table = parse(await render(fence(spec), root)).querySelector('table')!;
    expect(headers(table)).toEqual([['name', ''], ['share', 'chart-number'], ['note', '']]);
    expect(cells(table)).toEqual([['Kyiv', '0.5', ''], ['Lviv', '0.25', 'estimate']]);
  });

  it('draws the same dates whatever the build machine’s time zone', async () => {
    const spec = { ...about, data: { values: [{ day: '2025-01-01', n: 1 }, { day: '2025-03-01', n: 3 }] }, mark: 'line', encoding: { x: { field: 'day', type: 'temporal', timeUnit: 'yearmonth' }, y: { field: 'n', type: 'quantitative' } } };
    // What a spec that asks for local time gets: the test can tell zones apart.
    const local = { ...spec, encoding: { ...spec.encoding, x: { ...spec.encoding.x, timeUnit: { unit: 'yearmonth', utc: false }, scale: { type: 'time' } } } };
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      const [west, westLocal] = [await render(fence(spec)), await render(fence(local))];
      process.env.TZ = 'Pacific/Kiritimati';
      const [east, eastLocal] = [await render(fence(spec)), await render(fence(local))];
      expect(west).toBe(east);
      expect(west).toContain('>Jan 2025<');
      expect(westLocal).not.toBe(eastLocal);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('gives two charts of one title their own ids, and their clip paths and gradients too', async () => {
    const clipped = { ...bars, mark: { type: 'bar', clip: true } };
    const gradient = { ...bars, mark: { type: 'area', color: { gradient: 'linear', x1: 1, y1: 1, x2: 1, y2: 0, stops: [{ offset: 0, color: '#ffffff' }, { offset: 1, color: '#1f6fb2' }] } } };
    const html = await render(`${fence(clipped)}\n${fence(clipped)}\n${fence(gradient)}`);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(ids).toEqual([
      'user-content-chart-example',
      'user-content-chart-example-clip-1',
      'user-content-chart-example-2',
      'user-content-chart-example-2-clip-1',
      'user-content-chart-example-3',
      'user-content-chart-example-3-gradient-1',
    ]);
    const references = [...html.matchAll(/url\(#([^)]+)\)/g)].map((match) => match[1]);
    expect(new Set(references)).toEqual(new Set(['user-content-chart-example-clip-1', 'user-content-chart-example-2-clip-1', 'user-content-chart-example-3-gradient-1']));
  });

  it('renders on the loader’s worker threads, data file and all', async () => {
    const root = contentRoot({ 'points.csv': 'label,value\na,1\nb,2\n' });
    const folder = path.join(root, 'bodies');
    const pool = createRenderPool({});
    try {
      const markdown = fence({ ...bars, data: { url: 'points.csv' } });
      const result = await pool.run({ body: markdown, fileURL: pathToFileURL(path.join(root, 'articles', 'piece.md')).href, folder, key: 'chart' });
      expect('details' in result).toBe(true);
      expect(readFileSync(path.join(folder, 'chart.html'), 'utf8')).toBe(await render(markdown, root));
    } finally {
      await pool.close();
    }
  });
});

describe('the chart palette', () => {
  const css = ['../../src/styles/global.css', '../../src/styles/charts.css'].map((file) => readFileSync(new URL(file, import.meta.url), 'utf8')).join('\n');
  const variable = (name: string) => {
    const match = new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, 'i').exec(css);
    if (!match) throw new Error(`--${name} is not a light-dark() pair in the stylesheets`);
    return { light: match[1]!.toLowerCase(), dark: match[2]!.toLowerCase() };
  };

  it('is the stylesheets’ light theme, so a chart outside the site (a feed, print) looks as it does on the light page', () => {
    for (const [name, colour] of Object.entries(CHART_PALETTE)) expect(variable(name).light).toBe(colour);
  });

  it('has series colours with at least 3:1 contrast against the paper in both themes', () => {
    const paper = variable('paper');
    for (const name of ['series-1', 'series-2', 'series-3', 'series-4']) {
      const series = variable(name);
      expect(contrast(series.light, paper.light)).toBeGreaterThanOrEqual(3);
      expect(contrast(series.dark, paper.dark)).toBeGreaterThanOrEqual(3);
    }
  });

  it('has a CSS rule for every class a chart can carry', () => {
    for (const name of Object.keys(CHART_PALETTE)) {
      for (const property of ['fill', 'stroke']) expect(css).toContain(`.chart-${property}-${name} { ${property}: var(--${name}); }`);
    }
  });
});

const headers = (table: HTMLElement) => table.querySelectorAll('thead th').map((cell) => [cell.text, cell.getAttribute('class') ?? '']);
const cells = (table: HTMLElement) => table.querySelectorAll('tbody tr').map((row) => row.querySelectorAll('td').map((cell) => cell.text));

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}
