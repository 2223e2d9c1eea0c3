// The long-lived parts of the running extension, built once by the composition root (src/extension.ts).
import type { PackService } from './features/packs/packService';
import type { SidebarProvider } from './webview/sidebarProvider';

export interface Services {
  packs: PackService;
  sidebar: SidebarProvider;
}
