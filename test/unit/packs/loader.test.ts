import assert from 'node:assert/strict';
import * as path from 'node:path';
import { loadPack } from '../../../src/core/packs';
import type { LoadedPack } from '../../../src/core/packs';
import { fixture, posOf, problemsIn } from './helpers';

describe('packs: loading a good pack', () => {
  let pack: LoadedPack;
  before(async () => {
    pack = await loadPack(fixture('good'), 'workspace');
  });

  it('loads every item with no problems', () => {
    assert.deepEqual(pack.problems, []);
    assert.equal(pack.manifest.id, 'acme-support');
    assert.equal(pack.templates.length, 3);
    assert.equal(pack.articles.length, 1);
    assert.equal(pack.phrases.length, 3);
    assert.equal(pack.rules.length, 2);
  });

  it('derives ids from the path below the kind folder, and keeps explicit ids', () => {
    const ids = pack.templates.map((t) => t.id).sort();
    assert.deepEqual(ids, ['billing/refund-approved', 'hi/refund-approved', 'shipping/delay']);
    assert.equal(pack.articles[0].id, 'return-policy');
  });

  it('parses front matter, channels and bodies (CRLF normalised, leading blank lines dropped)', () => {
    const refund = pack.templates.find((t) => t.id === 'billing/refund-approved')!;
    assert.deepEqual(refund.channels, ['email', 'chat']);
    assert.deepEqual(refund.tags, ['refund', 'billing']);
    assert.ok(refund.body.startsWith('Hi {{customer.firstName | "there"}},'));
    assert.equal(refund.bodyLine, posOf(refund.origin.file, 'Hi {{').line);
    const delay = pack.templates.find((t) => t.id === 'shipping/delay')!;
    assert.deepEqual(delay.channels, ['email']);
    const hindi = pack.templates.find((t) => t.id === 'hi/refund-approved')!;
    assert.equal(hindi.title, 'रिफंड स्वीकृत');
    assert.ok(!hindi.body.includes('\r'));
    assert.equal(hindi.bodyLine, 6);
  });

  it('records where each item comes from', () => {
    const phrase = pack.phrases.find((p) => p.id === 'close-email')!;
    assert.equal(phrase.origin.packId, 'acme-support');
    assert.equal(phrase.origin.file, fixture('good', 'phrases', 'greetings.json'));
    assert.equal(phrase.origin.line, posOf(phrase.origin.file, '{ "id": "close-email"').line);
    const rule = pack.rules.find((r) => r.id === 'no-policy-blame')!;
    assert.equal(rule.origin.line, posOf(rule.origin.file, '"id": "no-policy-blame"').line - 1);
  });

  it('applies schema defaults', () => {
    const greet = pack.phrases.find((p) => p.id === 'close-email')!;
    assert.equal(greet.channel, 'any');
    assert.equal(greet.timeOfDay, 'any');
    const rule = pack.rules.find((r) => r.id === 'no-unfortunately')!;
    assert.deepEqual(rule.examples.flag, ['Unfortunately we cannot help.']);
  });

  it('accepts placeholders declared in the manifest', () => {
    const delay = pack.templates.find((t) => t.id === 'shipping/delay')!;
    assert.ok(delay.body.includes('{{order.carrier}}'));
  });
});

describe('packs: invalid JSON', () => {
  let pack: LoadedPack;
  before(async () => {
    pack = await loadPack(fixture('json-errors'), 'workspace');
  });

  it('reports a trailing comma at the comma', () => {
    const [p] = problemsIn(pack, 'phrases/trailing-comma.json');
    assert.match(p.message, /trailing comma/);
    const text = posOf(fixture('json-errors/phrases/trailing-comma.json'), '},');
    assert.deepEqual([p.line, p.column], [text.line, text.column + 1]);
    assert.equal(p.severity, 'error');
  });

  it('reports a truncated file as ending early', () => {
    const problems = problemsIn(pack, 'phrases/truncated.json');
    assert.ok(problems.length >= 1);
    assert.ok(problems.some((p) => /unterminated|end of file/.test(p.message)), JSON.stringify(problems));
    assert.ok(problems.every((p) => p.line === 3));
  });

  it('reports an empty file', () => {
    const [p] = problemsIn(pack, 'phrases/empty.json');
    assert.match(p.message, /empty/);
    assert.deepEqual([p.line, p.column], [1, 1]);
  });

  it('reports comments', () => {
    const [p] = problemsIn(pack, 'phrases/comment.json');
    assert.match(p.message, /comments are not allowed/);
    assert.equal(p.line, 2);
  });

  it('warns about a BOM but still loads the file', () => {
    const [p] = problemsIn(pack, 'rules/bom.json');
    assert.match(p.message, /byte order mark/);
    assert.equal(p.severity, 'warning');
    assert.deepEqual(pack.rules.map((r) => r.id), ['bom-rule']);
  });

  it('keeps the good files of the pack', () => {
    assert.deepEqual(pack.phrases.map((p) => p.id), ['still-here']);
  });
});

