// Every string Kindly shows has a Hindi and a Bengali translation, and the translations are usable: same
// placeholders, same code spans and command links, NFC, in the right script, actually translated.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(__dirname, '../../..');

interface L10nTools {
  LANGUAGES: string[];
  extractSourceStrings(root: string): { strings: Map<string, string[]>; problems: string[] };
  manifestKeys(root: string): Set<string>;
  l10nReport(root: string): { problems: string[]; missing: Record<string, string[]>; unused: Record<string, string[]> };
}

const SCRIPTS: Record<string, { name: string; letters: RegExp }> = {
  hi: { name: 'Devanagari', letters: /\p{Script=Devanagari}/u },
  bn: { name: 'Bengali', letters: /\p{Script=Bengali}/u },
};

/** Words that stay in Latin script in every language: the brand, key names, file and protocol names. */
const KEEP_LATIN = /\b(Kindly|Enter|Escape|Esc|Space|Tab|Ctrl|FAQ|git|glob|id|https?|kindly-pack\.json)\b/g;
/** Translations allowed to equal the English source (nothing in them to translate). */
const SAME_AS_ENGLISH = new Set(['Kindly: {0}']);

function readJson(rel: string): Record<string, string> {
  return JSON.parse(fs.readFileSync(path.join(root, rel), 'utf8'));
}

/** What must survive translation unchanged: `{0}` arguments, `{{fields}}`, `code spans`, command links, `#setting#` links. */
function invariants(text: string): string[] {
  const found = [
    ...text.match(/\{\{[^}]*\}\}/g) ?? [],
    ...text.replace(/\{\{[^}]*\}\}/g, '').match(/\{\d+\}/g) ?? [],
    ...text.match(/`[^`]*`/g) ?? [],
    ...text.match(/\]\([^)]*\)/g) ?? [],
    ...text.match(/#kindly\.[\w.]+#/g) ?? [],
  ];
  return found.sort();
}

/** The letters a reader reads: without placeholders, code, links, markup and the words that stay in Latin script. */
function readableLetters(text: string): string[] {
  const prose = text
    .replace(/\{\{[^}]*\}\}|\{\d+\}|`[^`]*`|\]\([^)]*\)|#kindly\.[\w.]+#|"[\w.:-]+"|\$\([\w-]+\)/g, ' ')
    .replace(KEEP_LATIN, ' ')
    // A language's name in its own script, after its translated name: "হিন্দি (हिन्दी)".
    .replace(/\((हिन्दी|বাংলা)\)/g, ' ');
  return [...prose].filter((ch) => /[\p{L}\p{M}]/u.test(ch));
}

function checkTranslation(lang: string, key: string, english: string, translated: unknown, problems: string[]): void {
  const where = `${lang} ${JSON.stringify(key)}`;
  if (typeof translated !== 'string' || translated.trim() === '') {
    problems.push(`${where}: missing or empty`);
    return;
  }
  if (translated !== translated.normalize('NFC')) problems.push(`${where}: not NFC`);
  if (/[\u200b\ufeff]|^\s|\s$/.test(translated)) problems.push(`${where}: stray whitespace or zero-width space`);
  const want = invariants(english);
  const got = invariants(translated);
  if (JSON.stringify(want) !== JSON.stringify(got)) problems.push(`${where}: keeps ${JSON.stringify(want)} but has ${JSON.stringify(got)}`);
  if (english.startsWith('Kindly: ') && !translated.startsWith('Kindly: ')) problems.push(`${where}: lost the "Kindly: " prefix`);
  if (translated === english && !SAME_AS_ENGLISH.has(english)) problems.push(`${where}: identical to English`);
  const letters = readableLetters(translated);
  if (letters.length > 0) {
    const inScript = letters.filter((ch) => SCRIPTS[lang].letters.test(ch)).length;
    if (inScript / letters.length < 0.6) problems.push(`${where}: only ${inScript}/${letters.length} letters are ${SCRIPTS[lang].name}: ${translated}`);
  }
}

/** Host-side files whose UI text must go through `vscode.l10n.t`. */
function hostFiles(): string[] {
  const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []);
  return [...walk(path.join(root, 'src/features')), ...['sidebarProvider.ts', 'sidebarHtml.ts'].map((f) => path.join(root, 'src/webview', f)),
    path.join(root, 'src/commands.ts'), path.join(root, 'src/extension.ts')];
}

