import { Resvg } from '@resvg/resvg-js';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import { quantiseCard } from './card-palette.ts';
import { CARD_COLOURS, cardTree, type CardContent } from './card-tree.ts';
import { encodeIndexedPng } from './indexed-png.ts';

const require = createRequire(import.meta.url);
// satori reads TTF, OTF and WOFF, not WOFF2: the same faces as the site, in their WOFF files.
const FONT_FILES = [
  { name: 'Source Serif 4', weight: 700, file: '@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff' },
  { name: 'Source Sans 3', weight: 700, file: '@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff' },
  { name: 'Source Sans 3', weight: 400, file: '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff' },
] as const;

// One array for the life of the worker: satori caches parsed fonts and shaped text by its identity.
let fonts: Promise<{ name: string; weight: 400 | 700; data: Buffer; style: 'normal' }[]> | undefined;

function loadFonts() {
  fonts ??= Promise.all(FONT_FILES.map(async (font) => ({ name: font.name, weight: font.weight, style: 'normal' as const, data: await readFile(require.resolve(font.file)) })));
  return fonts;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Draws the card's RGBA pixels (opaque, so premultiplying changes nothing): satori lays it out as SVG, resvg rasterises it. */
export async function drawCard(content: CardContent): Promise<{ pixels: Uint8Array; width: number; height: number }> {
  const svg = await satori(cardTree(content) as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: await loadFonts() });
  // satori has already turned the text into paths, so resvg needs no fonts:
  // scanning the system's fonts would cost more than drawing the card.
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  return { pixels: image.pixels, width: image.width, height: image.height };
}

/** Renders a 1200×630 social card as a 4-bit palette PNG of about 12 KB (resvg's own PNG is about 45 KB). */
export async function renderCard(content: CardContent): Promise<Buffer> {
  const { pixels, width, height } = await drawCard(content);
  return encodeIndexedPng(quantiseCard(pixels, width, height, CARD_COLOURS));
}
