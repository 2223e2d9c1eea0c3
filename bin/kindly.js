#!/usr/bin/env node
// Entry point for `npx kindly` and the npm `bin`: the CLI is bundled into dist/cli.js by esbuild.mjs.
require('../dist/cli.js').runFromProcess();