describe('packs: wrong types and headers', () => {
  let pack: LoadedPack;
  const file = (rel: string) => fixture('wrong-types', rel);
  before(async () => {
    pack = await loadPack(fixture('wrong-types'), 'workspace');
  });

  it('says which languages are allowed, at the lang value', () => {
    const [p] = problemsIn(pack, 'templates/refund.md');
    assert.equal(p.path, 'lang');
    assert.match(p.message, /^expected one of en, hi, bn\b/);
    assert.deepEqual([p.line, p.column], [3, 7]);
    assert.equal(p.code, 'lang');
  });

  it('reports each wrong header field at its value, with what is expected', () => {
    const problems = problemsIn(pack, 'templates/bad-header.md');
    const byPath = new Map(problems.map((p) => [p.path, p]));
    assert.match(byPath.get('title')!.message, /expected a string, found a number/);
    assert.deepEqual([byPath.get('title')!.line, byPath.get('title')!.column], [2, 8]);
    assert.match(byPath.get('tags')!.message, /expected an array/);
    assert.match(byPath.get('channel')!.message, /email, chat, social, phone-script/);
    assert.deepEqual([byPath.get('channel')!.line, byPath.get('channel')!.column], [5, 10]);
    assert.match(byPath.get('colour')!.message, /unknown field "colour".*title/);
    assert.deepEqual([byPath.get('colour')!.line, byPath.get('colour')!.column], [6, 1]);
  });

  it('reports missing, unclosed and broken front matter, and empty bodies', () => {
    assert.match(problemsIn(pack, 'articles/no-front-matter.md')[0].message, /front-matter header/);
    assert.match(problemsIn(pack, 'articles/unclosed.md')[0].message, /never closed/);
    assert.equal(problemsIn(pack, 'templates/yaml-error.md')[0].code, 'yaml-syntax');
    const [empty] = problemsIn(pack, 'templates/empty-body.md');
    assert.equal(empty.code, 'empty-body');
  });

  it('refuses non-http article URLs', () => {
    const [p] = problemsIn(pack, 'articles/bad-url.md');
    assert.equal(p.path, 'url');
    assert.match(p.message, /http\(s\) URL/);
    assert.deepEqual([p.line, p.column], [4, 6]);
  });

  it('validates JSON entries one by one, with paths like phrases[2].text', () => {
    const problems = problemsIn(pack, 'phrases/types.json');
    const paths = problems.map((p) => p.path).sort();
    assert.deepEqual(paths, ['extra', 'phrases[1].kind', 'phrases[2].text', 'phrases[3].id', 'phrases[4].lang']);
    const text = problems.find((p) => p.path === 'phrases[2].text')!;
    const at = posOf(file('phrases/types.json'), '42');
    assert.deepEqual([text.line, text.column], [at.line, at.column]);
    assert.match(problems.find((p) => p.path === 'phrases[3].id')!.message, /missing required field/);
    assert.deepEqual(pack.phrases.map((p) => p.id), ['ok-one']);
  });

  it('reports rule problems with rule paths and keeps the valid rule', () => {
    const problems = problemsIn(pack, 'rules/types.json');
    assert.deepEqual(problems.map((p) => p.path), ['rules[0].severity', 'rules[1]', 'rules[2].message']);
    assert.match(problems[0].message, /expected one of error, warning, info, hint, off/);
    assert.match(problems[1].message, /exactly one of "phrases", "pattern" or "check"/);
    assert.deepEqual(pack.rules.map((r) => r.id), ['fine']);
  });

  it('still loads the valid files of a pack full of broken ones', () => {
    assert.deepEqual(pack.templates.map((t) => t.id), ['good']);
  });
});

describe('packs: placeholders', () => {
  let pack: LoadedPack;
  before(async () => {
    pack = await loadPack(fixture('placeholders'), 'workspace');
  });

  it('reports unknown placeholder names at the placeholder, and keeps the item', () => {
    const [p] = problemsIn(pack, 'templates/unknown.md');
    assert.match(p.message, /unknown placeholder "order.number"/);
    assert.deepEqual([p.line, p.column], [6, 12]);
    assert.equal(p.code, 'placeholder');
    assert.ok(pack.templates.some((t) => t.id === 'unknown'));
  });

  it('reports unbalanced braces where they are', () => {
    const problems = problemsIn(pack, 'templates/unbalanced.md');
    const file = fixture('placeholders/templates/unbalanced.md');
    assert.deepEqual(problems.map((p) => [p.line, p.column]), [
      [posOf(file, '}}').line, posOf(file, '}}').column],
      [posOf(file, '{{').line, posOf(file, '{{').column],
    ]);
    assert.match(problems[0].message, /unbalanced "}}"/);
    assert.match(problems[1].message, /unbalanced "{{"/);
  });

  it('maps positions inside JSON strings with escapes to the source column', () => {
    const [p] = problemsIn(pack, 'phrases/p.json');
    const at = posOf(fixture('placeholders/phrases/p.json'), '{{customer.nickname');
    assert.deepEqual([p.line, p.column], [at.line, at.column]);
    assert.equal(p.path, 'phrases[0].text');
  });

  it('checks placeholders in rule rewrites', () => {
    const [p] = problemsIn(pack, 'rules/r.json');
    assert.equal(p.path, 'rules[0].rewrites[0]');
    const at = posOf(fixture('placeholders/rules/r.json'), '{{agent.nickname');
    assert.deepEqual([p.line, p.column], [at.line, at.column]);
  });
});

