// The pack API the extension and the CLI use.
export type { Article, LoadedPack, Origin, PackItem, PackProblem, PackProblemCode, PackSource, Phrase, Rule, Template } from './model';
export { loadPack, reloadPackFiles } from './loader';
export type { LoadPackOptions } from './loader';
export { findPackRoots, IGNORED_FOLDERS } from './findPackRoots';
export type { FindPackRootsOptions } from './findPackRoots';
export { orderPacks, resolvePacks } from './resolve';
export type { OverriddenItem, ResolvedPackInfo, ResolvedPacks } from './resolve';
export { MANIFEST_FILE, knownFieldsOf } from './manifest';
export { deriveItemId } from './ids';
export { checkRulePattern, RULE_PATTERN_FLAGS } from '../regex/safety';
export { describeProblem, formatPath } from './problems';
export { packJsonSchemas, serializeSchema } from './jsonSchema';
export { MAX_PACK_FILE_BYTES, MAX_PACK_FILES } from './limits';
