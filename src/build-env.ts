import path from 'node:path';
import { site } from './site.config.ts';

/**
 * Everything a build takes from its environment, resolved in one place so
 * that tests, the benchmark and CI steer a build the same way.
 */
export interface BuildEnv {
  /** Absolute path of the content root (`content/` unless `BACKSTORY_CONTENT_DIR` is set). */
  contentRoot: string;
  /** The build clock: articles scheduled after it are not published. `BACKSTORY_NOW` overrides it. */
  now: Date;
  /** Site origin overriding `site.url`, from `BACKSTORY_SITE_URL`. */
  siteUrl: string | undefined;
  /** Astro's cache folder (content store, images), from `BACKSTORY_CACHE_DIR`; Astro's default when unset. */
  cacheDir: string | undefined;
  /** Where social cards are cached by content hash, inside the cache folder. */
  cardCacheDir: string;
  /** Where processed pictures are cached by the digest of their source, code and settings, inside the cache folder. */
  pictureCacheDir: string;
  /**
   * The WebSub hub every feed names and `npm run notify` pings: `BACKSTORY_WEBSUB_HUB`, else
   * `websubHub` in the site config; undefined when neither is set (no hub link, nothing to ping).
   */
  websubHub: string | undefined;
  /** At most how many articles a search bundle holds, but for a month with more: `BACKSTORY_SEARCH_GROUP_SIZE`, else `searchGroupSize` in the site config. */
  searchGroupSize: number;
}

/** The hub's address as given, once it is known to be an http(s) URL. */
function hubUrl(value: string | undefined, source: string): string | undefined {
  if (!value) return undefined;
  const protocol = URL.canParse(value) ? new URL(value).protocol : undefined;
  if (protocol !== 'https:' && protocol !== 'http:') {
    throw new Error(`${source}: "${value}" is not an http(s) URL. Hint: give the hub's full address, such as https://pubsubhubbub.appspot.com/.`);
  }
  return value;
}

function positiveInteger(value: string | number | undefined, source: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^[1-9]\d*$/.test(String(value))) throw new Error(`${source}: "${value}" is not a whole number above 0. Hint: give a count of articles, such as 800.`);
  return Number(value);
}

export function readBuildEnv(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): BuildEnv {
  // The clock is fixed at the first read and shared through the environment, so the config, the
  // content loader, every page and every worker thread decide visibility by the same instant.
  env.BACKSTORY_NOW ||= new Date().toISOString();
  const now = new Date(env.BACKSTORY_NOW);
  if (Number.isNaN(now.getTime())) {
    throw new Error(`BACKSTORY_NOW: "${env.BACKSTORY_NOW}" is not a date. Hint: use an ISO date-time such as 2025-08-15T12:00:00Z.`);
  }
  return {
    contentRoot: path.resolve(cwd, env.BACKSTORY_CONTENT_DIR || 'content'),
    now,
    siteUrl: env.BACKSTORY_SITE_URL || undefined,
    cacheDir: env.BACKSTORY_CACHE_DIR ? path.resolve(cwd, env.BACKSTORY_CACHE_DIR) : undefined,
    cardCacheDir: path.resolve(cwd, env.BACKSTORY_CACHE_DIR || 'node_modules/.astro', 'social-cards'),
    pictureCacheDir: path.resolve(cwd, env.BACKSTORY_CACHE_DIR || 'node_modules/.astro', 'pictures'),
    websubHub: hubUrl(env.BACKSTORY_WEBSUB_HUB, 'BACKSTORY_WEBSUB_HUB') ?? hubUrl(site.websubHub, 'websubHub in src/site.config.ts'),
    searchGroupSize: positiveInteger(env.BACKSTORY_SEARCH_GROUP_SIZE, 'BACKSTORY_SEARCH_GROUP_SIZE') ?? positiveInteger(site.searchGroupSize, 'searchGroupSize in src/site.config.ts')!,
  };
}
