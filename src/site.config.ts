/**
 * The publication's settings: one typed object, read by pages, feeds and the
 * content model. Environment overrides (site URL, content root, build clock)
 * live in `src/build-env.ts`, not here.
 */
/** The rules of the editorial lint (see `content/style.yaml` and the README's "House style"). */
export type StyleRule = 'repeated-words' | 'quotes' | 'house-style';

/** The publisher's properties (schema.org, after the Trust Project) that each point at one of its policies. */
export type TrustProperty = 'correctionsPolicy' | 'ethicsPolicy' | 'verificationFactCheckingPolicy' | 'unnamedSourcesPolicy' | 'ownershipFundingInfo' | 'masthead' | 'actionableFeedbackPolicy';

export interface SiteConfig {
  /** Publication name, used in page titles, the header and feeds. */
  title: string;
  /** One-line description for the home page, meta tags and feed channels. */
  description: string;
  /** A few words under the masthead. */
  tagline: string;
  /** Canonical origin of the published site, without a trailing slash. */
  url: string;
  /** BCP 47 language tag of the content, written to `<html lang>` and feeds. */
  language: string;
  /** Locale used to spell dates for readers ("15 August 2025"). */
  dateLocale: string;
  /**
   * IANA time zone of the newsroom. A date-only value in front matter means
   * that calendar day here, and every date a reader sees is spelled here, so
   * the output does not depend on the build machine's `TZ`.
   */
  timeZone: string;
  /** How many articles the home page lists. */
  homePageSize: number;
  /** How many developing stories the home page shows, most recently active first. */
  homeStoriesSize: number;
  /** How many of the latest articles a topic or author page lists before its months. */
  listPageSize: number;
  /** How many items a feed carries, newest first. */
  feedSize: number;
  /**
   * How many of the newest articles citing a key date the timeline, a
   * topic's key dates and the TimelineJS data name; the date's own page
   * (`/timeline/<event>/`) lists them all, by month. A date the coverage
   * keeps returning to is cited by thousands of pieces in a grown archive,
   * and a page naming them all would grow, and change, with each one.
   */
  timelineCitedSize: number;
  /**
   * How many of a story feed's newest pieces carry their full text; older
   * ones carry the dek and the link. A reader's feed app already holds the
   * text of what it fetched before, and a hundred stories' feeds would
   * otherwise repeat the archive's text (at 10,000 articles, 80 MB of dist/).
   */
  storyFeedFullText: number;
  /**
   * How many articles one search bundle holds at most (but a single month
   * with more is a bundle of its own). Search is split by year, and a year
   * with more articles is cut into runs of months (see `searchGroupNamer`
   * in `src/lib/search-groups.ts`). An edit re-indexes
   * the one bundle its article is in, at about 4 ms a page on a shared core:
   * 800 pages take about 3 s, done while Astro renders the changed pages,
   * where a year of 1,460 pages kept an edit's build waiting a second more.
   * Smaller bundles index faster, but a search reads every bundle.
   * `BACKSTORY_SEARCH_GROUP_SIZE` overrides it (see `src/build-env.ts`).
   */
  searchGroupSize: number;
  /**
   * The WebSub hub (e.g. `https://pubsubhubbub.appspot.com/`) that feed
   * readers may subscribe through for instant delivery. With one, every feed
   * names it (and itself), and `npm run notify` pings it after a deploy for
   * each feed that changed. `undefined`: no hub link, and nothing to ping.
   * `BACKSTORY_WEBSUB_HUB` overrides it (see `src/build-env.ts`).
   */
  websubHub: string | undefined;
  /** Reading speed used for "n min read", in words per minute. */
  wordsPerMinute: number;
  /**
   * Origins (scheme and host, e.g. `https://www.youtube-nocookie.com`) whose
   * pages authors may embed with `<iframe>`. Every other iframe stops the
   * build. Empty: no embeds, and the CSP forbids frames altogether.
   */
  embedOrigins: string[];
  /**
   * What each editorial rule does when a body breaks it: `error` stops the
   * build (and `npm run check`), `warning` prints `file:line: rule: message`
   * and publishes, `off` skips the rule. Direct quotes, code and link URLs
   * are never checked.
   */
  editorialStyle: Record<StyleRule, 'error' | 'warning' | 'off'>;
  /**
   * The standing page (`content/pages/<slug>.md`, at `/<slug>/`) that answers
   * each of the publisher's trust properties: every page's structured data
   * names the publisher with these addresses, which is how search engines and
   * aggregators find its policies. A slug with no page stops the build.
   */
  trustPages: Record<TrustProperty, string>;
  /**
   * The standing page that says who the publication is: its structured data
   * is an `AboutPage`, as the contact policy's is a `ContactPage`. A slug
   * with no page stops the build.
   */
  aboutPage: string;
  /** The order of the footer's "About Backstory" list: these standing pages first, then any other by title. */
  aboutPages: string[];
  /** Pictures: lead images and pictures in the body (`content/images/`). */
  images: {
    /**
     * The largest source file a picture may be, in bytes. A camera original
     * costs seconds to process and is never what a reader needs: the build
     * stops and asks for a smaller export.
     */
    maxSourceBytes: number;
    /**
     * The widths, in pixels, that a picture's `srcset` offers in AVIF; none
     * wider than the source. The JPEG or PNG fallback, for browsers that
     * cannot read AVIF and for feeds, is made at the largest alone.
     * Phones take the narrowest, wide screens and high-density displays the rest.
     */
    widths: number[];
    /** The width, in CSS pixels, of the thumbnail on article cards in listings. */
    thumbnailWidth: number;
    /**
     * The thumbnail's height, in CSS pixels. A photograph is cropped to fill
     * the box; a graphic (a PNG) is shown whole inside it.
     */
    thumbnailHeight: number;
    /**
     * How hard the AVIF encoder works, 0 to 9. AVIF is the costliest step of a
     * picture: three widths of a 1600-pixel photograph take about 1.3 s of one
     * core at sharp's default (4), 0.4 s at 2 and 0.15 s at 1, and the files
     * at 1 are within a few per cent of those at 2 (measured on the bench's
     * photographs and the launch graphics).
     * Each picture is encoded once and then cached, but an archive moved in
     * with thousands of pictures pays it in full on its first build. The
     * picture cache is keyed by these settings too: changing one makes every
     * picture's files again, under new names.
     */
    avifEffort: number;
  };
}

