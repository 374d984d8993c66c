/** Site-relative URLs of every page type, in one place so links and routes agree. */
export const urls = {
  home: () => '/',
  article: (slug: string) => `/articles/${slug}/`,
  author: (slug: string) => `/authors/${slug}/`,
  tag: (slug: string) => `/tags/${slug}/`,
  tags: () => '/tags/',
};
