// The pack format, as zod schemas: the single source for validation, for the TypeScript types and for the
// JSON Schema contributed to VS Code (generated from these, never written by hand).
import { z } from 'zod';

export const CHANNELS = ['email', 'chat', 'social', 'phone-script'] as const;
export const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'] as const;
export const RULE_CATEGORIES = [
  'refusal', 'blame', 'dismissive', 'negative-word', 'overpromise', 'jargon-policy', 'rude', 'structure', 'placeholder',
] as const;
export const TIMES_OF_DAY = ['morning', 'afternoon', 'evening', 'any'] as const;

/** BCP-47 language tag, simplified: `en`, `hi`, `bn`, `pt-BR`. */
const langTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a BCP-47 language tag such as en, hi or bn');
const itemId = z.string().regex(/^[a-z0-9][a-z0-9._/-]*$/, 'expected lower-case letters, digits and . _ / -');
const semver = z.string().regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/, 'expected a semantic version such as 1.0.0');

export const packManifestSchema = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'expected lower-case letters, digits and . _ -').describe('Stable pack id, e.g. "acme-support".'),
  name: z.string().min(1).describe('Display name shown in the sidebar.'),
  version: semver.describe('Pack version (semver).'),
  description: z.string().optional().describe('What the pack is for.'),
  languages: z.array(langTag).min(1).describe('Languages this pack provides content for (BCP-47).'),
  company: z.strictObject({ name: z.string().min(1).optional() }).optional().describe('Defaults for {{company.*}} placeholders.'),
  extends: z.array(z.string()).optional().describe('Ids of packs this one builds on; its items override theirs.'),
  priority: z.number().int().optional().describe('Higher wins when two packs of the same source define the same item id.'),
  placeholders: z.record(z.string().regex(/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)*$/), z.strictObject({ description: z.string().optional(), fallback: z.string().optional() })).optional()
    .describe('Extra placeholder fields this pack uses, e.g. {"order.carrier": {"description": "Shipping carrier"}}.'),
  synonyms: z.record(z.string(), z.array(z.string().min(1))).optional()
    .describe('Search synonyms: canonical term → phrases agents type for it, e.g. {"refund": ["money back"]}.'),
});

/** Front matter of `templates/**\/*.md`. */
export const templateHeaderSchema = z.strictObject({
  id: itemId.optional(),
  title: z.string().min(1),
  tags: z.array(z.string().min(1)).default([]),
  lang: langTag,
  channel: z.union([z.enum(CHANNELS), z.array(z.enum(CHANNELS)).min(1)]).optional(),
  description: z.string().optional(),
});

/** Front matter of `articles/**\/*.md`. */
export const articleHeaderSchema = z.strictObject({
  id: itemId.optional(),
  title: z.string().min(1),
  tags: z.array(z.string().min(1)).default([]),
  lang: langTag,
  url: z.url({ protocol: /^https?$/ }).optional(),
  description: z.string().optional(),
});

/** One entry of `phrases/*.json`: a greeting or a closing. */
export const phraseSchema = z.strictObject({
  id: itemId.describe('Stable id, unique among the pack\'s phrases; a higher pack with the same id overrides this one.'),
  kind: z.enum(['greeting', 'closing']).describe('Whether this opens or closes a reply.'),
  lang: langTag.describe('Language of the text; one of the pack\'s languages.'),
  channel: z.union([z.enum(CHANNELS), z.literal('any')]).default('any').describe('Channel this phrase suits, or "any".'),
  timeOfDay: z.enum(TIMES_OF_DAY).default('any').describe('Time of day this phrase suits, or "any".'),
  title: z.string().optional().describe('Short label shown in pickers.'),
  text: z.string().min(1).describe('The text, with placeholders such as {{customer.firstName | "there"}} or {{company.name}}.'),
});
export const phraseFileSchema = z.strictObject({
  $schema: z.string().optional(),
  phrases: z.array(phraseSchema).describe('Greetings and closings.'),
});

/** One entry of `rules/*.json`: a lint rule. Exactly one of `phrases`, `pattern` or `check`. */
export const ruleSchema = z.strictObject({
  id: itemId.describe('Stable rule id; a higher pack with the same id overrides this rule.'),
  category: z.enum(RULE_CATEGORIES).describe('What kind of phrasing the rule catches.'),
  severity: z.enum(SEVERITIES).describe('How findings show in the editor; "off" disables the rule.'),
  lang: z.union([langTag, z.literal('any')]).describe('Language the rule applies to, or "any".'),
  phrases: z.array(z.string().min(1)).min(1).optional().describe('Literal phrases, matched case-insensitively on Unicode word boundaries.'),
  unless: z.array(z.string().min(1)).optional()
    .describe('Exception phrases: a match is not reported when one of these overlaps it, e.g. "we can\'t wait" for a "we can\'t" rule.'),
  pattern: z.string().min(1).optional().describe('A regular expression (JavaScript syntax, no lookbehind or backreferences).'),
  check: z.string().min(1).optional().describe('Name of a built-in structural check, e.g. "greeting-names-customer".'),
  message: z.string().min(1).describe('What is wrong and what to do instead, shown on the finding.'),
  rewrites: z.array(z.string()).default([]).describe('Positive rewrites offered as quick fixes; "$0" stands for the matched text.'),
  link: z.url({ protocol: /^https?$/ }).optional().describe('An http(s) page explaining the rule.'),
  description: z.string().optional().describe('Longer explanation for the rule\'s documentation.'),
  examples: z.strictObject({
    flag: z.array(z.string()).default([]).describe('Texts the rule must flag.'),
    pass: z.array(z.string()).default([]).describe('Texts the rule must not flag.'),
  }).default({ flag: [], pass: [] }).describe('Checked when the pack loads: a rule whose own examples fail is a pack problem.'),
}).refine((r) => [r.phrases, r.pattern, r.check].filter((x) => x !== undefined).length === 1, {
  message: 'expected exactly one of "phrases", "pattern" or "check"',
});
export const ruleFileSchema = z.strictObject({
  $schema: z.string().optional(),
  rules: z.array(ruleSchema).describe('Lint rules for agents\' drafts.'),
});

export type Channel = (typeof CHANNELS)[number];
export type Severity = (typeof SEVERITIES)[number];
export type RuleCategory = (typeof RULE_CATEGORIES)[number];
export type PackManifest = z.infer<typeof packManifestSchema>;
export type TemplateHeader = z.infer<typeof templateHeaderSchema>;
export type ArticleHeader = z.infer<typeof articleHeaderSchema>;
export type PhraseSpec = z.infer<typeof phraseSchema>;
export type RuleSpec = z.infer<typeof ruleSchema>;
