import { escapeHtml } from '../lib/escape-html.ts';
import { PICTURE_PLACEHOLDER, placeholderPicture } from '../lib/picture-placeholders.ts';
import { columnVariants, MEDIA_TYPES, MODERN_FORMATS, pictureUrl, thumbnailVariants, type PictureFacts } from '../lib/pictures/picture-plan.ts';
import { site } from '../site.config.ts';

/** The width a picture fills in the article column (42rem) or, on a phone, the screen less its margins. */
export const COLUMN_SIZES = '(min-width: 44rem) 42rem, calc(100vw - 2rem)';

export interface PictureOptions {
  alt: string;
  /** The `sizes` attribute: how wide the picture is shown at each screen width. */
  sizes: string;
  /** The lead picture: fetched first and at once (it is the page's largest paint); every other picture waits until it nears the screen. */
  priority?: boolean;
  /** The thumbnail of cards in listings (in a box of `site.images.thumbnailWidth` × `thumbnailHeight`: a photograph cropped, a graphic whole), instead of the picture in a column. */
  thumbnail?: boolean;
}

/** A picture ready to write as `<picture>`: one `<source>` per modern format and the fallback `<img>`. */
export interface ResponsivePicture {
  sources: { type: string; srcset: string; sizes: string }[];
  img: { src: string; width: number; height: number; alt: string; loading: 'eager' | 'lazy'; decoding: 'async'; fetchpriority?: 'high' };
}

/**
 * A responsive picture: AVIF sources at the configured widths and
 * the JPEG or PNG fallback, named by the files the picture step makes
 * (`picture-plan.ts`), with the shown width and height so the page keeps its
 * place before the picture arrives. Computed from the facts the content store
 * keeps: no file is opened.
 */
export function responsivePicture(picture: PictureFacts, { alt, sizes: shownSizes, priority = false, thumbnail = false }: PictureOptions): ResponsivePicture {
  let sources: ResponsivePicture['sources'];
  let fallback: { src: string; width: number; height: number };
  if (thumbnail) {
    // One size, offered at 1x and 2x: density descriptors take no `sizes`.
    const thumb = thumbnailVariants(picture);
    sources = MODERN_FORMATS.map((format) => ({ type: MEDIA_TYPES[format], srcset: thumb.modern[format].map(({ density, variant }) => `${pictureUrl(variant)} ${density}x`).join(', '), sizes: '' }));
    // The box's size, which a graphic's whole picture sits inside (object-fit: contain): what the card reserves.
    fallback = { src: pictureUrl(thumb.fallback), width: site.images.thumbnailWidth, height: site.images.thumbnailHeight };
  } else {
    const column = columnVariants(picture);
    sources = MODERN_FORMATS.map((format) => ({ type: MEDIA_TYPES[format], srcset: column.modern[format].map((variant) => `${pictureUrl(variant)} ${variant.width}w`).join(', '), sizes: shownSizes }));
    // The source's own shape at the largest width: what the box reserves whichever file arrives.
    fallback = { src: pictureUrl(column.fallback), width: column.fallback.width, height: column.fallback.height };
  }
  return {
    sources,
    img: {
      ...fallback,
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
export function largestFallback(picture: PictureFacts): { src: string; width: number; height: number; type: string } {
  const { fallback } = columnVariants(picture);
  return { src: pictureUrl(fallback), width: fallback.width, height: fallback.height, type: MEDIA_TYPES[fallback.format] };
}

/**
 * A rendered body with each picture placeholder replaced by its responsive
 * `<picture>`. `pictures` are the body's figures, with the facts of their
 * files (by the path written in the Markdown).
 */
export function withPictures(html: string, pictures: readonly { src: string; picture: PictureFacts }[]): string {
  if (!pictures.length) return html;
  const bySrc = new Map(pictures.map(({ src, picture }) => [src, picture]));
  const replacements = new Map<string, string>();
  for (const [placeholder, attribute] of html.matchAll(PICTURE_PLACEHOLDER)) {
    const { src, alt } = placeholderPicture(attribute!);
    const picture = bySrc.get(src);
    // The loader has checked every picture's file; this guards the invariant.
    if (!picture) throw new Error(`The picture "${src}" has no facts in the content store.`);
    replacements.set(placeholder, pictureHtml(responsivePicture(picture, { alt, sizes: COLUMN_SIZES })));
  }
  return html.replace(PICTURE_PLACEHOLDER, (placeholder) => replacements.get(placeholder)!);
}
