// Every command Kindly contributes, by the id used in package.json. Pure (no `vscode`), so a unit test
// can check it against the manifest; src/commands.ts must give each id exactly one handler.
export const COMMAND_IDS = [
  'kindly.insertGreeting',
  'kindly.insertClosing',
  'kindly.insertTemplate',
  'kindly.newReplyDraft',
  'kindly.setCustomerName',
  'kindly.openSidebar',
  'kindly.newPack',
  'kindly.reloadPacks',
  'kindly.showPackProblems',
  'kindly.searchItems',
  'kindly.searchResult.insert',
  'kindly.searchResult.copy',
  'kindly.searchResult.preview',
  'kindly.searchResult.toggleFavourite',
  'kindly.lintDraft',
  'kindly.lintWorkspace',
  'kindly.fixAll',
  'kindly.copyForSending',
  'kindly.explainFinding',
] as const;

export type CommandId = (typeof COMMAND_IDS)[number];
