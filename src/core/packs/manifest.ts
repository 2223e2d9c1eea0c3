// Reading `kindly-pack.json`. A missing or broken manifest is reported on the manifest path, and the
// fields that are valid on their own are still used (so one typo does not change the pack's id or
// empty it while someone is editing).
import * as path from 'node:path';
import { BUILTIN_FIELDS } from '../placeholders/parse';
import { readPackFile } from './fsSafe';
import { parseJsonFile } from './jsonFile';
import type { PackProblem } from './model';
import { ProblemSink, reportIssues } from './problems';
import type { PackManifest } from './schema';
import { packManifestSchema } from './schema';
import { knownKeysAt } from './schemaKeys';

export const MANIFEST_FILE = 'kindly-pack.json';

export interface ManifestResult {
  manifest: PackManifest;
  /** True when the manifest exists and is valid. */
  ok: boolean;
  problems: PackProblem[];
}

/** An id for a pack whose manifest has none: its folder name, tidied. */
export function fallbackPackId(root: string): string {
  return path.basename(root).toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '') || 'pack';
}

function fallbackManifest(root: string): PackManifest {
  return { id: fallbackPackId(root), name: path.basename(root) || 'pack', version: '0.0.0', languages: [] };
}

/** Keeps each top-level field that is valid on its own. */
function salvage(value: unknown, root: string): PackManifest {
  const out: Record<string, unknown> = { ...fallbackManifest(root) };
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const shape = packManifestSchema.shape as Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } }>;
    for (const key of Object.keys(shape)) {
      if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
      const r = shape[key].safeParse((value as Record<string, unknown>)[key]);
      if (r.success && r.data !== undefined) out[key] = r.data;
    }
  }
  return out as PackManifest;
}

/** Parses manifest text (without BOM). */
export function parseManifest(text: string, file: string, root: string): ManifestResult {
  const sink = new ProblemSink(file, text);
  const json = parseJsonFile(text, sink);
  if (!json.ok) return { manifest: fallbackManifest(root), ok: false, problems: sink.problems };
  const parsed = packManifestSchema.safeParse(json.value);
  if (parsed.success) return { manifest: parsed.data, ok: sink.problems.length === 0, problems: sink.problems };
  reportIssues(parsed.error.issues, sink, json.locator, { input: json.value, knownKeys: (p) => knownKeysAt(packManifestSchema, p) });
  return { manifest: salvage(json.value, root), ok: false, problems: sink.problems };
}

/** Reads `<root>/kindly-pack.json`. Never throws. */
export async function readManifest(root: string): Promise<ManifestResult> {
  const file = path.join(root, MANIFEST_FILE);
  const read = await readPackFile(file);
  if (!read.ok) {
    const missing = read.errno === 'ENOENT';
    const message = missing
      ? `missing ${MANIFEST_FILE}: a pack needs a manifest with "id", "name", "version" and "languages"`
      : read.message;
    return {
      manifest: fallbackManifest(root),
      ok: false,
      problems: [{ file, line: 1, column: 1, path: '', message, severity: 'error', code: missing ? 'manifest' : read.code }],
    };
  }
  const result = parseManifest(read.text, file, root);
  if (read.hadBom) result.problems.unshift(bomProblem(file));
  return result;
}

export function bomProblem(file: string): PackProblem {
  return { file, line: 1, column: 1, path: '', message: 'file starts with a byte order mark (BOM): save it as UTF-8 without BOM', severity: 'warning', code: 'bom' };
}

/** Placeholder names a pack may use: the built-in ones plus those its manifest declares. */
export function knownFieldsOf(manifest: PackManifest): Set<string> {
  return new Set<string>([...BUILTIN_FIELDS, ...Object.keys(manifest.placeholders ?? {})]);
}
