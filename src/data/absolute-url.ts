/** An absolute URL on the public site (`site` in astro.config.mjs, or BACKSTORY_SITE_URL) for a site path. */
export const absoluteUrl = (path: string) => new URL(path, import.meta.env.SITE).href;
