import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { encodePicture } from '../../../src/lib/pictures/encode-picture.ts';
import { PictureFactsReader } from '../../../src/lib/pictures/picture-facts.ts';
import { thumbnailVariants, variantsFor, type PictureFacts } from '../../../src/lib/pictures/picture-plan.ts';
import { graphic, photo } from '../../helpers/pictures.ts';

const folders: string[] = [];
const folder = () => {
  const made = mkdtempSync(path.join(tmpdir(), 'backstory-pictures-'));
  folders.push(made);
  return made;
};
afterAll(() => {
  for (const made of folders) rmSync(made, { recursive: true, force: true });
});

async function factsOf(file: string, cache: string, version = 'v1', root = path.dirname(file)): Promise<PictureFacts> {
  const read = await new PictureFactsReader(cache, root, version).read(file);
  if ('error' in read) throw new Error(read.error);
  return read;
}

describe('picture facts', () => {
  it('name every file by the bytes, the code and the settings: a file rewritten at the same size is a new key, an untouched one the same', async () => {
    const root = folder();
    const cache = folder();
    const file = path.join(root, 'images', 'Front Line.jpg');
    mkdirSync(path.dirname(file), { recursive: true });
    const bytes = await photo(800, 450, 1);
    writeFileSync(file, bytes);
    const reader = new PictureFactsReader(cache, root, 'v1');
    const first = await reader.read(file);
    reader.save();
    expect(first).toMatchObject({ source: 'images/Front Line.jpg', name: 'front-line', width: 800, height: 450, format: 'jpg' });
    expect(await factsOf(file, cache, 'v1', root)).toEqual(first);
    expect((await factsOf(file, cache, 'v2')).key).not.toBe((first as PictureFacts).key);
    // One byte of the picture data changed, the file's size the same.
    bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 0xff;
    writeFileSync(file, bytes);
    expect((await factsOf(file, cache)).key).not.toBe((first as PictureFacts).key);
  });

  it('give a photograph taken on its side its upright size', async () => {
    const root = folder();
    const file = path.join(root, 'images', 'portrait.jpg');
    mkdirSync(path.dirname(file), { recursive: true });
    // Stored 600×400 with EXIF orientation 6: shown rotated, 400 wide and 600 high.
    await sharp(await photo(600, 400, 3)).withMetadata({ orientation: 6 }).toFile(file);
    const facts = await factsOf(file, folder());
    expect([facts.width, facts.height]).toEqual([400, 600]);
    const cache = folder();
    const variants = variantsFor(facts, { thumbnail: false });
    expect(await encodePicture(file, variants, cache)).toBe(variants.length);
    for (const variant of variants) {
      const meta = await sharp(path.join(cache, variant.file)).metadata();
      expect([meta.width, meta.height, meta.orientation ?? 1], variant.file).toEqual([variant.width, variant.height, 1]);
    }
  });

  it('refuse a file that is no picture, saying why', async () => {
    const root = folder();
    const file = path.join(root, 'broken.png');
    writeFileSync(file, 'not a picture');
    const read = await new PictureFactsReader(folder(), root, 'v1').read(file);
    expect(read).toEqual({ error: 'Input buffer contains unsupported image format' });
  });
});

describe('picture files', () => {
  it('are made once: a second run finds every file in the cache and makes none', async () => {
    const root = folder();
    const file = path.join(root, 'map.png');
    writeFileSync(file, await graphic(1000, 500));
    const facts = await factsOf(path.join(root, 'map.png'), folder());
    const variants = variantsFor(facts, { thumbnail: true });
    const cache = folder();
    expect(await encodePicture(file, variants, cache)).toBe(variants.length);
    expect(await encodePicture(file, variants, cache)).toBe(0);
    expect(readdirSync(cache).sort()).toEqual(variants.map((variant) => variant.file).sort());
  });

  it('are never wider than the source, and a graphic keeps a PNG fallback', () => {
    const facts: PictureFacts = { source: 'images/map.png', name: 'map', key: 'k', width: 700, height: 350, format: 'png' };
    const column = variantsFor(facts, { thumbnail: false });
    expect(column.map((variant) => variant.file)).toEqual(['map.k.400x200.avif', 'map.k.400x200.png']);
    const narrow: PictureFacts = { ...facts, width: 300, height: 150, format: 'jpg' };
    expect(variantsFor(narrow, { thumbnail: true }).map((variant) => variant.file)).toEqual([
      'map.k.300x150.avif',
      'map.k.300x150.jpg',
      // 128×96 fits in 300×150 once; twice (256×192) it does not.
      'map.k.128x96c.avif',
      'map.k.128x96c.jpg',
    ]);
  });

  it('crop a photograph to fill the thumbnail box, and fit a graphic whole inside it', async () => {
    const files = (facts: PictureFacts) => variantsFor(facts, { thumbnail: true }).map((variant) => variant.file).filter((file) => /\.(128|256)x/.test(file));
    const chart: PictureFacts = { source: 'images/chart.png', name: 'chart', key: 'k', width: 2400, height: 1350, format: 'png' };
    expect(files(chart)).toEqual(['chart.k.128x72.avif', 'chart.k.256x144.avif', 'chart.k.256x144.png']);
    expect(thumbnailVariants({ ...chart, width: 500, height: 1000 }).modern.avif[0]!.variant).toMatchObject({ width: 48, height: 96 });
    expect(files({ ...chart, format: 'jpg' })).toEqual(['chart.k.128x96c.avif', 'chart.k.256x192c.avif', 'chart.k.256x192c.jpg']);
    // A graphic as small as its 2x thumbnail: the column's file is the thumbnail's, listed (and made) once.
    expect(variantsFor({ ...chart, width: 256, height: 144 }, { thumbnail: true }).map((variant) => variant.file)).toEqual(['chart.k.256x144.avif', 'chart.k.256x144.png', 'chart.k.128x72.avif']);
    // The files made are the sizes the page declares, the graphic scaled whole.
    const root = folder();
    const file = path.join(root, 'wide.png');
    writeFileSync(file, await graphic(1000, 500));
    const facts = await factsOf(file, folder());
    const thumb = thumbnailVariants(facts);
    const cache = folder();
    const variants = [...thumb.modern.avif.map(({ variant }) => variant), thumb.fallback];
    await encodePicture(file, variants, cache);
    for (const variant of variants) {
      const meta = await sharp(path.join(cache, variant.file)).metadata();
      expect([meta.width, meta.height], variant.file).toEqual([variant.width, variant.height]);
    }
    expect(variants.map((variant) => `${variant.width}x${variant.height}`)).toEqual(['128x64', '256x128', '256x128']);
  });
});
