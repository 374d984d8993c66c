/** Where each feed lives, shared by the endpoints, the discovery links and the subscribe page. */
export const feedPaths = {
  rss: '/rss.xml',
  atom: '/atom.xml',
  json: '/feed.json',
  tag: (slug: string) => `/tags/${slug}/rss.xml`,
  author: (slug: string) => `/authors/${slug}/rss.xml`,
  corrections: '/corrections/rss.xml',
  storyRss: (slug: string) => `/stories/${slug}/rss.xml`,
  storyAtom: (slug: string) => `/stories/${slug}/atom.xml`,
};
