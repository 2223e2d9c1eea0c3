// What a CLI command gets to talk to the world; tests pass their own to capture output.
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads all of standard input (for `-`). */
  readStdin(): Promise<string>;
  cwd: string;
  /** Folder of the built-in pack (`snippets/` beside `dist/`). */
  builtinPackRoot: string;
}

export interface CliCommand {
  /** One line for `kindly --help`. */
  summary: string;
  /** Full usage text for `kindly <command> --help`. */
  usage: string;
  /** Returns the process exit code: 0 clean, 1 findings/problems, 2 usage or input errors. */
  run(args: string[], io: CliIO): Promise<number>;
}

/** Thrown for bad command-line usage; the entry point prints it with the usage text and exits 2. */
export class UsageError extends Error {}
