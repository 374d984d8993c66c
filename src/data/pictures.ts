import type { GetImageResult, ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { escapeHtml } from '../lib/escape-html.ts';
import { PICTURE_PLACEHOLDER, placeholderPicture } from '../lib/picture-placeholders.ts';
import { site } from '../site.config.ts';

/** Modern formats first: a browser takes the first `<source>` it can decode. */
const MODERN_FORMATS = ['avif', 'webp'] as const;

/** The width a picture fills in the article column (42rem) or, on a phone, the screen less its margins. */
export const COLUMN_SIZES = '(min-width: 44rem) 42rem, calc(100vw - 2rem)';

export interface PictureOptions {
  alt: string;
  /** The `sizes` attribute: how wide the picture is shown at each screen width. */
  sizes: string;
  /** The lead picture: fetched first and at once (it is the page's largest paint); every other picture waits until it nears the screen. */
  priority?: boolean;
  /** A fixed box to crop into (thumbnails), in CSS pixels; otherwise the picture keeps its shape. */
  crop?: { width: number; height: number };
}

/** A picture ready to write as `<picture>`: one `<source>` per modern format and the fallback `<img>`. */
export interface ResponsivePicture {
  sources: { type: string; srcset: string; sizes: string }[];
  img: { src: string; srcset: string; sizes: string; width: number; height: number; alt: string; loading: 'eager' | 'lazy'; decoding: 'async'; fetchpriority?: 'high' };
}

/** JPEG for photographs; a PNG stays PNG, since it is a graphic (or has transparency) that JPEG would smear. */
const fallbackFormat = (image: ImageMetadata) => (image.format === 'png' ? 'png' : 'jpg');

/** The configured widths the source can give without upscaling (at least its own width, when it is narrower than all of them). */
function widthsFor(image: ImageMetadata): number[] {
  const widths = site.images.widths.filter((width) => width <= image.width);
  return widths.length ? widths : [image.width];
}

/** A transform's height as Astro gives it, or the source's shape at that width. */
const heightAt = (result: GetImageResult, image: ImageMetadata, width: number) => Number(result.attributes.height ?? Math.round((image.height * width) / image.width));

/**
 * A responsive picture through Astro's image service (sharp): AVIF and WebP
 * sources and a JPEG or PNG fallback, each at the configured widths, with the
 * source's own width and height so the page keeps its place before the
 * picture arrives. Astro writes each transform once and keeps it in its cache
 * by a digest of the source file and the options, so a build processes only
 * new or changed pictures.
 */
export async function responsivePicture(image: ImageMetadata, { alt, sizes: shownSizes, priority = false, crop }: PictureOptions): Promise<ResponsivePicture> {
  // A cropped thumbnail has one size, offered at 1x and 2x: density descriptors take no `sizes`.
  const sizes = crop ? '' : shownSizes;
  const transform = crop
    ? { width: crop.width, height: crop.height, fit: 'cover' as const, densities: [1, 2] }
    : { width: Math.max(...widthsFor(image)), widths: widthsFor(image) };
  const [fallback, ...modern] = await Promise.all(
    [fallbackFormat(image), ...MODERN_FORMATS].map((format) => getImage({ src: image, format, ...transform })),
  );
  const width = Number(fallback!.attributes.width ?? crop?.width ?? image.width);
  const height = crop?.height ?? heightAt(fallback!, image, width);
  return {
    sources: modern.map((result, index) => ({ type: `image/${MODERN_FORMATS[index]}`, srcset: result.srcSet.attribute, sizes })),
    img: {
      src: fallback!.src,
      srcset: fallback!.srcSet.attribute,
      sizes,
      width,
      height,
      alt,
      loading: priority ? 'eager' : 'lazy',
      decoding: 'async',
      ...(priority ? { fetchpriority: 'high' as const } : {}),
    },
  };
}

// An empty alt is kept: it is what tells a screen reader the picture is decoration.
const attributes = (values: Record<string, string | number | undefined>) =>
  Object.entries(values)
    .filter(([name, value]) => value !== undefined && !(value === '' && name !== 'alt'))
    .map(([name, value]) => `${name}="${escapeHtml(String(value))}"`)
    .join(' ');

/** The `<picture>` element's HTML. */
export function pictureHtml({ sources, img }: ResponsivePicture, className?: string): string {
  const sourceTags = sources.map((source) => `<source ${attributes(source)}>`).join('');
  return `<picture>${sourceTags}<img ${attributes({ ...img, class: className })}></picture>`;
}

/** The fallback at its largest width, for feeds and structured data, which take one URL. */
export async function largestFallback(image: ImageMetadata): Promise<{ src: string; width: number; height: number; type: string }> {
  const format = fallbackFormat(image);
  const width = Math.max(...widthsFor(image));
  const result = await getImage({ src: image, format, width });
  return { src: result.src, width, height: heightAt(result, image, width), type: format === 'png' ? 'image/png' : 'image/jpeg' };
}

/**
 * A rendered body with each picture placeholder replaced by its responsive
 * `<picture>`. `pictures` are the body's figures, their files resolved by
 * the content store (by the path written in the Markdown).
 */
export async function withPictures(html: string, pictures: readonly { src: string; image: ImageMetadata }[]): Promise<string> {
  if (!pictures.length) return html;
  const bySrc = new Map(pictures.map((picture) => [picture.src, picture.image]));
  const replacements = new Map<string, string>();
  for (const [placeholder, attribute] of html.matchAll(PICTURE_PLACEHOLDER)) {
    const { src, alt } = placeholderPicture(attribute!);
    const image = bySrc.get(src);
    // The loader has checked every picture's file; this guards the invariant.
    if (!image) throw new Error(`The picture "${src}" was not resolved by the content store.`);
    replacements.set(placeholder, pictureHtml(await responsivePicture(image, { alt, sizes: COLUMN_SIZES })));
  }
  return html.replace(PICTURE_PLACEHOLDER, (placeholder) => replacements.get(placeholder)!);
}
