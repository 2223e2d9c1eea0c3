// Activation time and bundle size: builds the production bundles, reports their sizes, then activates
// Kindly N times in a real VS Code extension host (code-server) and prints the median.
// Run: node bench/activation.bench.mjs [--runs 3]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runHostTests } from '../test/runner/host.mjs';
import { repoRoot } from '../test/runner/setup.mjs';

const runsAt = process.argv.indexOf('--runs');
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 3;

execFileSync(process.execPath, ['esbuild.mjs', '--production', '--no-check'], { cwd: repoRoot, stdio: 'inherit' });
execFileSync(process.execPath, [path.join(repoRoot, 'node_modules/esbuild/bin/esbuild'), 'bench/activation/index.ts', '--bundle', '--platform=node', '--format=cjs',
  '--external:vscode', '--outfile=out/bench/activation/index.js', '--log-level=warning'], { cwd: repoRoot, stdio: 'inherit' });

const kb = (f) => (statSync(path.join(repoRoot, f)).size / 1024).toFixed(1);
console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log('\nproduction bundles (minified):');
for (const f of ['dist/extension.js', 'dist/page.js', 'dist/cli.js']) console.log(`  ${f.padEnd(20)} ${kb(f).padStart(8)} KiB`);

const samples = [];
for (let i = 0; i < runs; i++) {
  const result = path.join(mkdtempSync(path.join(os.tmpdir(), 'kindly-bench-')), 'activation.json');
  process.env.KINDLY_BENCH_RESULT = result;
  const { code } = await runHostTests({ extensionTestsPath: path.join(repoRoot, 'out/bench/activation/index.js'), timeoutMs: 120_000 });
  if (code !== 0 || !existsSync(result)) { console.error('activation run failed'); process.exit(1); }
  samples.push(JSON.parse(readFileSync(result, 'utf8')));
}
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = samples[0];
console.log(`\nactivation in VS Code ${s.vscodeVersion} (code-server extension host), ${runs} runs, median:`);
console.log(`  activate() returned         ${median(samples.map((x) => x.activateMs)).toFixed(1)} ms`);
console.log(`  all packs loaded and ready  ${median(samples.map((x) => x.packsReadyMs)).toFixed(1)} ms  (${s.items.templates} templates, ${s.items.phrases} phrases, ${s.items.rules} rules)`);
console.log(`  already active before the bench asked: ${samples.some((x) => x.wasActiveBeforeBench) ? 'yes (not lazy!)' : 'no (lazy)'}`);
if (samples.some((x) => x.wasActiveBeforeBench)) console.log(`  documents open at that point: ${JSON.stringify(s.openDocuments)}`);
// Rebuild the development bundles so tests and `npm start` keep source maps.
execFileSync(process.execPath, ['esbuild.mjs', '--no-check'], { cwd: repoRoot, stdio: 'inherit' });
