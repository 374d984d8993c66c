import rss from '@astrojs/rss';
import { getCollection } from 'astro:content';

export async function GET(context) {
  const posts = await getCollection('articles');
  return rss({
    title: 'Baseline',
    description: 'Baseline',
    site: context.site,
    items: posts.map((post) => ({ title: post.data.title, pubDate: post.data.publishedAt, description: post.data.description, link: `/${post.id}/` })),
  });
}
