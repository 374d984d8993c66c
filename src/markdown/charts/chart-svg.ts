import type { Element, ElementContent, Properties } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { find, svg } from 'property-information';
import type { Loader, View, ViewOptions } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { isObject, type JsonObject } from './data-files.ts';

/**
 * The light theme's colours, exactly as `src/styles/global.css` and
 * `src/styles/charts.css` define them (a test holds them equal). A chart is
 * drawn in these, so its SVG reads right on its own (feeds, print); on the
 * site each one also gets a class (`chart-fill-ink`, `chart-stroke-series-2`…)
 * whose CSS rule sets the theme's variable, and CSS beats a presentation
 * attribute, so the chart follows the theme switch.
 */
export const CHART_PALETTE = {
  ink: '#1b1a18',
  muted: '#57534c',
  rule: '#d9d3c7',
  'series-1': '#1f6fb2',
  'series-2': '#c2570c',
  'series-3': '#1b7f63',
  'series-4': '#8e4585',
} as const;

const ROLE_OF_COLOUR = new Map(Object.entries(CHART_PALETTE).map(([role, colour]) => [colour, role]));

/** The site's sans, quoted because a family name with a bare number in it is not valid CSS unquoted. */
const FONT = "'Source Sans 3', sans-serif";

/**
 * What every chart starts from; a spec's own `config` is merged over it.
 * No background and no frame, so the page's paper shows; guides in ink,
 * muted ticks and rule-coloured grid lines; the series colours in order.
 * Vega's ARIA attributes are off: the SVG is one image with one label, and
 * the data table says the rest.
 */
const THEME: NonNullable<TopLevelSpec['config']> = {
  aria: false,
  font: FONT,
  view: { stroke: null, continuousWidth: 400, continuousHeight: 240 },
  axis: { labelColor: CHART_PALETTE.ink, titleColor: CHART_PALETTE.ink, domainColor: CHART_PALETTE.muted, tickColor: CHART_PALETTE.muted, gridColor: CHART_PALETTE.rule, labelFontSize: 12, titleFontSize: 12 },
  legend: { labelColor: CHART_PALETTE.ink, titleColor: CHART_PALETTE.ink, labelFontSize: 12, titleFontSize: 12 },
  header: { labelColor: CHART_PALETTE.ink, titleColor: CHART_PALETTE.ink },
  mark: { color: CHART_PALETTE['series-1'] },
  text: { color: CHART_PALETTE.ink },
  range: { category: [CHART_PALETTE['series-1'], CHART_PALETTE['series-2'], CHART_PALETTE['series-3'], CHART_PALETTE['series-4']] },
};

/** What Vega-Lite or Vega said of a spec it could not draw, in its own words. */
export class InvalidChart extends Error {
  readonly library: 'Vega-Lite' | 'Vega';
  constructor(library: 'Vega-Lite' | 'Vega', message: string) {
    super(message);
    this.library = library;
  }
}

/** A Vega logger that keeps every warning and error, so none is lost in a build log: each stops the build. */
function collectingLogger(said: string[]): NonNullable<ViewOptions['logger']> {
  const keep = (args: unknown[]) => void said.push(args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(' '));
  return {
    level: () => 2,
    error(...args) {
      keep(args);
      return this;
    },
    warn(...args) {
      keep(args);
      return this;
    },
    info() {
      return this;
    },
    debug() {
      return this;
    },
  };
}

/**
 * Dates in UTC, whatever the build machine's `TZ`: a temporal field gets a
 * UTC scale and a time unit its UTC twin, unless the spec chose otherwise.
 * Vega reads `2025-08-15` as UTC midnight; a local scale would draw it on
 * the 14th west of Greenwich.
 */
function inUtc(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(inUtc);
  if (!isObject(value)) return value;
  const copy: Record<string, unknown> = Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inUtc(item)]));
  if (typeof copy.timeUnit === 'string' && !copy.timeUnit.startsWith('utc')) copy.timeUnit = `utc${copy.timeUnit}`;
  if (isObject(copy.timeUnit) && !('utc' in copy.timeUnit)) copy.timeUnit = { ...copy.timeUnit, utc: true };
  if (copy.type === 'temporal' && 'field' in copy && copy.scale !== null && !(isObject(copy.scale) && 'type' in copy.scale)) {
    copy.scale = { type: 'utc', ...(isObject(copy.scale) ? copy.scale : {}) };
  }
  return copy;
}

