/**
 * Typographic quotes and dashes for front-matter text (headlines, deks,
 * event titles), matching what SmartyPants does to article bodies: straight
 * quotes become curly, "--" a spaced en dash, "---" an em dash, "..." an ellipsis.
 */
export function smartPunctuation(text: string): string {
  return text
    .replace(/---/g, '\u2014')
    .replace(/--/g, '\u2013')
    .replace(/\.\.\./g, '\u2026')
    .replace(/(^|[\s([{\u2014\u2013-])"/gu, '$1\u201c')
    .replace(/"/g, '\u201d')
    .replace(/'(?=\d0s)/g, '\u2019')
    .replace(/(^|[\s([{\u2014\u2013-])'(?=\S)/gu, '$1\u2018')
    .replace(/'/g, '\u2019');
}
