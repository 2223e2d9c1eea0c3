// What "Copy Reply for Sending" puts on the clipboard, and how the pre-send gate reads the findings.
import { parseDraftHeader } from '../drafts/header';
import type { Finding } from '../lint';

/** A Kindly directive comment (`<!-- kindly-disable … -->`, `<!-- kindly-enable -->` …). */
const KINDLY_COMMENT = /<!--[ \t]*kindly-[\s\S]*?-->/g;

/**
 * The reply as the customer should get it: without the front-matter header and without Kindly's ignore
 * comments (a comment alone on its line takes the line with it). Leading blank lines and trailing
 * whitespace are dropped; everything else is kept exactly as written.
 */
export function replyForSending(text: string): string {
  const body = text.slice(parseDraftHeader(text).bodyStart);
  let out = '';
  let last = 0;
  KINDLY_COMMENT.lastIndex = 0;
  for (let m = KINDLY_COMMENT.exec(body); m !== null; m = KINDLY_COMMENT.exec(body)) {
    let start = m.index;
    let end = m.index + m[0].length;
    const lineStart = body.lastIndexOf('\n', start - 1) + 1;
    const rest = /^[ \t]*(\r?\n|$)/.exec(body.slice(end));
    if (/^[ \t]*$/.test(body.slice(lineStart, start)) && rest) {
      start = lineStart;
      end += rest[0].length;
    }
    out += body.slice(last, start);
    last = end;
  }
  out += body.slice(last);
  return out.replace(/^(?:[ \t]*\r?\n)+/, '').replace(/\s+$/, '');
}

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
  hint: number;
}

export function countBySeverity(findings: readonly Pick<Finding, 'severity'>[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** "1 error, 2 warnings, 1 info" — only the severities present; "no problems" when there are none. */
export function describeCounts(counts: SeverityCounts): string {
  const parts: string[] = [];
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (counts.error) parts.push(plural(counts.error, 'error', 'errors'));
  if (counts.warning) parts.push(plural(counts.warning, 'warning', 'warnings'));
  if (counts.info) parts.push(`${counts.info} info`);
  if (counts.hint) parts.push(plural(counts.hint, 'hint', 'hints'));
  return parts.length ? parts.join(', ') : 'no problems';
}

export interface SendGate {
  /** Findings that stop the reply from being copied (errors; warnings too when they block). */
  blocking: Finding[];
  /** Findings that are listed but do not block. */
  listed: Finding[];
}

/** Splits findings for the pre-send gate. Info and hints never block and are not listed. */
export function sendGate(findings: readonly Finding[], blockOnWarnings: boolean): SendGate {
  const blocking = findings.filter((f) => f.severity === 'error' || (blockOnWarnings && f.severity === 'warning'));
  const listed = blockOnWarnings ? [] : findings.filter((f) => f.severity === 'warning');
  return { blocking, listed };
}

/** One line per finding for a message: `“we can't” — Offer what you can do … [refusal.cannot.en]`. */
export function listFindings(findings: readonly Finding[], max = 5): string {
  const lines = findings.slice(0, max).map((f) => `“${oneLine(f.match)}” — ${f.message} [${f.ruleId}]`);
  if (findings.length > max) lines.push(`… and ${findings.length - max} more`);
  return lines.join('\n');
}

function oneLine(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}