/**
 * Vega's data loader, handed the files the plugin has already read and
 * checked: anything else, and every image or link, is refused and noted (Vega
 * itself would only leave the image empty). Charts never reach the network
 * or the disk on their own.
 */
function offlineLoader(files: ReadonlyMap<string, string>, said: string[]): Loader {
  const refused = (uri: string) => {
    said.push(`"${uri}" cannot be loaded: a chart reads only the data files named in its spec, and shows no images or links`);
  };
  return {
    // Vega catches a failed data load (and logs it, which stops the build); a failed image or link it does not, so those resolve empty.
    load: async (uri) => files.get(uri) ?? (refused(uri), Promise.reject(new Error(`"${uri}" is not a data file of this chart`))),
    sanitize: async (uri) => (refused(uri), { href: '' }),
    http: async (uri) => (refused(uri), ''),
    file: async (uri) => (refused(uri), ''),
  };
}

/**
 * Vega-Lite, loaded once. On load it gives every Set an enumerable `toJSON`
 * (for its own hashing), which turns up in any `for…in` over a Set: Astro's
 * build iterates its client assets that way when this renders on Astro's own
 * thread, and reads a file named "toJSON". The method stays; it is made
 * non-enumerable, as a built-in method would be.
 */
let vegaLite: Promise<typeof import('vega-lite')> | undefined;
function loadVegaLite(): Promise<typeof import('vega-lite')> {
  vegaLite ??= import('vega-lite').then((module) => {
    const descriptor = Object.getOwnPropertyDescriptor(Set.prototype, 'toJSON');
    if (descriptor?.enumerable) Object.defineProperty(Set.prototype, 'toJSON', { ...descriptor, enumerable: false });
    return module;
  });
  return vegaLite;
}

/** Draws a spec (its title already taken out) as SVG text, or throws `InvalidChart` with what Vega-Lite or Vega said. */
async function drawSvg(spec: JsonObject, files: ReadonlyMap<string, string>): Promise<string> {
  // Imported when a body has a chart: most have none, and Vega costs a worker about 0.2 s to load.
  const [{ parse, View }, { compile }] = await Promise.all([import('vega'), loadVegaLite()]);
  const said: string[] = [];
  const logger = collectingLogger(said);
  let vega;
  try {
    vega = compile(inUtc(spec) as TopLevelSpec, { config: THEME, logger }).spec;
  } catch (error) {
    const { message } = error as Error;
    // A TypeError is Vega-Lite tripping over something it did not expect, and its words alone do not say what.
    throw new InvalidChart('Vega-Lite', error instanceof TypeError ? `${message} (it stopped on something it did not expect, often a misspelt "mark" or property name)` : message);
  }
  if (said.length) throw new InvalidChart('Vega-Lite', said.join(' '));
  // Transparent whatever the spec's config says: the page's paper shows through in either theme.
  delete vega.background;
  let view: View | undefined;
  try {
    view = new View(parse(vega), { renderer: 'none', loader: offlineLoader(files, said), logger });
    const svgText = await view.toSVG();
    if (said.length) throw new Error([...new Set(said)].join(' '));
    return svgText;
  } catch (error) {
    throw new InvalidChart('Vega', (error as Error).message);
  } finally {
    view?.finalize();
  }
}

/** Attributes that say nothing once the SVG is one labelled image in our CSS: Vega's classes and ARIA, and defaults. */
const DROPPED = new Set(['class', 'role', 'pointer-events', 'stroke-miterlimit', 'version', 'xmlns:xlink']);
const DEFAULT_VALUES: Record<string, string> = { opacity: '1', transform: 'translate(0,0)', 'font-family': FONT, 'stroke-width': '1', x1: '0', y1: '0', x2: '0', y2: '0' };
/** Attributes holding coordinates, which Vega writes to 17 digits. */
const GEOMETRY = new Set(['d', 'transform', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'width', 'height', 'rx', 'ry', 'cx', 'cy', 'r', 'dx', 'dy', 'points', 'stroke-width']);
const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;

