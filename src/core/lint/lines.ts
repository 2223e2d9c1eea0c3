// Offset ↔ line/column, for the CLI and SARIF: 1-based lines and columns counted in UTF-16 code units, as
// editors do. "\r\n", "\n" and a lone "\r" all end a line.

export interface Position {
  /** 1-based. */
  line: number;
  /** 1-based, UTF-16 code units. */
  column: number;
}

export interface LineIndex {
  /** Offset of the first character of each line (index 0 = line 1). */
  readonly lineStarts: readonly number[];
  position(offset: number): Position;
  offset(position: Position): number;
}

export function lineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return {
    lineStarts: starts,
    position(offset: number): Position {
      const o = Math.max(0, Math.min(offset, text.length));
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= o) lo = mid; else hi = mid - 1;
      }
      return { line: lo + 1, column: o - starts[lo] + 1 };
    },
    offset({ line, column }: Position): number {
      const l = Math.max(1, Math.min(line, starts.length));
      return Math.min(text.length, starts[l - 1] + Math.max(1, column) - 1);
    },
  };
}
