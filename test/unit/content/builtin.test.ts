// Checks the built-in pack in snippets/ (except rules/, owned by the linter) the way a team pack is checked:
// schema-valid, NFC, placeholders known and balanced, ids unique, and enough content per language.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  articleHeaderSchema, CHANNELS, packManifestSchema, phraseFileSchema, templateHeaderSchema,
  type ArticleHeader, type PackManifest, type PhraseSpec, type TemplateHeader,
} from '../../../src/core/packs/schema';
import { parsePlaceholders } from '../../../src/core/placeholders/parse';
import { NEGATIVE_PHRASES } from './negative-phrases';

const ROOT = path.resolve(__dirname, '../../..');
const PACK = path.join(ROOT, 'snippets');

interface MdItem<H> { file: string; header: H; body: string; raw: string }

function walk(dir: string, ext: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return walk(p, ext);
    return e.name.endsWith(ext) ? [p] : [];
  }).sort();
}

function rel(file: string): string {
  return path.relative(PACK, file).split(path.sep).join('/');
}

/** Splits `---\nyaml\n---\nbody`; throws with the file name when the header is missing or unterminated. */
function splitFrontMatter(file: string, text: string): { yaml: string; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${rel(file)}: expected a front-matter header between "---" lines`);
  return { yaml: m[1], body: m[2] };
}

function loadMd<H>(dir: string, schema: { safeParse(v: unknown): { success: true; data: H } | { success: false; error: { issues: unknown[] } } }): MdItem<H>[] {
  return walk(dir, '.md').map((file) => {
    const raw = fs.readFileSync(file, 'utf8');
    const { yaml, body } = splitFrontMatter(file, raw);
    const result = schema.safeParse(parseYaml(yaml));
    if (!result.success) throw new Error(`${rel(file)}: ${JSON.stringify(result.error.issues)}`);
    return { file, header: result.data, body, raw };
  });
}

/** Share of letters (outside placeholders) written in the given script. */
function scriptShare(text: string, script: RegExp): number {
  const letters = text.replace(/\{\{[^}]*\}\}/g, '').match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 0;
  return letters.filter((ch) => script.test(ch)).length / letters.length;
}

function wordCount(text: string): number {
  return text.replace(/\{\{[^}]*\}\}/g, 'X').split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

const SCRIPTS: Record<string, RegExp> = { hi: /\p{Script=Devanagari}/u, bn: /\p{Script=Bengali}/u, en: /\p{Script=Latin}/u };
const CUSTOMER_FIELD = /\{\{\s*customer\.(name|firstName)\b/;

describe('built-in pack content (snippets/)', () => {
  const manifestRaw = fs.readFileSync(path.join(PACK, 'kindly-pack.json'), 'utf8');
  const manifest: PackManifest = packManifestSchema.parse(JSON.parse(manifestRaw));
  const languages = new Set(manifest.languages);
  const templates = loadMd<TemplateHeader>(path.join(PACK, 'templates'), templateHeaderSchema);
  const articles = loadMd<ArticleHeader>(path.join(PACK, 'articles'), articleHeaderSchema);
  const phraseFiles = walk(path.join(PACK, 'phrases'), '.json');
  const phrases: { file: string; phrase: PhraseSpec }[] = phraseFiles.flatMap((file) =>
    phraseFileSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8'))).phrases.map((phrase) => ({ file, phrase })));
  const mdItems = [...templates, ...articles];

  it('has the manifest the loader expects', () => {
    assert.equal(manifest.id, 'kindly-builtin');
    assert.deepEqual([...languages].sort(), ['bn', 'en', 'hi']);
    const synonyms = manifest.synonyms ?? {};
    assert.ok(Object.keys(synonyms).length >= 10, 'expected search synonyms for common topics');
    for (const [term, list] of Object.entries(synonyms)) {
      assert.equal(new Set(list).size, list.length, `synonyms of "${term}" repeat an entry`);
      assert.ok(!list.includes(term), `"${term}" lists itself as a synonym`);
    }
    const allSynonyms = Object.values(synonyms).flat().join(' ');
    for (const lang of ['hi', 'bn']) assert.ok(scriptShare(allSynonyms, SCRIPTS[lang]) > 0, `no ${lang} synonyms`);
  });

  it('stores every file as NFC Unicode without a BOM', () => {
    const files = [path.join(PACK, 'kindly-pack.json'), ...phraseFiles, ...mdItems.map((i) => i.file)];
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      assert.equal(text.charCodeAt(0) === 0xfeff, false, `${rel(file)} starts with a BOM`);
      assert.equal(text, text.normalize('NFC'), `${rel(file)} is not NFC`);
    }
  });

  it('gives every template and article an explicit id ending in its language', () => {
    for (const { file, header } of mdItems) {
      assert.ok(header.id, `${rel(file)} has no explicit id`);
      assert.ok(header.id.endsWith(`-${header.lang}`), `${rel(file)}: id "${header.id}" should end in -${header.lang}`);
    }
  });

  it('uses only languages the manifest declares, written in their own script', () => {
    const items: { where: string; lang: string; text: string }[] = [
      ...mdItems.map((i) => ({ where: rel(i.file), lang: i.header.lang, text: `${i.header.title}\n${i.body}` })),
      ...phrases.map(({ file, phrase }) => ({ where: `${rel(file)} ${phrase.id}`, lang: phrase.lang, text: phrase.text })),
    ];
    for (const { where, lang, text } of items) {
      assert.ok(languages.has(lang), `${where}: lang "${lang}" is not in the manifest`);
      // Hindi and Bengali bodies may quote Latin terms (UPI, OTP, URLs) but must be mostly native script.
      const share = scriptShare(text, SCRIPTS[lang]);
      assert.ok(share >= (lang === 'en' ? 0.95 : 0.7), `${where}: only ${(share * 100).toFixed(0)}% of letters are ${lang} script`);
    }
  });

  it('uses only known, well-formed placeholders and no VS Code snippet syntax', () => {
    const texts = [
      ...mdItems.flatMap((i) => [{ where: rel(i.file), text: i.body }, { where: `${rel(i.file)} title`, text: i.header.title }]),
      ...phrases.map(({ file, phrase }) => ({ where: `${rel(file)} ${phrase.id}`, text: phrase.text })),
    ];
    for (const { where, text } of texts) {
      const parsed = parsePlaceholders(text);
      assert.deepEqual(parsed.problems, [], `${where} has placeholder problems`);
      // An empty fallback leaves a gap ("your order  is late") when the value is unknown.
      for (const seg of parsed.segments) {
        if (seg.type === 'field' && seg.fallback !== undefined) assert.ok(seg.fallback.trim(), `${where}: {{${seg.name}}} has an empty fallback`);
      }
      assert.doesNotMatch(text, /\$(\d|\{|[A-Z_]{3,})/, `${where} contains $-snippet syntax`);
    }
  });

  it('keeps ids unique across templates, articles and phrases', () => {
    const seen = new Map<string, string>();
    const ids = [
      ...mdItems.map((i) => ({ id: i.header.id ?? '', where: rel(i.file) })),
      ...phrases.map(({ file, phrase }) => ({ id: phrase.id, where: rel(file) })),
    ];
    for (const { id, where } of ids) {
      assert.ok(!seen.has(id), `id "${id}" in ${where} is already used in ${seen.get(id)}`);
      seen.set(id, where);
    }
  });

  it('ships at least 30/15/15 templates and 12/6/6 articles in en/hi/bn', () => {
    const count = (items: MdItem<{ lang: string }>[], lang: string) => items.filter((i) => i.header.lang === lang).length;
    for (const [lang, t, a] of [['en', 30, 12], ['hi', 15, 6], ['bn', 15, 6]] as const) {
      assert.ok(count(templates, lang) >= t, `${lang}: ${count(templates, lang)} templates, expected at least ${t}`);
      assert.ok(count(articles, lang) >= a, `${lang}: ${count(articles, lang)} articles, expected at least ${a}`);
    }
  });

  it('keeps templates reply-sized bodies with searchable tags and no greeting or sign-off', () => {
    for (const { file, header, body } of templates) {
      const words = wordCount(body);
      assert.ok(words >= 35 && words <= 230, `${rel(file)}: ${words} words, expected a reply body of about 60–200`);
      assert.ok(header.tags.length >= 3, `${rel(file)}: expected at least 3 tags`);
      const first = body.trim().split('\n')[0];
      assert.doesNotMatch(first, /^(hi|hello|dear|नमस्ते|प्रिय|নমস্কার|প্রিয়|হ্যালো)(?=[\s,!]|$)/iu, `${rel(file)} starts with a greeting`);
      assert.doesNotMatch(body, /(regards|sincerely|सादर|শুভেচ্ছান্তে),?\s*$/iu, `${rel(file)} ends with a sign-off`);
    }
  });

  it('gives articles a heading structure and links only to https', () => {
    for (const { file, header, body } of articles) {
      assert.match(body, /^#{1,3} \S/m, `${rel(file)} has no Markdown heading`);
      assert.match(body, /^\d+\. \S/m, `${rel(file)} has no numbered steps`);
      if (header.url) assert.ok(header.url.startsWith('https://'), `${rel(file)}: url must be https`);
      for (const m of body.matchAll(/\]\(([^)\s]+)\)/g)) assert.ok(m[1].startsWith('https://'), `${rel(file)} links to ${m[1]}`);
      assert.doesNotMatch(body, /\{\{/, `${rel(file)}: articles are published pages and take no placeholders`);
    }
  });

  it('has a greeting and a closing for every channel in every language', () => {
    for (const lang of languages) {
      for (const kind of ['greeting', 'closing'] as const) {
        for (const channel of CHANNELS) {
          const found = phrases.some(({ phrase: p }) => p.lang === lang && p.kind === kind && (p.channel === channel || p.channel === 'any'));
          assert.ok(found, `${lang}: no ${kind} for ${channel}`);
        }
      }
      const timed = phrases.filter(({ phrase: p }) => p.lang === lang && p.kind === 'greeting'
        && (p.timeOfDay !== 'any' || p.text.includes('{{time.greeting')));
      assert.ok(timed.length >= 2, `${lang}: expected time-of-day aware greetings`);
    }
  });

  it('names the business and the customer in greetings and thanks the customer by name in closings', () => {
    for (const { phrase } of phrases) {
      assert.match(phrase.text, CUSTOMER_FIELD, `${phrase.id} does not address the customer`);
      if (phrase.kind === 'greeting') assert.match(phrase.text, /\{\{\s*company\.name/, `${phrase.id} does not name the business`);
      // Every customer placeholder has a fallback, so a missing name never leaves "Hi ," behind.
      for (const seg of parsePlaceholders(phrase.text).segments) {
        if (seg.type === 'field' && seg.name.startsWith('customer.')) {
          assert.ok(seg.fallback && seg.fallback.trim(), `${phrase.id}: {{${seg.name}}} needs a fallback`);
        }
      }
    }
    const thanks: Record<string, RegExp> = { en: /\bthank/i, hi: /धन्यवाद/, bn: /ধন্যবাদ/ };
    for (const { phrase } of phrases.filter((p) => p.phrase.kind === 'closing')) {
      assert.match(phrase.text, thanks[phrase.lang], `${phrase.id} does not thank the customer`);
    }
  });

  it('avoids the negative phrasing the linter flags', () => {
    const items = [
      ...mdItems.map((i) => ({ where: rel(i.file), lang: i.header.lang, text: `${i.header.title}\n${i.body}` })),
      ...phrases.map(({ file, phrase }) => ({ where: `${rel(file)} ${phrase.id}`, lang: phrase.lang, text: phrase.text })),
    ];
    for (const { where, lang, text } of items) {
      const lower = text.normalize('NFC').toLowerCase();
      for (const bad of NEGATIVE_PHRASES[lang] ?? []) {
        const escaped = bad.normalize('NFC').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const re = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escaped}(?![\\p{L}\\p{M}\\p{N}])`, 'u');
        assert.doesNotMatch(lower, re, `${where} contains "${bad}"`);
      }
    }
  });
});
