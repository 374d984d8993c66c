import { Resvg } from '@resvg/resvg-js';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import { cardTree, type CardContent } from './card-tree.ts';

const require = createRequire(import.meta.url);
// satori reads TTF, OTF and WOFF, not WOFF2: the same faces as the site, in their WOFF files.
const FONT_FILES = [
  { name: 'Source Serif 4', weight: 700, file: '@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff' },
  { name: 'Source Sans 3', weight: 700, file: '@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff' },
  { name: 'Source Sans 3', weight: 400, file: '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff' },
] as const;

let fonts: Promise<{ name: string; weight: 400 | 700; data: Buffer; style: 'normal' }[]> | undefined;

function loadFonts() {
  fonts ??= Promise.all(FONT_FILES.map(async (font) => ({ name: font.name, weight: font.weight, style: 'normal' as const, data: await readFile(require.resolve(font.file)) })));
  return fonts;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Renders a 1200×630 PNG social card. */
export async function renderCard(content: CardContent): Promise<Buffer> {
  const svg = await satori(cardTree(content) as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: await loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng();
}
