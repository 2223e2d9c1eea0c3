// JSON Schemas for pack files, generated from the zod schemas (never written by hand). VS Code uses
// them through `jsonValidation` for completion and hover docs; `scripts/generate-schemas.ts` writes them.
import { z } from 'zod';
import { packManifestSchema, phraseFileSchema, ruleFileSchema } from './schema';

export type JsonSchema = Record<string, unknown>;

function build(schema: z.ZodType, title: string, description: string): JsonSchema {
  // draft-07 is what VS Code's JSON language service understands best; "input" keeps defaulted fields optional.
  const generated = z.toJSONSchema(schema, { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const { $schema, ...rest } = generated;
  return { $schema, title, description, ...rest };
}

/** The schema files Kindly ships, by file name under `schemas/`. */
export function packJsonSchemas(): Record<string, JsonSchema> {
  return {
    'kindly-pack.schema.json': build(packManifestSchema, 'Kindly pack manifest',
      'kindly-pack.json: describes a Kindly snippet pack (templates/, articles/, phrases/ and rules/ beside it).'),
    'phrases.schema.json': build(phraseFileSchema, 'Kindly phrases',
      'phrases/*.json in a Kindly pack: greetings and closings with placeholders such as {{customer.firstName | "there"}}.'),
    'rules.schema.json': build(ruleFileSchema, 'Kindly lint rules',
      'rules/*.json in a Kindly pack: phrasing rules with a message, positive rewrites and examples that are checked when the pack loads.'),
  };
}

/** The exact text written to each schema file (stable formatting, trailing newline). */
export function serializeSchema(schema: JsonSchema): string {
  return JSON.stringify(schema, null, 2) + '\n';
}
