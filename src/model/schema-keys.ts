import type { z } from 'astro/zod';

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; element?: z.ZodType; options?: z.ZodType[] };

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = current._zod.def as unknown as Def;
    const next = def.innerType ?? def.in;
    if (!next) return current;
    current = next;
  }
}

/** Field names the schema accepts at `path`, for "did you mean" hints. */
export function schemaKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current = unwrap(schema);
  for (const key of path) {
    const def = current._zod.def as unknown as Def & { shape?: Record<string, z.ZodType> };
    const next = typeof key === 'number' ? def.element : def.shape?.[String(key)];
    if (!next) return [];
    current = unwrap(next);
  }
  const shape = (current._zod.def as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}
