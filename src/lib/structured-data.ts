import type { ArticleKind } from '../model/schemas.ts';
import type { TrustProperty } from '../site.config.ts';

/** schema.org's news-article subtype for each kind of article. */
export const SCHEMA_TYPES: Record<ArticleKind, string> = {
  analysis: 'AnalysisNewsArticle',
  explainer: 'BackgroundNewsArticle',
  report: 'ReportageNewsArticle',
  opinion: 'OpinionNewsArticle',
};

export interface ArticleJsonLdInput {
  kind: ArticleKind;
  url: string;
  headline: string;
  description: string;
  /** ISO 8601 with offset. */
  datePublished: string;
  dateModified: string;
  /** Absolute URLs: the lead picture, when there is one, then the social card. */
  images: string[];
  keywords: string[];
  authors: { name: string; url: string; type: 'desk' | 'person' }[];
  /** The publisher as `publisherJsonLd` describes it. */
  publisher: Record<string, unknown>;
  corrections: { text: string; datePublished: string }[];
  /** The documents the article cites (its sources). */
  citations?: { title: string; url?: string | undefined; publisher?: string | undefined; datePublished?: string | undefined }[];
  /** "How we reported this": one paragraph. */
  backstory?: string | undefined;
  /** The developing story the article is part of. */
  story?: { name: string; url: string } | undefined;
  /** Everyone the article quotes or mentions, with their page. */
  mentions?: { name: string; url: string }[];
  /** Its quotes: the words, the person's slug in `mentions` order, the quote's address. */
  quotations?: { text: string; person: { name: string; url: string }; url: string }[];
  /** Set when the piece was withdrawn: the notice that replaces its body. */
  retraction?: { text: string; datePublished: string; url: string } | undefined;
}

/** JSON-LD for an article page (schema.org NewsArticle subtypes). */
export function articleJsonLd(input: ArticleJsonLdInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': SCHEMA_TYPES[input.kind],
    headline: input.headline,
    description: input.description,
    url: input.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    datePublished: input.datePublished,
    dateModified: input.dateModified,
    image: input.images,
    keywords: input.keywords,
    author: input.authors.map((author) => ({ '@type': author.type === 'desk' ? 'Organization' : 'Person', name: author.name, url: author.url })),
    publisher: input.publisher,
    ...(input.citations?.length
      ? {
          citation: input.citations.map((source) => ({
            '@type': 'CreativeWork',
            name: source.title,
            ...(source.url ? { url: source.url } : {}),
            ...(source.publisher ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
            ...(source.datePublished ? { datePublished: source.datePublished } : {}),
          })),
        }
      : {}),
    ...(input.backstory ? { backstory: input.backstory } : {}),
    ...(input.mentions?.length ? { mentions: input.mentions.map((person) => ({ '@type': 'Person', name: person.name, url: person.url })) } : {}),
    ...(input.quotations?.length
      ? { hasPart: input.quotations.map((quote) => ({ '@type': 'Quotation', text: quote.text, url: quote.url, creator: { '@type': 'Person', name: quote.person.name, url: quote.person.url } })) }
      : {}),
    ...(input.story ? { isPartOf: { '@type': 'CollectionPage', '@id': input.story.url, name: input.story.name, url: input.story.url } } : {}),
    ...(input.corrections.length || input.retraction
      ? {
          correction: [
            ...input.corrections.map((correction) => ({ '@type': 'CorrectionComment', text: correction.text, datePublished: correction.datePublished })),
            // schema.org has no retraction type: the notice is the last correction, and the work's status says the rest.
            ...(input.retraction ? [{ '@type': 'CorrectionComment', name: 'Retraction', text: input.retraction.text, datePublished: input.retraction.datePublished, url: input.retraction.url }] : []),
          ],
        }
      : {}),
    ...(input.retraction ? { creativeWorkStatus: 'Retracted' } : {}),
  };
}

export interface StoryJsonLdInput {
  url: string;
  name: string;
  description: string;
  /** ISO 8601 with offset: the story's latest activity. */
  dateModified: string;
  keywords: string[];
  /** The publisher as `publisherJsonLd` describes it. */
  publisher: Record<string, unknown>;
  pieces: { kind: ArticleKind; url: string; headline: string; datePublished: string }[];
}

/** JSON-LD for a story page: a collection whose parts are its articles, oldest first. */
export function storyJsonLd(input: StoryJsonLdInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    '@id': input.url,
    name: input.name,
    description: input.description,
    url: input.url,
    dateModified: input.dateModified,
    ...(input.keywords.length ? { keywords: input.keywords } : {}),
    publisher: input.publisher,
    hasPart: input.pieces.map((piece) => ({ '@type': SCHEMA_TYPES[piece.kind], headline: piece.headline, url: piece.url, datePublished: piece.datePublished })),
  };
}

/**
 * The publisher, named on every page: a news organisation with the Trust
 * Project's properties, each the absolute address of the standing page that
 * answers it (its corrections policy, its ethics, its masthead…).
 */
export function publisherJsonLd(input: { name: string; url: string; logo: string; policies: Record<TrustProperty, string> }): Record<string, unknown> {
  return { '@type': 'NewsMediaOrganization', '@id': `${input.url}#publisher`, name: input.name, url: input.url, logo: { '@type': 'ImageObject', url: input.logo }, ...input.policies };
}

/** JSON-LD for a standing page: an about or contact page where schema.org has a type for it, otherwise a web page. */
export function standingPageJsonLd(input: { type: 'AboutPage' | 'ContactPage' | 'WebPage'; url: string; name: string; description: string; dateModified?: string | undefined; publisher: Record<string, unknown> }): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': input.type,
    url: input.url,
    name: input.name,
    description: input.description,
    ...(input.dateModified ? { dateModified: input.dateModified } : {}),
    publisher: input.publisher,
  };
}

/** JSON-LD for a person's page: a profile whose main entity is the person. */
export function personJsonLd(input: { url: string; name: string; description: string; aliases: string[]; links: string[] }): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: input.url,
    mainEntity: {
      '@type': 'Person',
      '@id': `${input.url}#person`,
      name: input.name,
      description: input.description,
      url: input.url,
      ...(input.aliases.length ? { alternateName: input.aliases } : {}),
      ...(input.links.length ? { sameAs: input.links } : {}),
    },
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element. `<`, `>` and `&`
 * are escaped so that a title containing `</script>` cannot end the element.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
