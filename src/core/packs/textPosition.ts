// Offsets → 1-based line and column. Columns count UTF-16 code units (as VS Code does), so a
// diagnostic lands on the same character the editor shows. `\r\n`, `\n` and lone `\r` end lines.

export interface LineCol {
  line: number;
  column: number;
}

export class LineIndex {
  /** Offset at which each line starts; `starts[0]` is 0. */
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 1-based line and column of a UTF-16 offset (clamped into the text). */
  at(offset: number): LineCol {
    const off = Math.max(0, Math.min(Number.isFinite(offset) ? Math.floor(offset) : 0, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= off) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: off - this.starts[lo] + 1 };
  }

  /** Offset where a 1-based line starts. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))];
  }
}
