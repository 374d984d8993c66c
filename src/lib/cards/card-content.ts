import type { ArticleKind } from '../../model/schemas.ts';
import { site } from '../../site.config.ts';
import { formatDay } from '../dates/format-date.ts';
import { KIND_LABELS } from '../kind-labels.ts';
import type { CardContent } from './card-tree.ts';

/** Everything an article's card shows, and so everything its cache key covers. */
export function cardContent(article: { kind: ArticleKind; title: string; publishedAt: Date; authors: { name: string }[] }): CardContent {
  return {
    kicker: KIND_LABELS[article.kind],
    title: article.title,
    byline: article.authors.map((author) => author.name).join(', '),
    date: formatDay(article.publishedAt, site.timeZone, site.dateLocale),
    publication: site.title,
  };
}
