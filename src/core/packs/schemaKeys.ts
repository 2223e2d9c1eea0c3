// Which keys a zod object schema allows at a path, so "unknown field" messages can list the right ones.
import type { z } from 'zod';

interface DefLike {
  type?: string;
  shape?: Record<string, unknown>;
  innerType?: unknown;
  in?: unknown;
  element?: unknown;
  valueType?: unknown;
  options?: unknown[];
}

function defOf(schema: unknown): DefLike | undefined {
  const zod = (schema as { _zod?: { def?: DefLike } } | undefined)?._zod;
  return zod?.def;
}

function unwrap(schema: unknown): unknown {
  for (let i = 0; i < 16; i++) {
    const def = defOf(schema);
    if (!def) return undefined;
    if (def.innerType !== undefined) schema = def.innerType;
    else if (def.type === 'pipe') schema = def.in;
    else if (def.type === 'union') schema = def.options?.find((o) => defOf(unwrap(o))?.type === 'object') ?? schema;
    else return schema;
    if (def.type === 'union') return schema;
  }
  return schema;
}

export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  let cur: unknown = unwrap(schema);
  for (const key of path) {
    const def = defOf(cur);
    if (!def) return undefined;
    if (def.type === 'object' && typeof key === 'string') cur = def.shape?.[key];
    else if (def.type === 'array') cur = def.element;
    else if (def.type === 'record') cur = def.valueType;
    else return undefined;
    cur = unwrap(cur);
  }
  const def = defOf(cur);
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : undefined;
}
