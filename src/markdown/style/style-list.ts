import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import type { StyleRule } from '../../site.config.ts';

const SEVERITY = z.enum(['error', 'warning', 'off']);

/** `content/style.yaml`: the newsroom's own usage, which the house-style rule checks. */
export const styleListSchema = z.strictObject({
  /** Forms we print, each with the forms we do not. */
  prefer: z.array(z.strictObject({ use: z.string().min(1), not: z.array(z.string().min(1)).min(1) })).default([]),
  /** Phrases we do not print at all, each with what to do instead. */
  avoid: z.array(z.strictObject({ phrase: z.string().min(1), hint: z.string().min(1) })).default([]),
  /** The style desk's own severities, over the site config's (`editorialStyle`). */
  rules: z.strictObject(Object.fromEntries(['repeated-words', 'quotes', 'house-style'].map((rule) => [rule, SEVERITY.optional()])) as Record<StyleRule, z.ZodOptional<typeof SEVERITY>>).default({}),
});

export type StyleList = z.output<typeof styleListSchema>;

export const STYLE_FILE = 'style.yaml';

const EMPTY: StyleList = { prefer: [], avoid: [], rules: {} };

let cached: { file: string; mtimeMs: number; list: StyleList } | undefined;

const STYLE_HINT = 'each entry of prefer is { use: Kyiv, not: [Kiev] }, each of avoid { phrase: at this point in time, hint: say now }, and rules sets repeated-words, quotes or house-style to error, warning or off.';

/** What is wrong with the content root's style list, phrased like every content problem; none when it is sound or absent. */
export function styleListProblem(contentRoot: string): { file: string; field?: string; message: string; hint: string } | undefined {
  const file = path.join(contentRoot, STYLE_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  let data: unknown;
  try {
    data = parse(text) ?? {};
  } catch (error) {
    return { file, message: `is not valid YAML (${(error as Error).message.split('\n')[0]})`, hint: STYLE_HINT };
  }
  const result = styleListSchema.safeParse(data);
  if (result.success) return undefined;
  // Unknown keys first: a misspelt key also leaves its field missing, and the typo is the thing to fix.
  const issue = result.error.issues.find((candidate) => candidate.code === 'unrecognized_keys') ?? result.error.issues[0]!;
  const field = issue.path.join('.') || undefined;
  if (issue.code === 'unrecognized_keys') return { file, field, message: `${issue.keys.map((key) => `"${key}"`).join(', ')} is not a known key`, hint: STYLE_HINT };
  if (issue.code === 'invalid_type' && issue.input === undefined) return { file, field, message: 'is required', hint: STYLE_HINT };
  return { file, field, message: issue.message.replace(/^./, (first) => first.toLowerCase()), hint: STYLE_HINT };
}

/**
 * The style list of the content root; empty when there is none. Read again
 * whenever the file changes, so a preview server follows an edited list.
 * The loader and `npm run check` report a broken list (`styleListProblem`)
 * before anything is checked against it.
 */
export function readStyleList(contentRoot: string): StyleList {
  const file = path.join(contentRoot, STYLE_FILE);
  let mtimeMs: number;
  try {
    mtimeMs = statSync(file).mtimeMs;
  } catch {
    return EMPTY;
  }
  if (cached?.file === file && cached.mtimeMs === mtimeMs) return cached.list;
  const list = styleListSchema.parse(parse(readFileSync(file, 'utf8')) ?? {});
  cached = { file, mtimeMs, list };
  return list;
}

/** A digest of the style list, for the keys of the bodies it checks: an edited list checks every body again. */
export function stylePart(contentRoot: string): string {
  try {
    return `\0style:${createHash('sha256').update(readFileSync(path.join(contentRoot, STYLE_FILE))).digest('base64url')}`;
  } catch {
    return '';
  }
}
