// Asking for the values a snippet needs and nothing knows. One InputBox per field, each asked at most once
// per insertion; what is typed is remembered for the draft, so the next snippet in it fills by itself.
// Enter on an empty box skips that field; Escape stops asking. Either way what is still unknown becomes a
// tabstop with its fallback as the default text, so nothing is lost and Tab walks through the gaps.
import * as vscode from 'vscode';

export interface FieldPrompt {
  title: string;
  prompt: string;
  placeHolder?: string;
}

const SKIP_HINT = 'Enter an empty value to skip it; Escape inserts placeholders you can Tab through.';

const PROMPTS: Record<string, FieldPrompt> = {
  'customer.name': { title: "Customer's name", prompt: `The customer's name, remembered for this draft. ${SKIP_HINT}`, placeHolder: 'e.g. Priya Sharma' },
  'customer.firstName': { title: "Customer's first name", prompt: `What to call the customer in this draft. ${SKIP_HINT}`, placeHolder: 'e.g. Priya' },
  'agent.name': { title: 'Your name', prompt: `Your name as the customer sees it (set "kindly.agent.name" to stop being asked). ${SKIP_HINT}`, placeHolder: 'e.g. Arjun Mehta' },
  'agent.firstName': { title: 'Your first name', prompt: `Your first name as the customer sees it. ${SKIP_HINT}`, placeHolder: 'e.g. Arjun' },
  'company.name': { title: 'Business name', prompt: `Your business name (set "kindly.company.name" to stop being asked). ${SKIP_HINT}`, placeHolder: 'e.g. Acme' },
  'ticket.id': { title: 'Ticket number', prompt: `The ticket this reply answers. ${SKIP_HINT}`, placeHolder: 'e.g. 4312' },
  'order.id': { title: 'Order number', prompt: `The order this reply is about. ${SKIP_HINT}`, placeHolder: 'e.g. 100-2345' },
};

/** Fields that are computed, never asked for. */
const COMPUTED = new Set(['date', 'time.greeting']);

/**
 * The field to ask for when `missing` has no value: a first name is asked as the full name (the first name
 * is derived from it) unless the full name is known and no first name could be derived from it.
 */
export function fieldToAsk(missing: string, values: Partial<Record<string, string>>): string | undefined {
  if (COMPUTED.has(missing)) return undefined;
  const m = /^(customer|agent)\.firstName$/.exec(missing);
  if (m && !values[`${m[1]}.name`]?.trim()) return `${m[1]}.name`;
  return missing;
}

export function promptFor(field: string, description?: string): FieldPrompt {
  return PROMPTS[field] ?? { title: description ?? field, prompt: `${description ? `${description}. ` : ''}Value for {{${field}}} in this draft. ${SKIP_HINT}` };
}

/** Result of one prompt: a value, `skip` (empty Enter) or `cancel` (Escape, or focus moved away). */
export type PromptAnswer = { value: string } | 'skip' | 'cancel';

export async function askField(field: string, description?: string): Promise<PromptAnswer> {
  const p = promptFor(field, description);
  const value = await vscode.window.showInputBox({
    title: `Kindly: ${p.title}`,
    prompt: p.prompt,
    placeHolder: p.placeHolder,
    ignoreFocusOut: false,
    validateInput: (v) => (/[\r\n]/.test(v) ? 'One line only' : undefined),
  });
  if (value === undefined) return 'cancel';
  return value.trim() === '' ? 'skip' : { value: value.trim() };
}
