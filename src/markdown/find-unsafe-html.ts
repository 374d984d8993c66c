import type { Element, Root } from 'hast';
import { find, html } from 'property-information';
import type { Options as Schema } from 'rehype-sanitize';
import { visit } from 'unist-util-visit';
import { frameOrigin } from './rehype-embed-allow-list.ts';

export interface UnsafeHtml {
  node: Element;
  reason: string;
}

type AttributeRule = NonNullable<Schema['attributes']>[string][number];

function ruleAllows(rule: AttributeRule, property: string, value: unknown): boolean {
  if (typeof rule === 'string') return rule === property;
  const [name, ...allowed] = rule;
  if (name !== property) return false;
  if (!allowed.length) return true;
  const values = Array.isArray(value) ? value : [value];
  return values.every((item) => allowed.some((option: unknown) => (option instanceof RegExp ? option.test(String(item)) : option === item)));
}

const URL_PROPERTIES = ['href', 'src', 'cite', 'longDesc', 'poster', 'action', 'formAction', 'data'];

function protocolOf(url: string): string | undefined {
  let decoded = url;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    // Malformed escapes: judge the URL as written.
  }
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const match = /^([^/?#:]+):/.exec(decoded.replace(/[\u0000-\u0020]/g, ''));
  return match?.[1]?.toLowerCase();
}

/**
 * Everything in an HTML tree that the sanitiser would remove, with the
 * reason, so the build can name it instead of dropping it silently. It reads
 * the same schema as the sanitiser.
 */
export function findUnsafeHtml(tree: Root, schema: Schema, embedOrigins: readonly string[]): UnsafeHtml[] {
  const found: UnsafeHtml[] = [];
  const tags = new Set(schema.tagNames ?? []);
  visit(tree, 'element', (node) => {
    if (!tags.has(node.tagName)) {
      found.push({ node, reason: `<${node.tagName}> is not allowed` });
      return 'skip';
    }
    if (node.tagName === 'iframe') {
      const origin = frameOrigin(node.properties.src);
      if (!embedOrigins.includes(origin)) {
        const allowed = embedOrigins.length ? embedOrigins.join(', ') : 'none (embedOrigins in src/site.config.ts is empty)';
        found.push({ node, reason: `an <iframe> from "${origin || String(node.properties.src ?? '')}" is not on the embed allow-list: ${allowed}` });
      } else if (!node.properties.title) {
        found.push({ node, reason: 'an <iframe> needs a title that says what it shows, for screen readers' });
      }
    }
    const rules = [...(schema.attributes?.[node.tagName] ?? []), ...(schema.attributes?.['*'] ?? [])];
    for (const [property, value] of Object.entries(node.properties)) {
      if (value === undefined || value === null || value === false) continue;
      if (!rules.some((rule) => ruleAllows(rule, property, value))) {
        found.push({ node, reason: `the ${find(html, property).attribute} attribute of <${node.tagName}> is not allowed` });
        continue;
      }
      if (URL_PROPERTIES.includes(property) && typeof value === 'string') {
        const protocol = protocolOf(value);
        const allowed = schema.protocols?.[property] ?? [];
        if (protocol && !allowed.includes(protocol)) found.push({ node, reason: `a ${protocol}: URL in <${node.tagName} ${property}> is not allowed` });
      }
    }
    return undefined;
  });
  return found;
}