describe('packs: duplicate ids', () => {
  it('reports later duplicates of an id (explicit or derived) and keeps the first', async () => {
    const pack = await loadPack(fixture('duplicates'), 'workspace');
    const dups = pack.problems.filter((p) => p.code === 'duplicate-id');
    assert.deepEqual(dups.map((p) => path.relative(pack.root, p.file)).sort(), ['phrases/two.json', 'templates/b.md', 'templates/z.md']);
    assert.equal(pack.templates.find((t) => t.id === 'same')!.title, 'A');
    assert.equal(pack.templates.find((t) => t.id === 'x/y')!.title, 'Derived');
    assert.equal(pack.phrases.length, 1);
    assert.equal(pack.phrases[0].text, 'Hello');
    const b = dups.find((p) => p.file.endsWith('b.md'))!;
    assert.deepEqual([b.line, b.column, b.path], [2, 5, 'id']);
    assert.match(b.message, /already defined at templates\/a\.md:2/);
  });
});

describe('packs: manifest problems', () => {
  it('reports a missing manifest on its path and still loads the items', async () => {
    const pack = await loadPack(fixture('no-manifest'), 'workspace');
    assert.equal(pack.problems.length, 1);
    assert.equal(pack.problems[0].file, fixture('no-manifest', 'kindly-pack.json'));
    assert.match(pack.problems[0].message, /missing kindly-pack\.json/);
    assert.equal(pack.manifest.id, 'no-manifest');
    assert.equal(pack.templates.length, 1);
  });

  it('reports invalid manifest fields and keeps the valid ones', async () => {
    const pack = await loadPack(fixture('bad-manifest'), 'workspace');
    const paths = pack.problems.map((p) => p.path).sort();
    assert.deepEqual(paths, ['colour', 'languages', 'version']);
    assert.equal(pack.manifest.id, 'bad-manifest');
    assert.equal(pack.manifest.name, 'Bad manifest');
    assert.equal(pack.templates.length, 1);
  });

  it('reports a missing pack folder without throwing', async () => {
    const pack = await loadPack(fixture('does-not-exist'), 'setting');
    assert.equal(pack.problems.length, 1);
    assert.match(pack.problems[0].message, /not found/);
  });

  it('reports a file given as a pack folder without throwing', async () => {
    const pack = await loadPack(fixture('good', 'kindly-pack.json'), 'setting');
    assert.equal(pack.problems.length, 1);
    assert.match(pack.problems[0].message, /not a folder/);
    assert.equal(pack.templates.length, 0);
  });
});

describe('packs: rule examples', () => {
  it('turns checkRule messages into problems on the rule', async () => {
    const seen: string[] = [];
    const pack = await loadPack(fixture('examples'), 'workspace', {
      checkRule: (rule) => {
        seen.push(rule.id);
        return rule.id === 'wrong-examples' ? ['flag example not flagged'] : [];
      },
    });
    assert.deepEqual(seen.sort(), ['right-examples', 'wrong-examples']);
    assert.equal(pack.problems.length, 1);
    const p = pack.problems[0];
    assert.equal(p.path, 'rules[0].examples');
    assert.equal(p.code, 'rule-example');
    assert.equal(p.line, posOf(p.file, '"examples"').line);
  });

  it('reports a checker that throws as a problem instead of failing the load', async () => {
    const pack = await loadPack(fixture('examples'), 'workspace', { checkRule: () => { throw new Error('boom'); } });
    assert.equal(pack.problems.length, 2);
    assert.match(pack.problems[0].message, /boom/);
    assert.equal(pack.rules.length, 2);
  });

  it('does not check examples without a checker', async () => {
    const pack = await loadPack(fixture('examples'), 'workspace');
    assert.deepEqual(pack.problems, []);
  });
});

describe('packs: regex rules', () => {
  it('refuses invalid, empty-matching, backreference, lookbehind and nested-repetition patterns', async () => {
    const pack = await loadPack(fixture('regex'), 'workspace');
    const byPath = new Map(pack.problems.map((p) => [p.path, p.message]));
    assert.match(byPath.get('rules[0].pattern')!, /invalid regular expression/);
    assert.match(byPath.get('rules[1].pattern')!, /empty text/);
    assert.match(byPath.get('rules[2].pattern')!, /empty text/);
    assert.match(byPath.get('rules[3].pattern')!, /backreferences/);
    assert.match(byPath.get('rules[4].pattern')!, /lookbehind/);
    assert.match(byPath.get('rules[5].pattern')!, /exponential/);
    assert.deepEqual(pack.rules.map((r) => r.id), ['fine', 'scary-but-safe']);
    const p = pack.problems.find((x) => x.path === 'rules[0].pattern')!;
    const at = posOf(p.file, '"(unclosed"');
    assert.deepEqual([p.line, p.column], [at.line, at.column]);
  });
});
