// Splits a draft into blocks — paragraphs of text, fenced code, YAML front matter — so that phrase matching
// can be cached per block: a keystroke changes one block, and only that block is matched again. A block
// never splits a fence, front matter or an HTML comment, so what is excluded stays excluded.

export type BlockKind = 'text' | 'code' | 'frontmatter';

export interface Block {
  kind: BlockKind;
  start: number;
  /** End offset, excluding the line break that ends the block's last line. */
  end: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const n = text.length;
  let pos = 0;
  if (text.charCodeAt(0) === 0xfeff) pos = 1;
  // YAML front matter: "---" on the first line up to a closing "---" or "...".
  if (text.startsWith('---', pos) && /^---[ \t]*\r?$/.test(lineAt(text, pos))) {
    let ls = nextLine(text, pos);
    while (ls < n) {
      const line = lineAt(text, ls);
      if (/^(?:---|\.\.\.)[ \t]*\r?$/.test(line)) {
        const end = ls + line.length;
        blocks.push({ kind: 'frontmatter', start: pos, end });
        pos = nextLine(text, ls);
        break;
      }
      ls = nextLine(text, ls);
    }
  }
  let blockStart = -1;
  let blockEnd = -1;
  let inComment = false;
  // Next comment markers, searched once and reused until passed (a per-line search would be quadratic).
  let nextOpen = -1;
  let nextClose = -1;
  const flush = () => {
    if (blockStart !== -1) blocks.push({ kind: 'text', start: blockStart, end: blockEnd });
    blockStart = -1;
  };
  while (pos < n) {
    let le = text.indexOf('\n', pos);
    if (le === -1) le = n;
    const contentEnd = le > pos && text.charCodeAt(le - 1) === 13 ? le - 1 : le;
    let first = pos;
    while (first < contentEnd && first - pos < 3 && text.charCodeAt(first) === 32) first++;
    const fc = text.charCodeAt(first);
    if (!inComment && (fc === 96 || fc === 126)) {
      const fence = FENCE.exec(text.slice(pos, Math.min(contentEnd, pos + 64)));
      if (fence) {
        flush();
        const marker = fence[1];
        let ls = le + 1;
        let end = contentEnd;
        while (ls < n) {
          let e = text.indexOf('\n', ls);
          if (e === -1) e = n;
          const line = text.slice(ls, e).replace(/\r$/, '');
          end = ls + line.length;
          if (line.trimStart().startsWith(marker[0].repeat(marker.length)) && line.trim().replace(new RegExp(`^\\${marker[0]}+`), '') === '') {
            ls = e + 1;
            break;
          }
          ls = e + 1;
        }
        if (ls >= n && end < n) end = n;
        blocks.push({ kind: 'code', start: pos, end: Math.min(end, n) });
        pos = Math.min(ls, n);
        continue;
      }
    }
    let blank = true;
    for (let k = pos; k < contentEnd; k++) {
      const c = text.charCodeAt(k);
      if (c !== 32 && c !== 9) { blank = false; break; }
    }
    if (blank && !inComment) {
      flush();
    } else {
      if (blockStart === -1) blockStart = pos;
      blockEnd = contentEnd;
      // Track HTML comments left open at the end of the line, so a blank line inside one does not split.
      let k = pos;
      for (;;) {
        if (inComment) {
          if (nextClose < k) nextClose = indexOrEnd(text, '-->', k);
          if (nextClose + 3 > contentEnd) break;
          inComment = false;
          k = nextClose + 3;
        } else {
          if (nextOpen < k) nextOpen = indexOrEnd(text, '<!--', k);
          if (nextOpen + 4 > contentEnd) break;
          inComment = true;
          k = nextOpen + 4;
        }
      }
    }
    pos = le + 1;
  }
  flush();
  return blocks;
}

function indexOrEnd(text: string, needle: string, from: number): number {
  const i = text.indexOf(needle, from);
  return i === -1 ? text.length : i;
}

function lineAt(text: string, pos: number): string {
  let e = text.indexOf('\n', pos);
  if (e === -1) e = text.length;
  return text.slice(pos, e);
}

function nextLine(text: string, pos: number): number {
  const e = text.indexOf('\n', pos);
  return e === -1 ? text.length : e + 1;
}
