// Stable item ids for Markdown items without an `id:` in their header: the path below the kind's
// folder, without the extension, lower-cased, with runs of other characters turned into "-".
//   templates/billing/Refund Approved.md → billing/refund-approved
//   articles/hi/रिफंड-नीति.md             → hi/रिफंड-नीति
// The folder is kept so the same file name in two folders (e.g. en/ and hi/) gives two ids.

export function deriveItemId(pathBelowKindFolder: string): string {
  const segments = pathBelowKindFolder.replace(/\\/g, '/').replace(/\.[^./]*$/, '').split('/').filter((s) => s !== '' && s !== '.' && s !== '..');
  const clean = segments.map((seg) =>
    seg.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{M}\p{N}._-]+/gu, '-').replace(/^[-.]+|-+$/g, '') || 'item');
  return clean.join('/') || 'item';
}
