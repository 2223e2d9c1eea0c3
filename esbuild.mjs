// Builds Kindly's three bundles (extension host, sidebar page, CLI) and the extension-host tests.
//   node esbuild.mjs               type-check, then build
//   node esbuild.mjs --production  minified, no source maps (used by `npm run package`)
//   node esbuild.mjs --watch       rebuild on change (type-check with `npm run check-types` separately)
//   node esbuild.mjs --no-check    skip the type-check (the test runner type-checks once up front)
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');
const require = createRequire(import.meta.url);

/** Prints esbuild problems as `file:line:col: message`, which terminals and VS Code's problem matchers link. */
const reportProblems = {
  name: 'report-problems',
  setup(build) {
    build.onEnd((result) => {
      for (const { text, location } of [...result.errors, ...result.warnings]) {
        const where = location ? `${location.file}:${location.line}:${location.column}: ` : '';
        console.error(`${where}${text}`);
      }
      if (watch) console.log(`[watch] build finished with ${result.errors.length} error(s)`);
    });
  },
};

/**
 * zod re-exports every locale (about 100 languages of its own error messages) from its entry point; Kindly
 * writes its own messages, so only the English locale, which zod configures by default, is bundled.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/]/.test(args.importer) ? { path: new URL('../locales/en.js', `file://${args.importer}`).pathname } : undefined);
  },
};

const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  logLevel: 'silent',
  plugins: [reportProblems, zodEnglishOnly],
  // Prefer ESM entry points: jsonc-parser's UMD `main` hides its requires from the bundler.
  mainFields: ['module', 'main'],
  define: { 'process.env.KINDLY_VERSION': JSON.stringify(require('./package.json').version) },
};

const testEntries = readdirSync('test/integration')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => `test/integration/${f}`);

const builds = [
  // Extension host: Node, CommonJS, `vscode` provided by the host.
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'] },
  // Sidebar page: runs in the webview, no Node.
  { ...common, entryPoints: ['src/webview/page/main.ts'], outfile: 'dist/page.js', platform: 'browser', format: 'iife', target: 'es2022' },
  // CLI: plain Node, same core.
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node20' },
];
if (!production) {
  // Extension-host tests run inside VS Code; mocha is loaded from node_modules, not bundled.
  builds.push({ ...common, entryPoints: testEntries, outdir: 'out/test/integration', platform: 'node', format: 'cjs', target: 'node20', external: ['vscode', 'mocha'] });
  builds.push({ ...common, entryPoints: ['test/smoke/index.ts'], outfile: 'out/test/smoke/index.js', platform: 'node', format: 'cjs', target: 'node20', external: ['vscode', 'mocha'] });
}

if (!watch && !args.has('--no-check')) {
  for (const project of ['.', 'src/webview/page']) {
    try {
      execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', project], { stdio: 'inherit' });
    } catch {
      console.error(`type-check failed (tsc -p ${project})`);
      process.exit(1);
    }
  }
}

// A production build starts clean, so no stale source map from a development build ends up in the .vsix.
if (production) rmSync('dist', { recursive: true, force: true });

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('[watch] watching for changes');
} else {
  const results = await Promise.allSettled(builds.map((b) => esbuild.build({ ...b, metafile: args.has('--analyze') })));
  if (args.has('--analyze')) {
    for (const r of results) if (r.status === 'fulfilled') console.log(await esbuild.analyzeMetafile(r.value.metafile, { verbose: false }));
  }
  if (results.some((r) => r.status === 'rejected')) process.exit(1);
}
