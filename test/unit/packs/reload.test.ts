import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadPack, reloadPackFiles } from '../../../src/core/packs';
import type { LoadedPack } from '../../../src/core/packs';
import { manifest, problemsIn, tempDir, template, writeTree } from './helpers';

describe('packs: reloading changed files', () => {
  let root: string;
  let pack: LoadedPack;
  beforeEach(async () => {
    root = tempDir();
    writeTree(root, {
      'kindly-pack.json': manifest('reload', ['en', 'hi']),
      'templates/a.md': template('A', 'Alpha'),
      'templates/b.md': template('B', 'Beta'),
      'templates/sub/c.md': template('C', 'Gamma'),
      'phrases/p.json': JSON.stringify({ phrases: [{ id: 'hi', kind: 'greeting', lang: 'en', text: 'Hi' }] }),
    });
    pack = await loadPack(root, 'workspace');
    assert.deepEqual(pack.problems, []);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('re-reads only the changed file', async () => {
    writeTree(root, { 'templates/a.md': template('A2', 'Alpha two'), 'templates/b.md': template('B2', 'Beta two') });
    let total = -1;
    const next = await reloadPackFiles(pack, [path.join(root, 'templates/a.md')], { onProgress: (_d, t) => { total = t; } });
    assert.equal(total, 1);
    const titles = Object.fromEntries(next.templates.map((t) => [t.id, t.title]));
    assert.deepEqual(titles, { a: 'A2', b: 'B', 'sub/c': 'C' }); // b.md changed on disk but was not named
    assert.equal(pack.templates.find((t) => t.id === 'a')!.title, 'A', 'the old pack object is left as it was');
  });

  it('shows and clears a problem when a file breaks and is fixed', async () => {
    writeTree(root, { 'templates/a.md': template('A', 'Alpha', 'fr') });
    const broken = await reloadPackFiles(pack, ['templates/a.md']);
    assert.equal(problemsIn(broken, 'templates/a.md')[0].path, 'lang');
    assert.deepEqual(broken.templates.map((t) => t.id).sort(), ['b', 'sub/c']);
    writeTree(root, { 'templates/a.md': template('A', 'Alpha fixed', 'hi') });
    const fixed = await reloadPackFiles(broken, ['templates/a.md']);
    assert.deepEqual(fixed.problems, []);
    assert.equal(fixed.templates.find((t) => t.id === 'a')!.body, 'Alpha fixed');
  });

  it('removes the items of deleted files and folders', async () => {
    fs.rmSync(path.join(root, 'templates/sub'), { recursive: true });
    fs.rmSync(path.join(root, 'phrases/p.json'));
    const next = await reloadPackFiles(pack, [path.join(root, 'templates/sub'), path.join(root, 'phrases/p.json')]);
    assert.deepEqual(next.templates.map((t) => t.id).sort(), ['a', 'b']);
    assert.equal(next.phrases.length, 0);
  });

  it('picks up new files and new folders', async () => {
    writeTree(root, { 'templates/new/d.md': template('D', 'Delta'), 'articles/faq.md': template('FAQ', 'Answer') });
    const next = await reloadPackFiles(pack, [path.join(root, 'templates/new'), path.join(root, 'articles/faq.md')]);
    assert.deepEqual(next.templates.map((t) => t.id).sort(), ['a', 'b', 'new/d', 'sub/c']);
    assert.deepEqual(next.articles.map((a) => a.id), ['faq']);
  });

  it('recomputes duplicate ids across files', async () => {
    writeTree(root, { 'templates/dup.md': template('Dup', 'x', 'en', 'id: a\n') });
    const withDup = await reloadPackFiles(pack, ['templates/dup.md']);
    assert.equal(withDup.problems.filter((p) => p.code === 'duplicate-id').length, 1);
    fs.rmSync(path.join(root, 'templates/dup.md'));
    const without = await reloadPackFiles(withDup, ['templates/dup.md']);
    assert.deepEqual(without.problems, []);
  });

  it('reloads everything when the manifest changes (languages affect every file)', async () => {
    writeTree(root, { 'kindly-pack.json': manifest('reload', ['hi']) });
    const next = await reloadPackFiles(pack, ['kindly-pack.json']);
    assert.equal(next.problems.filter((p) => p.code === 'lang').length, 4);
  });

  it('ignores paths outside the pack, including ones that climb out with ..', async () => {
    const outside = tempDir('kindly-outside-');
    try {
      writeTree(outside, { 'templates/evil.md': template('Evil', 'evil') });
      const next = await reloadPackFiles(pack, [
        path.join(outside, 'templates/evil.md'),
        path.join(root, 'templates', '..', '..', path.basename(outside), 'templates', 'evil.md'),
        'templates/../../evil.md',
      ]);
      assert.deepEqual(next.templates.map((t) => t.id).sort(), ['a', 'b', 'sub/c']);
      assert.deepEqual(next.problems, []);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('falls back to a full load for a pack it did not load', async () => {
    const copy: LoadedPack = { ...pack, templates: [] };
    const next = await reloadPackFiles(copy, ['templates/a.md']);
    assert.equal(next.templates.length, 3);
  });
});
