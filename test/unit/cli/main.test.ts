import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { CliIO } from '../../../src/cli/io';
import { main } from '../../../src/cli/main';

function fakeIO(): CliIO & { out: string; err: string } {
  const io = {
    out: '', err: '',
    stdout(t: string) { io.out += t; },
    stderr(t: string) { io.err += t; },
    readStdin: async () => '',
    cwd: process.cwd(),
    builtinPackRoot: path.resolve(__dirname, '../../../snippets'),
  };
  return io;
}

describe('kindly (CLI entry)', () => {
  it('--help lists every subcommand with a summary and exits 0', async () => {
    const io = fakeIO();
    assert.equal(await main(['--help'], io), 0);
    for (const name of ['lint', 'search', 'packs']) assert.match(io.out, new RegExp(`^  ${name}\\s+\\S`, 'm'));
  });

  it('--version prints a semantic version', async () => {
    const io = fakeIO();
    assert.equal(await main(['--version'], io), 0);
    assert.match(io.out.trim(), /^\d+\.\d+\.\d+/);
  });

  it('no command prints help and exits 2; an unknown one (even "constructor") says so and exits 2', async () => {
    const none = fakeIO();
    assert.equal(await main([], none), 2);
    assert.match(none.out, /Usage: kindly/);
    for (const name of ['frobnicate', 'constructor', '__proto__']) {
      const io = fakeIO();
      assert.equal(await main([name], io), 2);
      assert.match(io.err, new RegExp(`unknown command "${name}"`));
    }
  });

  it('<command> --help prints that command\'s usage', async () => {
    const io = fakeIO();
    assert.equal(await main(['packs', '--help'], io), 0);
    assert.match(io.out, /packs check/);
  });
});
