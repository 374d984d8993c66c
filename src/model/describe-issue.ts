import type { z } from 'astro/zod';
import { closestMatch } from '../lib/closest-match.ts';
import { helpFor } from './field-help.ts';

type Issue = z.core.$ZodIssue;
export interface IssueText {
  path: PropertyKey[];
  message: string;
  hint?: string | undefined;
}

const NOUNS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
};

function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a group of fields';
  const noun = NOUNS[typeof value] ?? typeof value;
  return `${noun} (${JSON.stringify(value)})`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], data);
}

export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index ? `.${String(key)}` : String(key))).join('');
}

/**
 * Turns zod's issues into sentences that say what is wrong and how to fix
 * it. An unknown key gets one issue per key, with its nearest known field.
 */
export function describeIssue(issue: Issue, data: unknown, folder: string, knownKeys: (path: PropertyKey[]) => string[]): IssueText[] {
  const path = issue.path as PropertyKey[];
  const value = valueAt(data, path);
  const help = helpFor(path, folder);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const known = knownKeys(path);
        const guess = closestMatch(key, known);
        const guessText = guess ? `did you mean "${guess}"? ` : '';
        return { path: [...path, key], message: 'is not a known field', hint: `${guessText}Known fields: ${known.join(', ')}.` };
      });
    case 'invalid_type':
      if (value === undefined) return [{ path, message: 'is required', hint: help && `add ${help}.` }];
      return [{ path, message: `must be ${NOUNS[issue.expected] ?? issue.expected}, not ${describeValue(value)}`, hint: help && `${help}.` }];
    case 'invalid_value':
      if (value === undefined) return [{ path, message: 'is required', hint: help ? `add ${help}.` : `use one of: ${issue.values.map(String).join(', ')}.` }];
      return [{ path, message: `${JSON.stringify(value)} is not allowed`, hint: `use one of: ${issue.values.map(String).join(', ')}.` }];
    case 'too_small':
      if (issue.origin === 'array') return [{ path, message: `needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`, hint: help && `${help}.` }];
      return [{ path, message: 'is empty', hint: help && `${help}.` }];
    case 'too_big':
      return [{ path, message: `allows at most ${issue.maximum} items, not ${(value as unknown[]).length}`, hint: 'keep the most specific ones.' }];
    case 'invalid_format':
      if (issue.format === 'url') return [{ path, message: `${JSON.stringify(value)} is not a web address`, hint: help && `${help}.` }];
      return [{ path, message: `${JSON.stringify(value)} is not a valid id`, hint: 'use lower-case words joined by hyphens, e.g. helsinki-summit.' }];
    case 'invalid_union': {
      // Explain the alternative the editor evidently meant: the one for the kind of value written.
      const branch = issue.errors.find((errors) => !errors.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0)) ?? issue.errors[0] ?? [];
      return branch.flatMap((inner) => describeIssue({ ...inner, path: [...path, ...inner.path] } as Issue, data, folder, knownKeys));
    }
    case 'custom': {
      const hint = (issue.params as { hint?: string } | undefined)?.hint;
      return [{ path, message: issue.message, hint }];
    }
    default:
      return [{ path, message: issue.message.replace(/^Invalid input: /, ''), hint: help && `${help}.` }];
  }
}