export const site: SiteConfig = {
  title: 'Backstory',
  description: 'Analysis that puts the news in context: what happened, why it matters, and what to watch.',
  tagline: 'The news, in context',
  url: 'https://backstory.example',
  language: 'en',
  dateLocale: 'en-GB',
  timeZone: 'Europe/London',
  homePageSize: 12,
  homeStoriesSize: 4,
  listPageSize: 10,
  feedSize: 50,
  timelineCitedSize: 3,
  storyFeedFullText: 5,
  searchGroupSize: 800,
  websubHub: undefined,
  wordsPerMinute: 230,
  embedOrigins: [],
  editorialStyle: { 'repeated-words': 'warning', quotes: 'warning', 'house-style': 'warning' },
  trustPages: {
    correctionsPolicy: 'corrections-policy',
    ethicsPolicy: 'standards',
    verificationFactCheckingPolicy: 'standards',
    unnamedSourcesPolicy: 'unnamed-sources',
    ownershipFundingInfo: 'ownership-and-funding',
    masthead: 'masthead',
    actionableFeedbackPolicy: 'contact',
  },
  aboutPage: 'about',
  aboutPages: ['about', 'masthead', 'standards', 'corrections-policy', 'unnamed-sources', 'ownership-and-funding', 'contact'],
  images: { maxSourceBytes: 5_000_000, widths: [400, 800, 1200], thumbnailWidth: 128, thumbnailHeight: 96, avifEffort: 1 },
};
