import type { IndexedImage } from './indexed-png.ts';

type Rgb = readonly [number, number, number];

/** The colours a card is painted with: `inks` on `paper`, as #rrggbb. */
export interface CardColours {
  paper: string;
  inks: readonly string[];
}

// Two pixels a byte. resvg anti-aliases in about twenty coverage steps; the
// five per ink that sixteen entries leave three inks look the same, even
// magnified three times side by side.
const BIT_DEPTH = 4;
// An anti-aliased pixel lies within rounding of the line from paper to its
// ink; anything farther was painted in a colour the palette does not know.
const MAX_OFF_RAMP = 6;
const CACHE_BITS = 12;

const rgb = (hex: string): Rgb => [Number.parseInt(hex.slice(1, 3), 16), Number.parseInt(hex.slice(3, 5), 16), Number.parseInt(hex.slice(5, 7), 16)];
/** `paper` covered by `ink` to the extent `coverage` (0 to 1), as resvg blends them. */
const blend = (paper: Rgb, ink: Rgb, coverage: number): Rgb => [0, 1, 2].map((c) => Math.round(paper[c]! + (ink[c]! - paper[c]!) * coverage)) as unknown as Rgb;

/** Coverage steps per ink: as many as a 4-bit palette holds after the paper. */
function stepsPerInk(inkCount: number): number {
  const steps = Math.floor((2 ** BIT_DEPTH - 1) / inkCount);
  if (steps < 2) throw new Error(`${inkCount} inks leave fewer than two coverage steps each in a ${2 ** BIT_DEPTH}-colour palette.`);
  return steps;
}

/** Index 0 is the paper; then, per ink, its steps from lightest to full ink. */
export function rampPalette({ paper, inks }: CardColours): Rgb[] {
  const base = rgb(paper);
  const steps = stepsPerInk(inks.length);
  return [base, ...inks.map(rgb).flatMap((ink) => Array.from({ length: steps }, (_, step) => blend(base, ink, (step + 1) / steps)))];
}

/**
 * The palette index for one opaque colour: the ink whose line from the paper
 * it lies on, and the nearest step of coverage along that line. Choosing the
 * line first keeps each glyph's edge on its own ramp, which compresses better
 * than the nearest entry of any ramp.
 */
function rampIndex(r: number, g: number, b: number, paper: Rgb, inks: Rgb[], steps: number): number {
  let best = { distance: Infinity, index: 0 };
  inks.forEach((ink, i) => {
    const d = [ink[0] - paper[0], ink[1] - paper[1], ink[2] - paper[2]] as const;
    const coverage = Math.min(1, Math.max(0, ((r - paper[0]) * d[0] + (g - paper[1]) * d[1] + (b - paper[2]) * d[2]) / (d[0] ** 2 + d[1] ** 2 + d[2] ** 2)));
    const distance = Math.hypot(r - paper[0] - coverage * d[0], g - paper[1] - coverage * d[1], b - paper[2] - coverage * d[2]);
    const step = Math.round(coverage * steps);
    if (distance < best.distance) best = { distance, index: step === 0 ? 0 : 1 + i * steps + step - 1 };
  });
  if (best.distance > MAX_OFF_RAMP) throw new Error(`Card pixel rgb(${r}, ${g}, ${b}) is not paper, ink or a blend of the two: add its colour to CARD_COLOURS.`);
  return best.index;
}

/** Sets pixels `from` to `to` (exclusive) of the zeroed 4-bit row at `line` to `index`, two a byte, high nibble first. */
function writeRun(scanlines: Uint8Array, line: number, from: number, to: number, index: number): void {
  let x = from;
  if (x % 2 === 1) scanlines[line + (x++ >> 1)]! |= index;
  for (; x + 1 < to; x += 2) scanlines[line + (x >> 1)] = index * 17;
  if (x < to) scanlines[line + (x >> 1)]! |= index << 4;
}

/**
 * Maps a card's RGBA pixels to a 4-bit palette of paper and ink ramps. A card
 * is flat colours and anti-aliased text, so every pixel is the paper blended
 * towards one ink by its coverage; keeping a few coverage steps per ink is
 * visually lossless and packs two pixels into a byte. A general quantiser
 * did worse on both counts: libimagequant (through sharp) took 14 to 24 ms a
 * card, against about 2 ms here, and its 16 colours, some spent between the
 * ramps, left the longest card at 17.2 KB, against 14.6 KB.
 */
export function quantiseCard(pixels: Uint8Array, width: number, height: number, colours: CardColours): IndexedImage {
  const paper = rgb(colours.paper);
  const inks = colours.inks.map(rgb);
  const steps = stepsPerInk(inks.length);
  const palette = rampPalette(colours);
  // Pixels as 32-bit words: a cheap key, and runs of paper compare in one step.
  // A word view needs 4-byte alignment, so an unaligned buffer is copied first.
  const aligned = pixels.byteOffset % 4 === 0 ? pixels : new Uint8Array(pixels);
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
  // A card has a hundred or so distinct colours: a small direct-mapped table
  // remembers their indices, and makes the whole pass a fifth faster than a Map.
  const keys = new Uint32Array(1 << CACHE_BITS);
  const indices = new Int8Array(1 << CACHE_BITS).fill(-1);
  const lookUp = (word: number, at: number): number => {
    const slot = Math.imul(word, 0x9e3779b1) >>> (32 - CACHE_BITS);
    if (indices[slot] !== -1 && keys[slot] === word) return indices[slot]!;
    if (aligned[at * 4 + 3] !== 255) throw new Error('Card pixels must be opaque: the card paints its paper first.');
    keys[slot] = word;
    return (indices[slot] = rampIndex(aligned[at * 4]!, aligned[at * 4 + 1]!, aligned[at * 4 + 2]!, paper, inks, steps));
  };
  const stride = 1 + Math.ceil((width * BIT_DEPTH) / 8);
  // Zeroed: every row's filter byte is 0 (none: indices do not predict one
  // another), and the paper, index 0, needs no writing at all.
  const scanlines = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    const line = y * stride + 1;
    // A card is runs of one colour (paper, solid ink): find where each ends,
    // then write it whole: two to three times faster than a pixel at a time.
    for (let x = 0; x < width; ) {
      const word = words[row + x]!;
      let end = x + 1;
      while (end < width && words[row + end] === word) end++;
      const index = lookUp(word, row + x);
      if (index !== 0) writeRun(scanlines, line, x, end, index);
      x = end;
    }
  }
  return { width, height, bitDepth: BIT_DEPTH, palette: Uint8Array.from(palette.flat()), scanlines };
}
