// The long-lived parts of the running extension, built once by the composition root (src/extension.ts).
import type { LintService } from './features/lint/lintService';
import type { PackService } from './features/packs/packService';
import type { SnippetState } from './features/snippets/state';
import type { SearchService } from './features/search/searchService';
import type { SidebarProvider } from './webview/sidebarProvider';

export interface Services {
  packs: PackService;
  sidebar: SidebarProvider;
  /** Values typed for drafts and recently used snippets (src/features/snippets). */
  snippets: SnippetState;
  /** The search index over templates and articles, favourites and recently used (src/features/search). */
  search: SearchService;
  /** The draft linter in the editor: diagnostics, quick fixes, status bar (src/features/lint). */
  lint: LintService;
}
