// A new reply draft: header, greeting, the place the agent writes, closing.
//
//   ---
//   customer: Priya Sharma
//   channel: email
//   lang: en
//   ---
//
//   Hello Priya, thank you for contacting Acme.
//
//   $0            ← the cursor, in the snippet
//
//   Thank you for the opportunity to serve you today, Priya.
import type { Segment } from '../placeholders/parse';
import { BUILTIN_FIELDS, parsePlaceholders } from '../placeholders/parse';
import { SnippetTabstops, escapeSnippetText, fillSegments } from '../placeholders/fill';
import { firstName } from '../placeholders/names';
import type { PlaceholderValues } from '../placeholders/values';
import { formatHeader } from './header';

export { pickPhrase, rankByRecent, rankPhrases } from './pick';

export interface NewDraftOptions {
  customerName?: string;
  channel?: string;
  lang: string;
  /** Parsed segments, or pack text to parse against `knownFields`. */
  greeting: readonly Segment[] | string;
  closing: readonly Segment[] | string;
  /** Values for the placeholders (usually from `resolveValues`); `customerName` overrides the customer's. */
  values: PlaceholderValues;
  knownFields?: ReadonlySet<string>;
  eol?: string;
}

export interface NewDraft {
  /** The draft as plain text, placeholders filled (gaps tidied), with an empty line where the agent writes. */
  text: string;
  /** The same as a VS Code snippet: unresolved fields are tabstops (shared between greeting and closing), `$0` where the agent writes. */
  snippet: string;
  /** Fields without a value, in tabstop order. */
  missing: string[];
}

export function buildNewDraft(options: NewDraftOptions): NewDraft {
  const eol = options.eol ?? '\n';
  const values: PlaceholderValues = { ...options.values };
  const customer = options.customerName?.trim();
  if (customer) {
    values['customer.name'] = customer;
    values['customer.firstName'] = firstName(customer, options.lang);
  }
  const header = formatHeader({ customer, channel: options.channel, lang: options.lang }, eol);
  const tabstops = new SnippetTabstops();
  const part = (p: readonly Segment[] | string) => {
    const segments = typeof p === 'string' ? parsePlaceholders(p, options.knownFields ?? new Set(BUILTIN_FIELDS)).segments : p;
    const filled = fillSegments(segments, values, { tabstops, finalTabstop: false });
    return { text: filled.text.trimEnd(), snippet: filled.snippet.trimEnd(), missing: filled.missing };
  };
  const greeting = part(options.greeting);
  const closing = part(options.closing);
  const top = header === '' ? '' : header + eol;
  return {
    text: top + greeting.text + eol + eol + eol + eol + closing.text + eol,
    snippet: escapeSnippetText(top) + greeting.snippet + eol + eol + '$0' + eol + eol + closing.snippet + eol,
    missing: tabstops.fields().map((f) => f.name),
  };
}
