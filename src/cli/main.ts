// `kindly` — the command-line face of Kindly's core, for pack maintainers, writers and CI.
import * as path from 'node:path';
import type { CliCommand, CliIO } from './io';
import { UsageError } from './io';

/** Subcommands, loaded on demand; each lives in ./commands/<name>.ts. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<CliCommand> }> = {
  lint: { summary: 'check drafts for negative phrasing (text, json or sarif output)', load: async () => (await import('./commands/lint')).default },
  search: { summary: 'search templates and FAQ articles as the sidebar does', load: async () => (await import('./commands/search')).default },
  packs: { summary: 'check or list snippet packs (kindly packs check <folder>...)', load: async () => (await import('./commands/packs')).default },
};

const VERSION = process.env.KINDLY_VERSION ?? '0.0.0-dev';

function helpText(): string {
  const names = Object.keys(COMMANDS);
  const width = Math.max(8, ...names.map((n) => n.length));
  return [
    'kindly — courteous replies for support agents',
    '',
    'Usage: kindly <command> [options]',
    '',
    'Commands:',
    ...names.map((n) => `  ${n.padEnd(width)}  ${COMMANDS[n].summary}`),
    '',
    'Run `kindly <command> --help` for its options.',
    '',
    'Options:',
    '  -h, --help     show this help',
    '  -v, --version  print the version',
    '',
    'Exit codes: 0 clean, 1 problems found, 2 usage or input error.',
  ].join('\n');
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.stdout(helpText() + '\n');
    return name === undefined ? 2 : 0;
  }
  if (name === '-v' || name === '--version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) {
    io.stderr(`kindly: unknown command "${name}"\n\n${helpText()}\n`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.usage + '\n');
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`kindly ${name}: ${err.message}\n\n${command.usage}\n`);
      return 2;
    }
    throw err;
  }
}

export function nodeIO(): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    cwd: process.cwd(),
    builtinPackRoot: path.join(__dirname, '..', 'snippets'),
  };
}

/** Runs the CLI on this process's arguments (used by `node dist/cli.js` and by bin/kindly.js). */
export function runFromProcess(): void {
  main(process.argv.slice(2), nodeIO()).then(
    (code) => { process.exitCode = code; },
    (err: unknown) => {
      process.stderr.write(`kindly: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
      process.exitCode = 2;
    },
  );
}

if (require.main === module) runFromProcess();
