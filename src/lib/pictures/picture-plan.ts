import { site } from '../../site.config.ts';

/** The source formats the picture step reads. */
export type SourceFormat = 'jpg' | 'png' | 'webp' | 'avif';

/** The formats a reader is sent: AVIF, and a JPEG or PNG fallback. */
export const OUTPUT_FORMATS = ['avif', 'jpg', 'png'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The folder of `dist/` that holds the processed pictures, and nothing else. */
export const PICTURES_FOLDER = '_pictures';

/**
 * What the build knows of a picture file: enough to name and size every file
 * made from it without opening it again. The content store keeps these, so a
 * page computes its `<picture>` markup from them alone.
 */
export interface PictureFacts {
  /** The source file, from the content root (`images/map.jpg`): what the picture step reads. */
  source: string;
  /** A readable stem for the files' names: the source's name, slugged. */
  name: string;
  /**
   * A digest of the source's bytes, the picture step's code (encoder and
   * installed packages) and the picture settings: every file made from the
   * picture is named by it, so a changed picture, encoder or setting is a new
   * URL and never a stale cached file.
   */
  key: string;
  /** Pixels as displayed, after the EXIF orientation is applied. */
  width: number;
  height: number;
  format: SourceFormat;
}

/** One file made from a picture. */
export interface PictureVariant {
  file: string;
  format: OutputFormat;
  width: number;
  height: number;
  /** Cropped to fill the box (thumbnails); otherwise scaled whole. */
  crop: boolean;
}

/**
 * The `<source>` formats, ahead of the fallback: a browser takes the first it
 * can decode. AVIF alone: every browser in support reads it (Chrome and
 * Firefox since 2020–21, Safari since 16.4, Edge since 121), and a WebP set
 * beside it cost as much to encode as the AVIF one, for files two to three
 * times its size (larger than the JPEG at 1200 px on the bench's
 * photographs), and 30 % of `dist/` at 10,000 articles. The few browsers
 * without AVIF take the fallback.
 */
export const MODERN_FORMATS = ['avif'] as const;

/** JPEG for photographs; a PNG stays PNG, since it is a graphic (or has transparency) that JPEG would smear. */
export const fallbackFormat = (picture: PictureFacts): OutputFormat => (picture.format === 'png' ? 'png' : 'jpg');

export const MEDIA_TYPES: Record<OutputFormat, string> = { avif: 'image/avif', jpg: 'image/jpeg', png: 'image/png' };

function variant(picture: PictureFacts, format: OutputFormat, width: number, height: number, crop: boolean): PictureVariant {
  return { file: `${picture.name}.${picture.key}.${width}x${height}${crop ? 'c' : ''}.${format}`, format, width, height, crop };
}

/** The configured widths the source can give without upscaling (its own width, when it is narrower than all of them). */
function columnWidths(picture: PictureFacts): number[] {
  const widths = site.images.widths.filter((width) => width <= picture.width);
  return widths.length ? widths : [picture.width];
}

const heightAt = (picture: PictureFacts, width: number) => Math.max(1, Math.round((picture.height * width) / picture.width));

/** The picture whole, in a column: each modern format at every width, and the fallback once, at the largest. */
export function columnVariants(picture: PictureFacts): { modern: Record<(typeof MODERN_FORMATS)[number], PictureVariant[]>; fallback: PictureVariant } {
  const widths = columnWidths(picture);
  const at = (format: OutputFormat) => widths.map((width) => variant(picture, format, width, heightAt(picture, width), false));
  const largest = Math.max(...widths);
  return {
    modern: { avif: at('avif') },
    // For the few browsers that cannot read AVIF, and for feeds: one size serves them.
    fallback: variant(picture, fallbackFormat(picture), largest, heightAt(picture, largest), false),
  };
}

/** The densities a thumbnail is offered at, of which the source is large enough for at least the first. */
const DENSITIES = [1, 2] as const;

/**
 * The thumbnail's size in CSS pixels. A photograph is cropped to fill the
 * box; a graphic (a PNG) is scaled whole to fit inside it, since a crop
 * would cut its title and labels (a 16:9 chart lost both ends of its
 * headline in a 4:3 crop).
 */
function thumbnailBox(picture: PictureFacts): { width: number; height: number; crop: boolean } {
  const { thumbnailWidth: width, thumbnailHeight: height } = site.images;
  if (picture.format !== 'png') return { width, height, crop: true };
  return {
    width: Math.max(1, Math.min(width, Math.round((picture.width * height) / picture.height))),
    height: Math.max(1, Math.min(height, Math.round((picture.height * width) / picture.width))),
    crop: false,
  };
}

/** The thumbnail on article cards: modern formats at 1x and 2x, the fallback at the sharpest. */
export function thumbnailVariants(picture: PictureFacts): { modern: Record<(typeof MODERN_FORMATS)[number], { density: number; variant: PictureVariant }[]>; fallback: PictureVariant } {
  const { width, height, crop } = thumbnailBox(picture);
  const densities = DENSITIES.filter((density, index) => index === 0 || (picture.width >= width * density && picture.height >= height * density));
  const at = (format: OutputFormat) => densities.map((density) => ({ density, variant: variant(picture, format, width * density, height * density, crop) }));
  const sharpest = Math.max(...densities);
  return { modern: { avif: at('avif') }, fallback: variant(picture, fallbackFormat(picture), width * sharpest, height * sharpest, crop) };
}

/** How a picture is shown: every picture in a column, a lead picture also as a thumbnail. */
export interface PictureUse {
  thumbnail: boolean;
}

/** Every file the build makes from a picture shown so. */
export function variantsFor(picture: PictureFacts, { thumbnail }: PictureUse): PictureVariant[] {
  const column = columnVariants(picture);
  const files = [...MODERN_FORMATS.flatMap((format) => column.modern[format]), column.fallback];
  if (thumbnail) {
    const thumb = thumbnailVariants(picture);
    files.push(...MODERN_FORMATS.flatMap((format) => thumb.modern[format].map(({ variant }) => variant)), thumb.fallback);
  }
  // A small graphic's whole thumbnail can be the very file of its column (a 256×144 PNG): made once.
  return [...new Map(files.map((file) => [file.file, file])).values()];
}

/** A variant's address on the site. */
export const pictureUrl = (variant: PictureVariant) => `/${PICTURES_FOLDER}/${variant.file}`;
