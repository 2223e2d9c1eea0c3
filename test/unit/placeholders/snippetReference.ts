// A small reference parser for VS Code snippet syntax (the subset Kindly emits, plus the constructs a pack
// might smuggle in: `$1`, `${2:x}`, `$NAME`, `${NAME}`), used to check that what we emit means what we intend.
// Escapes follow VS Code: `\` before `$`, `}` or `\` makes it literal; any other `\` is itself literal.

export interface ParsedSnippet {
  /** The text the snippet inserts when every placeholder keeps its default. */
  text: string;
  tabstops: { index: number; defaultText: string }[];
  variables: string[];
}

export function parseSnippet(snippet: string): ParsedSnippet {
  const out: ParsedSnippet = { text: '', tabstops: [], variables: [] };
  let pos = 0;
  const parse = (nested: boolean): string => {
    let text = '';
    while (pos < snippet.length) {
      const ch = snippet[pos];
      if (ch === '\\' && pos + 1 < snippet.length && '$}\\'.includes(snippet[pos + 1])) {
        text += snippet[pos + 1];
        pos += 2;
      } else if (ch === '}' && nested) {
        pos++;
        return text;
      } else if (ch === '$') {
        const simple = /^\$(\d+|[_a-zA-Z][_a-zA-Z0-9]*)/.exec(snippet.slice(pos));
        const braced = /^\$\{(\d+|[_a-zA-Z][_a-zA-Z0-9]*)(\}|:)/.exec(snippet.slice(pos));
        if (braced) {
          pos += braced[0].length;
          const defaultText = braced[2] === ':' ? parse(true) : '';
          record(braced[1], defaultText);
          text += defaultText;
        } else if (simple) {
          pos += simple[0].length;
          record(simple[1], '');
        } else {
          text += '$';
          pos++;
        }
      } else {
        text += ch;
        pos++;
      }
    }
    if (nested) throw new Error('unterminated placeholder');
    return text;
  };
  const record = (name: string, defaultText: string) => {
    if (/^\d+$/.test(name)) out.tabstops.push({ index: Number(name), defaultText });
    else out.variables.push(name);
  };
  out.text = parse(false);
  return out;
}
