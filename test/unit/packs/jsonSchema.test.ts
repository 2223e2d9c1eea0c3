import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { packJsonSchemas, serializeSchema } from '../../../src/core/packs';
import { REPO_ROOT, fixture } from './helpers';

describe('packs: JSON Schema', () => {
  const schemas = packJsonSchemas();

  it('committed schemas/ files match what the zod schemas generate (run: npx tsx scripts/generate-schemas.ts)', () => {
    assert.deepEqual(Object.keys(schemas).sort(), ['kindly-pack.schema.json', 'phrases.schema.json', 'rules.schema.json']);
    for (const [name, schema] of Object.entries(schemas)) {
      const committed = fs.readFileSync(path.join(REPO_ROOT, 'schemas', name), 'utf8');
      assert.equal(committed, serializeSchema(schema), `schemas/${name} is stale`);
    }
  });

  it('carries descriptions for hover docs', () => {
    const rules = schemas['rules.schema.json'] as { description?: string; properties: { rules: { items: { properties: Record<string, { description?: string }> } } } };
    assert.ok(rules.description);
    const props = rules.properties.rules.items.properties;
    for (const key of ['id', 'category', 'severity', 'pattern', 'phrases', 'message', 'rewrites', 'examples']) assert.ok(props[key].description, key);
  });

  describe('validates the same files the loader accepts', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const check = (schemaName: string, file: string) => ajv.validate(schemas[schemaName], JSON.parse(fs.readFileSync(file, 'utf8')));

    it('accepts the good fixture pack', () => {
      assert.ok(check('kindly-pack.schema.json', fixture('good/kindly-pack.json')), ajv.errorsText());
      assert.ok(check('phrases.schema.json', fixture('good/phrases/greetings.json')), ajv.errorsText());
      assert.ok(check('rules.schema.json', fixture('good/rules/tone.json')), ajv.errorsText());
    });

    it('rejects wrong types and unknown fields', () => {
      assert.equal(check('phrases.schema.json', fixture('wrong-types/phrases/types.json')), false);
      assert.equal(check('rules.schema.json', fixture('wrong-types/rules/types.json')), false);
      assert.equal(check('kindly-pack.schema.json', fixture('bad-manifest/kindly-pack.json')), false);
    });

    it('accepts the built-in pack manifest and data files', () => {
      const builtin = path.join(REPO_ROOT, 'snippets');
      assert.ok(check('kindly-pack.schema.json', path.join(builtin, 'kindly-pack.json')), ajv.errorsText());
      for (const [folder, schema] of [['phrases', 'phrases.schema.json'], ['rules', 'rules.schema.json']] as const) {
        const dir = path.join(builtin, folder);
        if (!fs.existsSync(dir)) continue;
        for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.json'))) {
          assert.ok(check(schema, path.join(dir, name)), `${folder}/${name}: ${ajv.errorsText()}`);
        }
      }
    });
  });
});
