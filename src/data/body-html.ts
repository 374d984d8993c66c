import { withoutLinks } from '../lib/withdraw-links.ts';
import { readBody } from '../model/rendered-bodies.ts';
import type { StoredBody } from '../model/stored-article.ts';
import { withPictures } from './pictures.ts';

/**
 * A body's HTML as readers get it, on its page and in every feed: its
 * pictures in place and its links to pulled pages withdrawn. Both depend on
 * more than the Markdown (picture files, other articles' status), so they are
 * applied to the cached rendering here, never baked into it.
 */
export function bodyHtml(body: StoredBody): string {
  return withPictures(withoutLinks(readBody(body), body.withdrawnLinks), body.figures);
}