/** One decimal is a tenth of a pixel: finer than any screen, and a third of the bytes. */
function roundNumbers(value: string): string {
  return value.replace(NUMBER, (number) => {
    const rounded = Math.round(Number(number) * 10) / 10;
    return Object.is(rounded, -0) ? '0' : String(rounded);
  });
}

const attributeOf = (property: string) => find(svg, property).attribute;

/**
 * The SVG's own ids (clip paths, gradients), renamed in order of appearance
 * under the chart's id: Vega numbers them per process, so two charts on a
 * page would collide, and a build's output would depend on its order.
 */
class LocalIds {
  readonly #prefix: string;
  readonly #names = new Map<string, string>();
  constructor(prefix: string) {
    this.#prefix = prefix;
  }
  rename(id: string): string {
    let name = this.#names.get(id);
    if (!name) {
      name = `${this.#prefix}-${id.replace(/[^a-z]+/gi, '') || 'def'}-${this.#names.size + 1}`;
      this.#names.set(id, name);
    }
    return name;
  }
}

/**
 * Vega's SVG, made small and themable: coordinates rounded, defaults and
 * Vega's ARIA and classes dropped, invisible group backgrounds and empty
 * groups removed, palette colours given their class, ids made the chart's own.
 */
function tidy(node: Element, ids: LocalIds): ElementContent[] {
  const vegaClasses = Array.isArray(node.properties.className) ? node.properties.className : [];
  const wasGroupBackground = node.tagName === 'path' && (vegaClasses.includes('background') || vegaClasses.includes('foreground'));
  const properties: Properties = {};
  const classes: string[] = [];
  for (const [property, value] of Object.entries(node.properties)) {
    const attribute = attributeOf(property);
    let text = Array.isArray(value) ? value.join(' ') : String(value);
    if (DROPPED.has(attribute) || attribute.startsWith('aria-') || DEFAULT_VALUES[attribute] === text) continue;
    if (attribute === 'display' && text === 'none') return [];
    if (GEOMETRY.has(attribute)) text = roundNumbers(text);
    if (attribute === 'id') text = ids.rename(text);
    text = text.replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${ids.rename(id)})`);
    if (attribute === 'fill' || attribute === 'stroke') {
      const role = ROLE_OF_COLOUR.get(text.toLowerCase() as (typeof CHART_PALETTE)[keyof typeof CHART_PALETTE]);
      if (role) classes.push(`chart-${attribute}-${role}`);
    }
    properties[property] = text;
  }
  if (wasGroupBackground && !('fill' in properties) && !('stroke' in properties)) return [];
  if (classes.length) properties.className = classes;
  const children = node.children.flatMap((child) => (child.type === 'element' ? tidy(child, ids) : child.type === 'text' ? [child] : []));
  if (node.tagName === 'g' && !children.length) return [];
  // A group with nothing left on it does nothing: its children stand in its place.
  if (node.tagName === 'g' && !Object.keys(properties).length) return children;
  return [{ ...node, properties, children }];
}

/**
 * A chart as an inline `<svg>` element: width and height kept (no layout
 * shift), a `viewBox` so CSS can scale it, `role="img"` and the chart's
 * description as its `aria-label`, out of the search index (Pagefind), the
 * site's sans once on the root. Throws `InvalidChart` when Vega-Lite or
 * Vega cannot draw the spec.
 */
export async function chartSvg(spec: JsonObject, files: ReadonlyMap<string, string>, idPrefix: string, label: string): Promise<Element> {
  const fragment = fromHtml(await drawSvg(spec, files), { fragment: true, space: 'svg' });
  const drawn = fragment.children.find((child): child is Element => child.type === 'element' && child.tagName === 'svg');
  if (!drawn) throw new InvalidChart('Vega', 'it drew no SVG');
  const [root] = tidy(drawn, new LocalIds(idPrefix)) as [Element];
  const { width, height, viewBox, ...rest } = root.properties;
  // Search indexes the table's data, not the axes' tick labels.
  root.properties = { width, height, viewBox: viewBox ?? `0 0 ${width} ${height}`, role: 'img', ariaLabel: label, dataPagefindIgnore: '', fontFamily: FONT, ...rest };
  return root;
}
