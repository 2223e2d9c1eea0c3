// Hard limits that keep a hostile or accidental pack from stalling the editor or the CLI.

/** Files larger than this are refused unread (a problem says so); real pack files are a few KB. */
export const MAX_PACK_FILE_BYTES = 2 * 1024 * 1024;

/** A pack with more content files than this loads only the first ones (sorted) and reports the rest. */
export const MAX_PACK_FILES = 20_000;

/** How deep folders under `templates/`, `articles/`, `phrases/` and `rules/` are walked. */
export const MAX_PACK_DEPTH = 16;

/** How deep `findPackRoots` looks below the folder it is given. */
export const DEFAULT_FIND_DEPTH = 8;

/** How many folders `findPackRoots` visits at most, so a huge workspace cannot stall discovery. */
export const MAX_FIND_DIRECTORIES = 20_000;

/** Files read at the same time while loading a pack. */
export const LOAD_CONCURRENCY = 16;
