import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadPack, MAX_PACK_FILE_BYTES } from '../../../src/core/packs';
import { readPackFile } from '../../../src/core/packs/fsSafe';
import { fixture, manifest, problemsIn, tempDir, template, writeTree } from './helpers';

const canSymlink = (() => {
  const dir = tempDir('kindly-symlink-probe-');
  try {
    fs.symlinkSync('.', path.join(dir, 'self'));
    return true;
  } catch {
    return false;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
})();

describe('packs: hostile and broken files', () => {
  let root: string;
  beforeEach(() => {
    root = tempDir();
    writeTree(root, { 'kindly-pack.json': manifest('hostile'), 'templates/ok.md': template('OK', 'Still here') });
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('refuses binary files (NUL bytes) with a message', async () => {
    writeTree(root, { 'templates/binary.md': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02, 0xff]) });
    const pack = await loadPack(root, 'workspace');
    const [p] = problemsIn(pack, 'templates/binary.md');
    assert.equal(p.code, 'binary');
    assert.match(p.message, /binary/);
    assert.deepEqual(pack.templates.map((t) => t.id), ['ok']);
  });

  it('refuses invalid UTF-8', async () => {
    writeTree(root, { 'phrases/latin1.json': Buffer.from('{"phrases": ["caf\xe9"]}', 'latin1') });
    const pack = await loadPack(root, 'workspace');
    assert.equal(problemsIn(pack, 'phrases/latin1.json')[0].code, 'encoding');
  });

  it('refuses files over the size limit without reading them', async () => {
    const huge = path.join(root, 'rules', 'huge.json');
    fs.mkdirSync(path.dirname(huge));
    fs.writeFileSync(huge, '{"rules": []}');
    fs.truncateSync(huge, MAX_PACK_FILE_BYTES + 1); // sparse: cheap to create
    const pack = await loadPack(root, 'workspace');
    const [p] = problemsIn(pack, 'rules/huge.json');
    assert.equal(p.code, 'too-large');
    assert.match(p.message, /too large.*limit is 2\.0 MB/);
    assert.equal(pack.templates.length, 1);
  });

  it('honours a smaller per-file limit', async () => {
    const pack = await loadPack(root, 'workspace', { maxFileBytes: 10 });
    assert.equal(problemsIn(pack, 'templates/ok.md')[0].code, 'too-large');
  });

  it('never touches Object.prototype, whatever the keys', async () => {
    const pack = await loadPack(fixture('unsafe-keys'), 'workspace');
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
    const unsafe = pack.problems.filter((p) => p.code === 'unsafe-key');
    assert.deepEqual(unsafe.map((p) => p.path).sort(), [
      '__proto__', '__proto__', 'constructor', 'constructor', 'placeholders.constructor', 'rules[0].__proto__', 'rules[0].prototype',
    ]);
    // The rest of each file still loads, with no unsafe own keys.
    assert.equal(pack.rules.length, 1);
    assert.equal(pack.templates.length, 1);
    for (const item of [...pack.rules, ...pack.templates, pack.manifest]) {
      assert.equal(Object.getPrototypeOf(item), Object.prototype);
      for (const key of ['__proto__', 'prototype']) assert.equal(Object.prototype.hasOwnProperty.call(item, key), false);
      assert.equal((item as unknown as Record<string, unknown>).polluted, undefined);
    }
  });

  it('reports a file that disappears during the load, and loads the rest', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`templates/t${String(i).padStart(2, '0')}.md`] = template(`T${i}`, `Body ${i}`);
    writeTree(root, files);
    const victim = path.join(root, 'templates', 't39.md');
    const pack = await loadPack(root, 'workspace', {
      onProgress: (done) => {
        if (done === 1) fs.rmSync(victim); // only a few files are in flight at a time; t39 is read last
      },
    });
    const [p] = problemsIn(pack, 'templates/t39.md');
    assert.match(p.message, /disappeared/);
    assert.equal(pack.templates.length, 40); // ok + t00..t38
  });

  it('reports progress up to the total', async () => {
    const calls: Array<[number, number]> = [];
    await loadPack(root, 'workspace', { onProgress: (d, t) => calls.push([d, t]) });
    assert.deepEqual(calls, [[0, 1], [1, 1]]);
  });

  it('rejects with an AbortError when cancelled', async () => {
    const ctrl = new AbortController();
    ctrl.abort();
    await assert.rejects(loadPack(root, 'workspace', { signal: ctrl.signal }), (e: Error) => e.name === 'AbortError');
  });

  it('reads nothing but regular files', async () => {
    const r = await readPackFile(path.join(root, 'templates'));
    assert.equal(r.ok, false);
    const missing = await readPackFile(path.join(root, 'nope.md'));
    assert.equal(missing.ok, false);
    assert.equal(!missing.ok && missing.errno, 'ENOENT');
  });

  it('ignores hidden files and files of other types', async () => {
    writeTree(root, { 'templates/.draft.md': 'garbage', 'templates/notes.txt': 'x', 'rules/readme.md': 'x', 'README.md': 'x' });
    const pack = await loadPack(root, 'workspace');
    assert.deepEqual(pack.problems, []);
  });

  (canSymlink ? describe : describe.skip)('symlinks', () => {
    it('does not follow symlink loops', async () => {
      fs.symlinkSync('.', path.join(root, 'templates', 'self'));
      fs.symlinkSync('..', path.join(root, 'templates', 'up'));
      fs.symlinkSync('loop-b', path.join(root, 'templates', 'loop-a'));
      fs.symlinkSync('loop-a', path.join(root, 'templates', 'loop-b'));
      const pack = await loadPack(root, 'workspace');
      assert.deepEqual(pack.templates.map((t) => t.id), ['ok']);
      const links = pack.problems.filter((p) => p.code === 'symlink').map((p) => path.basename(p.file)).sort();
      assert.deepEqual(links, ['loop-a', 'loop-b', 'self', 'up']);
      assert.ok(pack.problems.every((p) => p.severity === 'warning'));
    });

    it('does not follow symlinks that leave the pack', async () => {
      const outside = tempDir('kindly-outside-');
      try {
        writeTree(outside, { 'secret.md': template('Secret', 'do not load'), 'dir/x.md': template('X', 'x') });
        fs.symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'templates', 'secret.md'));
        fs.symlinkSync(path.join(outside, 'dir'), path.join(root, 'templates', 'dir'));
        fs.symlinkSync(outside, path.join(root, 'articles'));
        const pack = await loadPack(root, 'workspace');
        assert.deepEqual(pack.templates.map((t) => t.id), ['ok']);
        assert.equal(pack.articles.length, 0);
        const outsideProblems = pack.problems.filter((p) => /outside the pack/.test(p.message));
        assert.equal(outsideProblems.length, 3);
      } finally {
        fs.rmSync(outside, { recursive: true, force: true });
      }
    });

    it('follows symlinks that stay inside the pack, but not into another content folder', async () => {
      writeTree(root, { 'shared/common.md': template('Common', 'shared text'), 'articles/a.md': template('A', 'article') });
      fs.symlinkSync(path.join('..', 'shared'), path.join(root, 'templates', 'shared'));
      fs.symlinkSync(path.join('..', 'articles'), path.join(root, 'templates', 'arts'));
      const pack = await loadPack(root, 'workspace');
      assert.deepEqual(pack.templates.map((t) => t.id).sort(), ['ok', 'shared/common']);
      assert.deepEqual(pack.articles.map((a) => a.id), ['a']);
      assert.ok(pack.problems.some((p) => p.file.endsWith('arts') && /another content folder/.test(p.message)));
    });

    it('reports dangling symlinks', async () => {
      fs.symlinkSync('missing.md', path.join(root, 'templates', 'dangling.md'));
      const pack = await loadPack(root, 'workspace');
      assert.match(problemsIn(pack, 'templates/dangling.md')[0].message, /points to nothing/);
    });
  });
});
