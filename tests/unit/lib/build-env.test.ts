import { describe, expect, it } from 'vitest';
import { readBuildEnv } from '../../../src/build-env.ts';

describe('readBuildEnv', () => {
  it('fixes the build clock at the first read, so every later read agrees', async () => {
    const env: NodeJS.ProcessEnv = {};
    const first = readBuildEnv(env, '/repo').now;
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(readBuildEnv(env, '/repo').now).toEqual(first);
    expect(env.BACKSTORY_NOW).toBe(first.toISOString());
  });

  it('reads the content root, cache and site URL, and refuses a clock that is not a date', () => {
    const env = readBuildEnv({ BACKSTORY_CONTENT_DIR: 'fixtures/content', BACKSTORY_CACHE_DIR: '.cache', BACKSTORY_SITE_URL: 'https://news.example', BACKSTORY_NOW: '2025-08-15T12:00:00Z' }, '/repo');
    expect(env).toEqual({
      contentRoot: '/repo/fixtures/content',
      now: new Date('2025-08-15T12:00:00Z'),
      siteUrl: 'https://news.example',
      cacheDir: '/repo/.cache',
      cardCacheDir: '/repo/.cache/social-cards',
      pictureCacheDir: '/repo/.cache/pictures',
      // None in the site config, none in the environment.
      websubHub: undefined,
      searchGroupSize: 800,
    });
    expect(() => readBuildEnv({ BACKSTORY_NOW: 'soon' }, '/repo')).toThrow('BACKSTORY_NOW: "soon" is not a date. Hint: use an ISO date-time such as 2025-08-15T12:00:00Z.');
  });

  it('takes the search bundle size from BACKSTORY_SEARCH_GROUP_SIZE, and refuses one that is not a count', () => {
    expect(readBuildEnv({ BACKSTORY_NOW: '2025-08-15T12:00:00Z', BACKSTORY_SEARCH_GROUP_SIZE: '250' }, '/repo').searchGroupSize).toBe(250);
    expect(readBuildEnv({ BACKSTORY_NOW: '2025-08-15T12:00:00Z', BACKSTORY_SEARCH_GROUP_SIZE: '' }, '/repo').searchGroupSize).toBe(800);
    for (const size of ['0', '-3', '2.5', 'many']) {
      expect(() => readBuildEnv({ BACKSTORY_NOW: '2025-08-15T12:00:00Z', BACKSTORY_SEARCH_GROUP_SIZE: size }, '/repo')).toThrow(
        `BACKSTORY_SEARCH_GROUP_SIZE: "${size}" is not a whole number above 0. Hint: give a count of articles, such as 800.`,
      );
    }
  });

  it('takes the WebSub hub from BACKSTORY_WEBSUB_HUB, and refuses one that is not an http(s) URL', () => {
    expect(readBuildEnv({ BACKSTORY_NOW: '2025-08-15T12:00:00Z', BACKSTORY_WEBSUB_HUB: 'https://hub.example/' }, '/repo').websubHub).toBe('https://hub.example/');
    expect(readBuildEnv({ BACKSTORY_NOW: '2025-08-15T12:00:00Z', BACKSTORY_WEBSUB_HUB: '' }, '/repo').websubHub).toBeUndefined();
    for (const hub of ['hub.example', 'ftp://hub.example/']) {
      expect(() => readBuildEnv({ BACKSTORY_NOW: '2025-08-15T12:00:00Z', BACKSTORY_WEBSUB_HUB: hub }, '/repo')).toThrow(
        `BACKSTORY_WEBSUB_HUB: "${hub}" is not an http(s) URL. Hint: give the hub's full address, such as https://pubsubhubbub.appspot.com/.`,
      );
    }
  });
});
