import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readBuildEnv } from '../build-env';
import { getPublication } from '../data/publication';
import { encodePicture } from '../lib/pictures/encode-picture';
import { MEDIA_TYPES, variantsFor, type PictureFacts, type PictureVariant } from '../lib/pictures/picture-plan';

/**
 * `/_pictures/<file>` in a preview server only (injected by `previewMode`):
 * a build makes every picture's files itself (`processedPictures`).
 */
export const getStaticPaths = (async () => {
  const { articles, stories } = await getPublication();
  const shown: { picture: PictureFacts; thumbnail: boolean }[] = [
    ...articles.flatMap((article) => [...(article.image ? [{ picture: article.image.src, thumbnail: true }] : []), ...article.body.figures.map(({ picture }) => ({ picture, thumbnail: false }))]),
    ...stories.flatMap(({ story }) => story.body.figures.map(({ picture }) => ({ picture, thumbnail: false }))),
  ];
  // The extension is the route's own (one route per format, see previewMode): a name stands for each of its formats.
  const byName = new Map<string, { picture: PictureFacts; variants: PictureVariant[] }>();
  for (const { picture, thumbnail } of shown) {
    for (const variant of variantsFor(picture, { thumbnail })) {
      const name = variant.file.slice(0, -`.${variant.format}`.length);
      const known = byName.get(name) ?? { picture, variants: [] };
      if (!known.variants.some((other) => other.file === variant.file)) known.variants.push(variant);
      byName.set(name, known);
    }
  }
  return [...byName].map(([file, props]) => ({ params: { file }, props }));
}) satisfies GetStaticPaths;

/** The file, made on request into the same cache a build fills. */
export const GET: APIRoute<{ picture: PictureFacts; variants: PictureVariant[] }> = async ({ props: { picture, variants }, url }) => {
  const variant = variants.find((candidate) => url.pathname.endsWith(`/${candidate.file}`));
  if (!variant) return new Response(null, { status: 404 });
  const { contentRoot, pictureCacheDir } = readBuildEnv();
  await encodePicture(path.join(contentRoot, picture.source), [variant], pictureCacheDir);
  const bytes = await readFile(path.join(pictureCacheDir, variant.file));
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': MEDIA_TYPES[variant.format] } });
};
