import { appendFile, cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cachedCard, cardHash } from '../../../src/lib/cards/card-cache.ts';
import { cardCodeVersion } from '../../../src/lib/cards/card-code-version.ts';
import { quantiseCard, rampPalette } from '../../../src/lib/cards/card-palette.ts';
import { CARD_COLOURS, headlineSize } from '../../../src/lib/cards/card-tree.ts';
import { drawCard, renderCard } from '../../../src/lib/cards/render-card.ts';

const content = { kicker: 'Analysis', title: 'Why talks are unlikely to end the war', byline: 'Analysis Desk', date: '12 August 2025', publication: 'Backstory' };
// The most a card draws: a four-line headline at the smallest size, and three authors.
const longest = {
  kicker: 'Explainer',
  title: 'Mobilisation, morale and the limits of conscription in a long war between two exhausted armies that neither can afford to lose',
  byline: 'Oksana Petrenko, Jean-Luc Moreau, Priya Natarajan',
  date: '28 August 2025',
  publication: 'Backstory',
};
/** What the issue asks a card to weigh at most, in bytes. */
const CARD_BUDGET = 15 * 1024;

/** The chunks of a PNG, in order. */
function chunks(png: Buffer): { type: string; data: Buffer }[] {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  const found = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    found.push({ type: png.toString('latin1', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return found;
}

/** The RGB of every pixel of a 4-bit palette PNG with unfiltered rows, as this encoder writes it. */
function decode(png: Buffer): { width: number; height: number; rgb: Uint8Array } {
  const all = chunks(png);
  const header = all.find((chunk) => chunk.type === 'IHDR')!.data;
  const [width, height] = [header.readUInt32BE(0), header.readUInt32BE(4)];
  const palette = all.find((chunk) => chunk.type === 'PLTE')!.data;
  const rows = inflateSync(Buffer.concat(all.filter((chunk) => chunk.type === 'IDAT').map((chunk) => chunk.data)));
  const stride = 1 + Math.ceil(width / 2);
  const rgb = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    expect(rows[y * stride]).toBe(0);
    for (let x = 0; x < width; x++) {
      const byte = rows[y * stride + 1 + (x >> 1)]!;
      const index = x % 2 === 0 ? byte >> 4 : byte & 15;
      rgb.set(palette.subarray(index * 3, index * 3 + 3), (y * width + x) * 3);
    }
  }
  return { width, height, rgb };
}

const hex = (colour: string) => [1, 3, 5].map((at) => Number.parseInt(colour.slice(at, at + 2), 16));

describe('social cards', () => {
  it('renders a 1200×630 PNG with the bundled fonts', async () => {
    const png = await renderCard(content);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('draws a 4-bit palette PNG within the byte budget, even for the longest headline', async () => {
    for (const card of [content, longest]) {
      const png = await renderCard(card);
      const all = chunks(png);
      expect(all.map((chunk) => chunk.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
      const header = all[0]!.data;
      // Width, height, bit depth 4, colour type 3 (palette), deflate, no interlacing.
      expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9], header[10], header[12]]).toEqual([1200, 630, 4, 3, 0, 0]);
      expect(all[1]!.data.length).toBe(16 * 3);
      expect(png.length).toBeLessThanOrEqual(CARD_BUDGET);
    }
  });

  it('keeps every pixel within half a coverage step of what the renderer drew', async () => {
    const drawn = await drawCard(longest);
    const { width, height, rgb } = decode(await renderCard(longest));
    expect([width, height]).toEqual([drawn.width, drawn.height]);
    let worst = 0;
    let total = 0;
    for (let pixel = 0; pixel < width * height; pixel++) {
      for (let channel = 0; channel < 3; channel++) {
        const error = Math.abs(rgb[pixel * 3 + channel]! - drawn.pixels[pixel * 4 + channel]!);
        worst = Math.max(worst, error);
        total += error;
      }
    }
    // Five steps from paper to ink: half a step of the widest ramp is (252 − 27) / 10.
    expect(worst).toBeLessThanOrEqual(23);
    expect(total / (width * height * 3)).toBeLessThan(0.5);
  });

  it('keeps the paper and every ink exactly', () => {
    const palette = rampPalette(CARD_COLOURS);
    expect(palette[0]).toEqual(hex(CARD_COLOURS.paper));
    for (const ink of CARD_COLOURS.inks) expect(palette).toContainEqual(hex(ink));
  });

  it('refuses a colour that is not paper, ink or a blend of the two', () => {
    const pixels = new Uint8Array(2 * 1 * 4);
    pixels.set([...hex(CARD_COLOURS.paper), 255, 0, 200, 0, 255]);
    expect(() => quantiseCard(pixels, 2, 1, CARD_COLOURS)).toThrow(/rgb\(0, 200, 0\).*CARD_COLOURS/);
  });

  it('packs two pixels a byte, odd widths included', () => {
    const [paper, ink] = [hex(CARD_COLOURS.paper), hex(CARD_COLOURS.inks[0])];
    const pixels = Uint8Array.from([...paper, 255, ...ink, 255, ...ink, 255]);
    const { scanlines, bitDepth } = quantiseCard(pixels, 3, 1, CARD_COLOURS);
    expect(bitDepth).toBe(4);
    // Filter byte 0, then paper (0) and full ink (5), then full ink and padding.
    expect([...scanlines]).toEqual([0, 0x05, 0x50]);
  });

  it('draws a card once per content hash and reuses it until the content changes', async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'cards-'));
    let renders = 0;
    const render = async () => {
      renders++;
      return Buffer.from(`card ${renders}`);
    };
    expect(String(await cachedCard(content, 'code-1', cacheDir, render))).toBe('card 1');
    expect(String(await cachedCard({ ...content }, 'code-1', cacheDir, render))).toBe('card 1');
    expect(renders).toBe(1);
    expect(String(await cachedCard({ ...content, title: 'A corrected headline' }, 'code-1', cacheDir, render))).toBe('card 2');
    expect(await readdir(cacheDir)).toHaveLength(2);
    expect(cardHash(content, 'code-1')).not.toBe(cardHash({ ...content, date: '13 August 2025' }, 'code-1'));
    // New drawing code draws the card again.
    expect(String(await cachedCard(content, 'code-2', cacheDir, render))).toBe('card 3');
    await rm(cacheDir, { recursive: true, force: true });
  });

  it('keys cards by the drawing code: any change to a file in src/lib/cards/ draws every card again', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'card-code-'));
    const source = new URL('../../../src/lib/cards/', import.meta.url);
    await cp(source, folder, { recursive: true });
    const url = pathToFileURL(`${folder}/`);
    const before = cardCodeVersion(url);
    expect(cardCodeVersion(url)).toBe(before);
    await appendFile(path.join(folder, 'card-tree.ts'), '\n// a design change\n');
    expect(cardCodeVersion(url)).not.toBe(before);
    await rm(folder, { recursive: true, force: true });
  });

  it('sets long headlines smaller', () => {
    expect(headlineSize('Short')).toBeGreaterThan(headlineSize('A considerably longer headline that runs on and on, as some do, past a hundred characters'));
  });
});