/** The literal at `text[at]` with `${…}` substitutions removed; undefined when `text[at]` starts no literal. */
function staticText(text: string, at: number): string | undefined {
  const quote = text[at];
  if (quote !== "'" && quote !== '"' && quote !== '`') return undefined;
  let out = '';
  for (let i = at + 1; i < text.length; i++) {
    if (text[i] === '\\') { out += text[++i]; continue; }
    if (text[i] === quote) return out;
    if (quote === '`' && text[i] === '$' && text[i + 1] === '{') {
      let depth = 0;
      for (; i < text.length; i++) {
        if (text[i] === '{') depth++;
        else if (text[i] === '}' && --depth === 0) break;
      }
      continue;
    }
    out += text[i];
  }
  return undefined;
}

/** Hard-coded English where VS Code shows it: message and status texts, QuickPick/InputBox fields, code actions. */
function hardCodedUiStrings(): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:show(?:Information|Warning|Error)Message|setStatusBarMessage|new vscode\.CodeAction)\(\s*/g,
    /\b(?:title|placeHolder|placeholder|prompt|tooltip|openLabel|label|description|detail|text|message)\s*[:=]\s*/g,
    /\bshow(?:Information|Warning|Error)Message\([^;]*?,\s*(?={ modal|['"`])/g,
  ];
  for (const file of hostFiles()) {
    const text = fs.readFileSync(file, 'utf8');
    for (const pattern of patterns) {
      for (const m of text.matchAll(pattern)) {
        const literal = staticText(text, m.index + m[0].length);
        if (literal === undefined) continue;
        // Codicons, the brand and punctuation need no translation; two letters in a row do.
        if (/[A-Za-z]{2,}/.test(literal.replace(/\$\([\w-]+\)/g, '').replace(/\bKindly\b/g, ''))) {
          found.push(`${path.relative(root, file)}:${text.slice(0, m.index).split('\n').length}: ${JSON.stringify(literal)}`);
        }
      }
    }
  }
  return found;
}

describe('localisation (hi, bn)', () => {
  let tools: L10nTools;
  before(async () => {
    tools = await import(pathToFileURL(path.join(root, 'scripts/extract-l10n.mjs')).href) as L10nTools;
  });

  it('every %key% in package.json has English, Hindi and Bengali text, and no file has extra keys', () => {
    const keys = tools.manifestKeys(root);
    assert.ok(keys.size >= 40, `package.json uses %key% placeholders (found ${keys.size})`);
    for (const file of ['package.nls.json', 'package.nls.hi.json', 'package.nls.bn.json']) {
      const nls = readJson(file);
      assert.deepEqual([...keys].filter((k) => !(k in nls)), [], `${file} has every key package.json uses`);
      assert.deepEqual(Object.keys(nls).filter((k) => !keys.has(k)), [], `${file} has no unused keys`);
    }
  });

  it('no user-visible string is left in English in package.json contributes', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    assert.match(manifest.description, /^%[\w.-]+%$/, 'the description');
    assert.equal(manifest.l10n, './l10n', 'package.json points VS Code at the runtime bundles');
    const left: string[] = [];
    const isKey = (v: unknown) => typeof v === 'string' && (/^%[\w.-]+%$/.test(v) || v === 'Kindly');
    const c = manifest.contributes;
    for (const cmd of c.commands) {
      if (!isKey(cmd.title)) left.push(`command ${cmd.command} title`);
      if (cmd.category !== 'Kindly') left.push(`command ${cmd.command} category`);
    }
    for (const list of Object.values<{ title?: string; name?: string; id: string }[]>(c.viewsContainers)) for (const v of list) if (!isKey(v.title)) left.push(`container ${v.id}`);
    for (const list of Object.values<{ name: string; id: string; contextualTitle?: string }[]>(c.views)) {
      for (const v of list) if (!isKey(v.name) || (v.contextualTitle !== undefined && !isKey(v.contextualTitle))) left.push(`view ${v.id}`);
    }
    const walkSchema = (name: string, spec: Record<string, unknown>) => {
      for (const p of ['description', 'markdownDescription', 'deprecationMessage', 'markdownDeprecationMessage']) {
        if (spec[p] !== undefined && !isKey(spec[p])) left.push(`${name} ${p}`);
      }
      for (const p of ['enumDescriptions', 'markdownEnumDescriptions']) {
        for (const d of (spec[p] as unknown[] | undefined) ?? []) if (!isKey(d)) left.push(`${name} ${p}`);
      }
      for (const [sub, s] of Object.entries<Record<string, unknown>>((spec.properties as Record<string, Record<string, unknown>>) ?? {})) walkSchema(`${name}.${sub}`, s);
      for (const p of ['items', 'additionalProperties']) if (spec[p] && typeof spec[p] === 'object') walkSchema(`${name}[${p}]`, spec[p] as Record<string, unknown>);
    };
    const groups = Array.isArray(c.configuration) ? c.configuration : [c.configuration];
    for (const g of groups) {
      if (!isKey(g.title)) left.push('configuration title');
      for (const [key, spec] of Object.entries<Record<string, unknown>>(g.properties)) walkSchema(key, spec);
    }
    for (const w of c.walkthroughs ?? []) {
      if (!isKey(w.title) || !isKey(w.description)) left.push(`walkthrough ${w.id}`);
      for (const s of w.steps) if (!isKey(s.title) || !isKey(s.description)) left.push(`walkthrough step ${s.id}`);
    }
    assert.deepEqual(left, []);
  });

  it('the manifest translations keep placeholders, code and command links, are NFC, in the right script and translated', () => {
    const english = readJson('package.nls.json');
    const problems: string[] = [];
    for (const lang of tools.LANGUAGES) {
      const nls = readJson(`package.nls.${lang}.json`);
      for (const [key, text] of Object.entries(english)) checkTranslation(lang, key, text, nls[key], problems);
    }
    assert.deepEqual(problems, []);
  });

  it('every l10n.t() string in src/ and every t() string of the sidebar page is in both bundles, and nothing else is', () => {
    const { strings, problems } = tools.extractSourceStrings(root);
    assert.deepEqual(problems, [], 'every call passes a plain string literal (else nothing could translate it)');
    assert.ok(strings.size >= 100, `found the runtime strings (${strings.size})`);
    // A few strings the extraction must find, from each kind of place.
    for (const s of ['Kindly: no pack problems.', 'Kindly: Search Templates and Articles', 'Search templates and articles', 'No results for “{0}”']) {
      assert.ok(strings.has(s), `extracted ${JSON.stringify(s)}`);
    }
    for (const lang of tools.LANGUAGES) {
      const bundle = readJson(`l10n/bundle.l10n.${lang}.json`);
      assert.deepEqual([...strings.keys()].filter((s) => !(s in bundle)), [], `l10n/bundle.l10n.${lang}.json has every string`);
      assert.deepEqual(Object.keys(bundle).filter((s) => !strings.has(s)), [], `l10n/bundle.l10n.${lang}.json has no unused strings`);
    }
    assert.deepEqual(tools.l10nReport(root).missing, {}, 'scripts/extract-l10n.mjs agrees');
  });

  it('the runtime translations keep {0} arguments and quotes, are NFC, in the right script and translated', () => {
    const { strings } = tools.extractSourceStrings(root);
    const problems: string[] = [];
    for (const lang of tools.LANGUAGES) {
      const bundle = readJson(`l10n/bundle.l10n.${lang}.json`);
      for (const s of strings.keys()) checkTranslation(lang, s, s, bundle[s], problems);
    }
    assert.deepEqual(problems, []);
  });

  it('host-side messages, prompts, QuickPick and status texts go through vscode.l10n.t, not hard-coded English', () => {
    assert.deepEqual(hardCodedUiStrings(), []);
  });

  it('the checks catch what they are for (a lost argument, the wrong script, English left in, decomposed text)', () => {
    const check = (lang: string, english: string, translated: string) => {
      const problems: string[] = [];
      checkTranslation(lang, 'k', english, translated, problems);
      return problems.join('\n');
    };
    assert.match(check('hi', 'Copied “{0}” to the clipboard.', 'क्लिपबोर्ड पर कॉपी हो गया।'), /keeps \["\{0\}"\] but has \[\]/);
    assert.match(check('bn', 'Preview', 'पूर्वावलोकन'), /0\/\d+ letters are Bengali/);
    assert.match(check('hi', 'Preview', 'Preview'), /identical to English/);
    assert.match(check('bn', 'Fills `{{agent.name}}`.', '`{{agent}}` পূরণ করে।'), /keeps/);
    assert.match(check('hi', 'Kindly: no pack problems.', 'पैक में कोई समस्या नहीं है।'), /lost the "Kindly: " prefix/);
    assert.match(check('hi', 'Draft', 'ड्राफ\u095e'), /not NFC/);
    assert.match(check('bn', 'Pack: {0}', 'Pack: {0}'), /identical to English/);
    assert.equal(check('bn', 'Open the sidebar', 'সাইডবার খুলুন'), '');
    assert.equal(check('hi', 'Fills `{{agent.name}}` ([Open](command:kindly.openSidebar)).', '`{{agent.name}}` भरता है ([खोलें](command:kindly.openSidebar))।'), '');
  });
});
