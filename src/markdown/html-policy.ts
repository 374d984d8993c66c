import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

const defaults = defaultSchema.attributes ?? {};
const FORM_ATTRIBUTES = new Set(['action', 'method', 'encType', 'acceptCharset', 'accept', 'accessKey']);

/**
 * What author HTML may contain: GitHub's allow-list (the one rehype-sanitize
 * ships), plus the elements analysis needs (figures, captions, abbreviations,
 * times) and iframes, whose origins `rehype-embed-allow-list` checks. No
 * script, style, form, base, meta, object or embed; no event handlers or
 * inline styles; links only to http(s) and mailto; author ids and names are
 * prefixed so they cannot clobber DOM globals.
 */
export const htmlPolicy: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []).filter((tag) => tag !== 'input'), 'figure', 'figcaption', 'abbr', 'mark', 'small', 'cite', 'time', 'caption', 'iframe'],
  attributes: {
    ...defaults,
    '*': (defaults['*'] ?? []).filter((name) => typeof name !== 'string' || !FORM_ATTRIBUTES.has(name)),
    // rehype-embed-allow-list overwrites sandbox and referrerPolicy whatever the author wrote.
    iframe: ['src', 'title', 'loading', 'allowFullScreen', 'sandbox', 'referrerPolicy'],
    time: ['dateTime'],
    img: [...(defaults.img ?? []), 'loading'],
  },
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
  // Dropped with their contents, not unwrapped: a stylesheet is not prose.
  strip: ['script', 'style', 'template', 'noscript'],
  clobberPrefix: 'user-content-',
  clobber: ['ariaDescribedBy', 'ariaLabelledBy', 'id', 'name'],
};
