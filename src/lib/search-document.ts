import { escapeHtml } from './escape-html.ts';
import { picturesAsAltText } from './picture-placeholders.ts';
import type { SearchDocument } from './search-groups.ts';

/**
 * The page Pagefind indexes for an article: what the article page marks
 * `data-pagefind-body` (the kicker, if the page has one, the headline as the
 * result's title, the dek and the body), in the same order, without the furniture the page
 * tells Pagefind to ignore; a picture by its alt text, as Pagefind reads it
 * on the page. Built from the content rather than read back from
 * `dist/`, so that search can be indexed while the pages are still being
 * rendered, and an index is keyed by what it shows.
 */
export function searchDocumentHtml(document: SearchDocument, bodyHtml: string, language: string): string {
  return [
    `<!doctype html><html lang="${escapeHtml(language)}"><head><meta charset="utf-8"><title>${escapeHtml(document.title)}</title></head><body>`,
    '<article data-pagefind-body><header>',
    ...(document.kind ? [`<p>${escapeHtml(document.kind)}</p>`] : []),
    `<h1 data-pagefind-meta="title">${escapeHtml(document.title)}</h1>`,
    `<p>${escapeHtml(document.description)}</p>`,
    '</header><div>',
    picturesAsAltText(bodyHtml),
    '</div></article></body></html>',
  ].join('');
}
