import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadPack, type LoadedPack } from '../../../src/core/packs';
import { tempDir, writeTree } from './helpers';

// Issue 8: a pack folder with 10,000 files loads with progress and without blocking the event loop,
// and a 50 MB file is refused with a message instead of being read.
describe('packs at scale', function () {
  this.timeout(60_000);
  let root: string;
  let pack: LoadedPack;
  const progress: Array<[number, number]> = [];
  let ticks = 0;

  before(async () => {
    root = tempDir();
    const files: Record<string, string> = {
      'kindly-pack.json': JSON.stringify({ id: 'big', name: 'Big', version: '1.0.0', languages: ['en'] }),
    };
    for (let i = 0; i < 10_000; i++) {
      files[`templates/t${Math.floor(i / 500)}/item-${i}.md`] = `---\ntitle: Item ${i}\nlang: en\ntags: [bulk]\n---\nReply number ${i} for {{customer.firstName | "there"}}.\n`;
    }
    writeTree(root, files);
    // Sparse file: 50 MB on paper, costs nothing on disk.
    fs.mkdirSync(path.join(root, 'articles'));
    const huge = path.join(root, 'articles', 'huge.md');
    fs.writeFileSync(huge, '---\ntitle: Huge\nlang: en\n---\n');
    fs.truncateSync(huge, 50 * 1024 * 1024);
    const timer = setInterval(() => { ticks++; }, 1);
    pack = await loadPack(root, 'workspace', { onProgress: (done, total) => progress.push([done, total]) });
    clearInterval(timer);
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('loads 10,000 templates, reporting progress, while timers keep firing', () => {
    assert.equal(pack.templates.length, 10_000);
    assert.ok(progress.length > 100, 'progress is reported as files are read');
    assert.deepEqual(progress.at(-1), [10_001, 10_001], 'progress ends at the total');
    for (let i = 1; i < progress.length; i++) assert.ok(progress[i][0] >= progress[i - 1][0], 'progress never goes backwards');
    // The load is asynchronous I/O in bounded batches: the event loop keeps running timers meanwhile.
    assert.ok(ticks > 10, `timers ran during the load (${ticks} ticks)`);
  });

  it('refuses the 50 MB file with a message naming it, and keeps the rest', () => {
    const problem = pack.problems.find((p) => p.file.endsWith(path.join('articles', 'huge.md')));
    assert.ok(problem, 'the huge file is reported');
    assert.match(problem.message, /too large/);
    assert.equal(pack.articles.length, 0);
    assert.equal(pack.templates.length, 10_000);
  });
});
