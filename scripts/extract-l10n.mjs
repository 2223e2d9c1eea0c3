// Finds every string Kindly shows that must be translated, and what the Hindi and Bengali files lack.
//   node scripts/extract-l10n.mjs          report missing and unused keys (exit 1 if anything is missing)
//   node scripts/extract-l10n.mjs --list   print the English source strings, one JSON string a line
//
// Sources of strings:
//   - host side (src/**, except src/core, src/cli and the page): `l10n.t('English text with {0}', arg)`;
//     English is the key of l10n/bundle.l10n.<lang>.json (VS Code shows the source when no bundle has it);
//   - the sidebar page (src/webview/page/**): `t('English text')`, translated from the same bundles (the host
//     passes `vscode.l10n.bundle` to the page, see src/webview/sidebarHtml.ts);
//   - package.json: `%key%` placeholders, English in package.nls.json, translations in package.nls.<lang>.json.
// The unit test test/unit/l10n/l10n.test.ts uses these same functions.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const LANGUAGES = ['hi', 'bn'];
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function tsFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(full) : /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

const ESCAPES = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', 0: '\0' };

/** Reads the string literal starting at `text[at]` (a quote); undefined when it is not a plain literal. */
function readLiteral(text, at) {
  const quote = text[at];
  if (quote !== "'" && quote !== '"' && quote !== '`') return undefined;
  let out = '';
  for (let i = at + 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === quote) return { value: out, end: i + 1 };
    if (quote === '`' && ch === '$' && text[i + 1] === '{') return undefined; // a template with substitutions
    if ((ch === '\n' || ch === '\r') && quote !== '`') return undefined;
    if (ch !== '\\') { out += ch; continue; }
    const next = text[++i];
    if (next === 'u' && text[i + 1] === '{') {
      const close = text.indexOf('}', i);
      out += String.fromCodePoint(parseInt(text.slice(i + 2, close), 16));
      i = close;
    } else if (next === 'u') {
      out += String.fromCharCode(parseInt(text.slice(i + 1, i + 5), 16));
      i += 4;
    } else if (next === 'x') {
      out += String.fromCharCode(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (next === '\n') {
      // line continuation
    } else out += ESCAPES[next] ?? next;
  }
  return undefined;
}

function lineOf(text, index) {
  return text.slice(0, index).split('\n').length;
}

/**
 * Every translatable string in `src/`: `{ strings: Map<english, string[] (file:line)>, problems: string[] }`.
 * A call whose first argument is not a plain string literal is a problem: nothing could translate it.
 */
export function extractSourceStrings(root = repoRoot) {
  const src = path.join(root, 'src');
  const page = path.join(src, 'webview', 'page');
  const skip = [path.join(src, 'core'), path.join(src, 'cli'), page];
  const strings = new Map();
  const problems = [];
  const scan = (file, pattern) => {
    const text = readFileSync(file, 'utf8');
    const rel = path.relative(root, file).split(path.sep).join('/');
    for (const m of text.matchAll(pattern)) {
      let at = m.index + m[0].length;
      while (/\s/.test(text[at])) at++;
      const where = `${rel}:${lineOf(text, m.index)}`;
      const literal = readLiteral(text, at);
      if (!literal) {
        problems.push(`${where}: the first argument of ${m[0].trim()} is not a plain string literal`);
        continue;
      }
      strings.set(literal.value, [...(strings.get(literal.value) ?? []), where]);
    }
  };
  for (const file of tsFiles(src)) {
    if (skip.some((dir) => file.startsWith(dir + path.sep))) continue;
    scan(file, /\bl10n\.t\(/g);
  }
  // In the page, `t(` not preceded by an identifier character, a dot or `function `.
  for (const file of tsFiles(page)) scan(file, /(?<![\w$.])(?<!function )t\(/g);
  return { strings, problems };
}

/** The `%key%` placeholders package.json uses (anywhere in the manifest). */
export function manifestKeys(root = repoRoot) {
  const keys = new Set();
  const walk = (v) => {
    if (typeof v === 'string') {
      const m = /^%([\w.-]+)%$/.exec(v);
      if (m) keys.add(m[1]);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')));
  return keys;
}

export function readJson(root, rel) {
  const file = path.join(root, rel);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

/** What is missing or left over, per file. */
export function l10nReport(root = repoRoot) {
  const { strings, problems } = extractSourceStrings(root);
  const keys = manifestKeys(root);
  const report = { problems: [...problems], missing: {}, unused: {} };
  const note = (file, kind, list) => { if (list.length) report[kind][file] = list; };
  const nls = readJson(root, 'package.nls.json') ?? {};
  note('package.nls.json', 'missing', [...keys].filter((k) => !(k in nls)));
  note('package.nls.json', 'unused', Object.keys(nls).filter((k) => !keys.has(k)));
  for (const lang of LANGUAGES) {
    const file = `package.nls.${lang}.json`;
    const tr = readJson(root, file) ?? {};
    note(file, 'missing', [...keys].filter((k) => !(k in tr)));
    note(file, 'unused', Object.keys(tr).filter((k) => !keys.has(k)));
    const bundleFile = `l10n/bundle.l10n.${lang}.json`;
    const bundle = readJson(root, bundleFile) ?? {};
    note(bundleFile, 'missing', [...strings.keys()].filter((s) => !(s in bundle)));
    note(bundleFile, 'unused', Object.keys(bundle).filter((s) => !strings.has(s)));
  }
  return report;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--list')) {
    for (const s of extractSourceStrings().strings.keys()) console.log(JSON.stringify(s));
  } else {
    const report = l10nReport();
    let bad = report.problems.length > 0;
    for (const p of report.problems) console.log(`problem: ${p}`);
    for (const [file, list] of Object.entries(report.missing)) {
      bad = true;
      console.log(`\n${file}: ${list.length} missing`);
      for (const k of list) console.log(`  ${JSON.stringify(k)}`);
    }
    for (const [file, list] of Object.entries(report.unused)) {
      console.log(`\n${file}: ${list.length} unused`);
      for (const k of list) console.log(`  ${JSON.stringify(k)}`);
    }
    if (!bad) console.log('Every string has a Hindi and a Bengali translation.');
    process.exitCode = bad ? 1 : 0;
  }
}
