import { describe, expect, it } from 'vitest';
import { isVisible } from '../../../src/lib/visibility.ts';

const now = new Date('2025-08-15T12:00:00Z');
const at = (iso: string, draft = false) => ({ draft, publishedAt: new Date(iso) });

describe('isVisible', () => {
  it('publishes what is due and not a draft', () => {
    expect(isVisible(at('2025-08-15T12:00:00Z'), { now, preview: false })).toBe(true);
    expect(isVisible(at('2025-08-15T12:00:01Z'), { now, preview: false })).toBe(false);
    expect(isVisible(at('2025-08-01T00:00:00Z', true), { now, preview: false })).toBe(false);
  });

  it('shows everything in preview', () => {
    expect(isVisible(at('2030-01-01T00:00:00Z', true), { now, preview: true })).toBe(true);
  });
});
