#!/usr/bin/env node
// Entry point for `npx kindly` and the npm `bin`: the CLI is bundled into dist/cli.js by esbuild.mjs.
// In a fresh clone nothing is built yet (npm install runs no scripts), so build once on first use.
const fs = require('node:fs');
const path = require('node:path');
const cli = path.join(__dirname, '..', 'dist', 'cli.js');
const buildScript = path.join(__dirname, '..', 'esbuild.mjs');
if (!fs.existsSync(cli) && fs.existsSync(buildScript)) {
  process.stderr.write('kindly: building the CLI once (node esbuild.mjs --no-check)…\n');
  const { status } = require('node:child_process').spawnSync(process.execPath, [buildScript, '--no-check'], {
    cwd: path.dirname(buildScript), stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (status !== 0) process.exit(2);
}
require(cli).runFromProcess();
