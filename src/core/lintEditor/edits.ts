// Edits the editor side of the linter makes to a draft, as plain offsets (no vscode): "Fix all" and
// "Ignore this rule in this draft". Each is applied by the caller as ONE edit, so it is one undo step.
import { parseDraftHeader } from '../drafts/header';
import { applyFix, type Finding, type TextEdit } from '../lint';

/**
 * The edits that apply the preferred rewrite of every finding that has one, in document order, skipping a
 * finding whose edit would overlap one already taken (the same choice as `applyAllFixes`).
 */
export function fixAllEdits(text: string, findings: readonly Finding[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const f of [...findings].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (f.rewrites.length === 0) continue;
    const e = applyFix(text, f, 0);
    const prev = edits[edits.length - 1];
    if (prev && e.start < prev.end) {
      // Deleting a sentence opener ("Unfortunately ") re-capitalises the next word; when that word starts the
      // next finding ("we can't"), its rewrite takes the capital instead, so both fixes apply.
      const recapitalised = prev.newText.length === 1 && prev.end === e.start + 1 && e.start === f.start;
      if (recapitalised && e.newText !== '') edits[edits.length - 1] = { start: prev.start, end: e.end, newText: upperFirst(e.newText) };
      continue;
    }
    edits.push(e);
  }
  return edits;
}

function upperFirst(s: string): string {
  return s.replace(/^(\P{L}*)(\p{L})/u, (_, pre: string, ch: string) => pre + ch.toUpperCase());
}

const TOP_DIRECTIVE = /^<!--[ \t]*kindly-disable(?![-\w])([^\r\n]*?)-->/;

/**
 * The edit that switches `ruleId` off for the whole draft: `<!-- kindly-disable rule-id -->` on its own line
 * at the top of the body (after the header). When the body already starts with such a comment, the id is
 * added to it. Undefined when the rule is already switched off there.
 */
export function ignoreRuleEdit(text: string, ruleId: string): TextEdit | undefined {
  const { bodyStart } = parseDraftHeader(text);
  const existing = TOP_DIRECTIVE.exec(text.slice(bodyStart));
  if (existing) {
    const ids = existing[1].split(/[\s,]+/).filter(Boolean);
    if (ids.length === 0 || ids.includes(ruleId)) return undefined;
    const at = bodyStart + existing[0].length - 3; // before "-->"
    const pad = /\s$/.test(existing[1]) ? '' : ' ';
    return { start: at, end: at, newText: `${pad}${ruleId} ` };
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { start: bodyStart, end: bodyStart, newText: `<!-- kindly-disable ${ruleId} -->${eol}` };
}
