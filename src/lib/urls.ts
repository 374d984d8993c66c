const pad = (month: number) => String(month).padStart(2, '0');

/** The `[year]/[month]` route parameters of a month page, spelled as its URL spells them. */
export const monthParams = (year: number, month: number) => ({ year: String(year), month: pad(month) });

/** Fragment id of an article's n-th correction (0-based), stable while corrections are only appended. */
export const correctionAnchor = (index: number) => `correction-${index + 1}`;

/** Fragment id of a retraction notice on its article's page. */
export const RETRACTION_ANCHOR = 'retraction';

/** Fragment id of a story update, from its time: stable while the update keeps its time. */
export const storyUpdateAnchor = (at: Date) => `update-${at.toISOString().slice(0, 16).replace(/[-:]/g, '').toLowerCase()}z`;

/** Site-relative URLs of every page type, in one place so links and routes agree. */
export const urls = {
  home: () => '/',
  article: (slug: string) => `/articles/${slug}/`,
  author: (slug: string) => `/authors/${slug}/`,
  tags: () => '/tags/',
  tag: (slug: string) => `/tags/${slug}/`,
  archive: () => '/archive/',
  archiveYear: (year: number) => `/archive/${year}/`,
  archiveMonth: (year: number, month: number) => `/archive/${year}/${pad(month)}/`,
  /** One month of a topic's or an author's articles, under the listing's own URL. */
  listingMonth: (base: string, year: number, month: number) => `${base}${year}/${pad(month)}/`,
  stories: () => '/stories/',
  story: (slug: string) => `/stories/${slug}/`,
  /** A story update's permanent address: its anchor is its time, in UTC to the minute. */
  storyUpdate: (slug: string, at: Date) => `/stories/${slug}/#${storyUpdateAnchor(at)}`,
  people: () => '/people/',
  person: (slug: string) => `/people/${slug}/`,
  timeline: () => '/timeline/',
  timelineEvent: (id: string) => `/timeline/#event-${id}`,
  /** A key date's own page: the event and every article citing it, by month. */
  event: (id: string) => `/timeline/${id}/`,
  corrections: () => '/corrections/',
  subscribe: () => '/subscribe/',
  search: () => '/search/',
  card: (slug: string) => `/og/${slug}.png`,
  /** A standing page (about, standards, contact…): at the site's top level. */
  page: (slug: string) => `/${slug}/`,
};
