// Where placeholder values come from, highest priority first: the draft's header, values the agent typed
// earlier for this draft, settings, the pack's defaults. Derived fields (first names, date, time greeting)
// are computed from the winning source. Whatever is still missing becomes a prompt or a tabstop.
import type { DraftHeader } from '../drafts/header';
import { firstName } from './names';
import { formatDate, timeGreeting } from './timeGreetings';

/** Values keyed by field name (`customer.name`, `ticket.id`, …). Empty or blank strings count as missing. */
export type PlaceholderValues = Partial<Record<string, string>>;

/** Header keys that stand for placeholder fields. Header keys written as field names (`order.carrier`) map to themselves. */
export const HEADER_FIELDS: Readonly<Record<string, string>> = {
  customer: 'customer.name',
  ticket: 'ticket.id',
  order: 'order.id',
  agent: 'agent.name',
  company: 'company.name',
};

const FIELD_NAME = /^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)+$/;

export interface ValueSources {
  header?: DraftHeader;
  /** Values the agent entered at prompts for this draft, by field name. */
  remembered?: Record<string, string>;
  settings?: { agentName?: string; companyName?: string };
  packDefaults?: { companyName?: string };
  /** Defaults to the current time. */
  now?: Date;
  /** Language for `date`, `time.greeting` and first names; defaults to the header's `lang`, else "en". */
  lang?: string;
}

/** The placeholder values a header provides. */
export function headerValues(header: DraftHeader): PlaceholderValues {
  const values: PlaceholderValues = {};
  for (const [key, value] of Object.entries(header)) {
    if (!present(value)) continue;
    const field = HEADER_FIELDS[key] ?? (FIELD_NAME.test(key) ? key : undefined);
    if (field) values[field] = value.trim();
  }
  return values;
}

export function resolveValues(sources: ValueSources): PlaceholderValues {
  const lang = sources.lang ?? sources.header?.lang?.trim() ?? 'en';
  const layers: PlaceholderValues[] = [
    sources.header ? headerValues(sources.header) : {},
    sources.remembered ?? {},
    { 'agent.name': sources.settings?.agentName, 'company.name': sources.settings?.companyName },
    { 'company.name': sources.packDefaults?.companyName },
  ];
  const values: PlaceholderValues = {};
  for (const layer of [...layers].reverse()) {
    for (const [k, v] of Object.entries(layer)) if (present(v)) values[k] = v.trim();
  }
  // A first name comes from the highest layer that knows the person: a name typed in the header wins over
  // a first name remembered for an earlier customer.
  for (const person of ['customer', 'agent']) {
    const derived = firstNameFrom(layers, person, lang);
    if (derived === undefined) delete values[`${person}.firstName`];
    else values[`${person}.firstName`] = derived;
  }
  const now = sources.now ?? new Date();
  values.date ??= formatDate(now, lang);
  values['time.greeting'] ??= timeGreeting(now, lang);
  return values;
}

function firstNameFrom(layers: readonly PlaceholderValues[], person: string, lang: string): string | undefined {
  for (const layer of layers) {
    const explicit = layer[`${person}.firstName`];
    if (present(explicit)) return explicit.trim();
    const derived = firstName(layer[`${person}.name`], lang);
    if (derived !== undefined) return derived;
  }
  return undefined;
}

export function present(value: string | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '';
}
