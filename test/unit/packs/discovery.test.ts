import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { deriveItemId, findPackRoots } from '../../../src/core/packs';
import { manifest, tempDir, writeTree } from './helpers';

describe('packs: findPackRoots', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
    writeTree(dir, {
      'a/kindly-pack.json': manifest('a'),
      'a/nested/kindly-pack.json': manifest('nested'), // inside a pack: not searched
      'group/b/kindly-pack.json': manifest('b'),
      'node_modules/dep/kindly-pack.json': manifest('dep'),
      '.git/x/kindly-pack.json': manifest('git'),
      'deep/1/2/3/4/kindly-pack.json': manifest('deep'),
    });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finds pack folders, skipping node_modules, .git and pack subfolders', async () => {
    const roots = (await findPackRoots(dir)).map((r) => path.relative(dir, r));
    assert.deepEqual(roots, ['a', 'deep/1/2/3/4', 'group/b']);
  });

  it('is bounded in depth', async () => {
    const roots = (await findPackRoots(dir, { maxDepth: 2 })).map((r) => path.relative(dir, r));
    assert.deepEqual(roots, ['a', 'group/b']);
  });

  it('returns the folder itself when it is a pack', async () => {
    assert.deepEqual(await findPackRoots(path.join(dir, 'a')), [path.join(dir, 'a')]);
  });

  it('survives symlink loops and missing folders', async () => {
    try {
      fs.symlinkSync('..', path.join(dir, 'group', 'up'));
      fs.symlinkSync('loop2', path.join(dir, 'loop1'));
      fs.symlinkSync('loop1', path.join(dir, 'loop2'));
    } catch {
      return; // no symlinks on this system
    }
    const roots = (await findPackRoots(dir)).map((r) => path.relative(dir, r));
    assert.deepEqual(roots, ['a', 'deep/1/2/3/4', 'group/b']);
    assert.deepEqual(await findPackRoots(path.join(dir, 'missing')), []);
  });
});

describe('packs: derived ids', () => {
  it('uses the path below the kind folder, lower-cased, without the extension', () => {
    assert.equal(deriveItemId('billing/refund-approved.md'), 'billing/refund-approved');
    assert.equal(deriveItemId('Billing/Refund Approved!.md'), 'billing/refund-approved');
    assert.equal(deriveItemId('hi/रिफंड स्वीकृत.md'), 'hi/रिफंड-स्वीकृत');
    assert.equal(deriveItemId('a\\b.md'), 'a/b');
    assert.equal(deriveItemId('../x.md'), 'x');
    assert.equal(deriveItemId('!!!.md'), 'item');
  });
});
