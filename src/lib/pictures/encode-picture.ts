import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { site } from '../../site.config.ts';
import type { PictureVariant } from './picture-plan.ts';

// libvips' operation cache would hold decoded pictures the step never asks for again.
sharp.cache(false);

let written = 0;

function encoder(pipeline: Sharp, format: PictureVariant['format']): Sharp {
  switch (format) {
    case 'avif':
      return pipeline.avif({ effort: site.images.avifEffort });
    case 'png':
      return pipeline.png();
    case 'jpg':
      // JPEG has no transparency: a transparent WebP or AVIF source lies on the page's white.
      return pipeline.flatten({ background: '#ffffff' }).jpeg();
  }
}

/**
 * Makes every file of `variants` the cache (`folder`) does not hold yet, from
 * the picture at `source`. The source is decoded once, turned upright (EXIF
 * orientation) and into sRGB, and each size is cut from those pixels: a
 * photograph's seven sizes and formats cost one decode, not seven. Each file is
 * written aside and renamed, so a build stopped mid-write never leaves a torn
 * file under a name that would serve it from then on. Returns how many files
 * it made.
 */
export async function encodePicture(source: string, variants: readonly PictureVariant[], folder: string): Promise<number> {
  const missing = variants.filter((variant) => !existsSync(path.join(folder, variant.file)));
  if (!missing.length) return 0;
  const { data, info } = await sharp(source, { failOn: 'none' }).autoOrient().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  const raw = { width: info.width, height: info.height, channels: info.channels };
  await mkdir(folder, { recursive: true });
  for (const variant of missing) {
    // 'fill' to the planned height, which is the source's shape rounded to a whole pixel: what the page declares.
    const resized = sharp(data, { raw }).resize({ width: variant.width, height: variant.height, fit: variant.crop ? 'cover' : 'fill' });
    const bytes = await encoder(resized, variant.format).toBuffer();
    const file = path.join(folder, variant.file);
    const aside = `${file}.${process.pid}-${written++}.tmp`;
    await writeFile(aside, bytes);
    await rename(aside, file);
  }
  return missing.length;
}
