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

// Built when asked (not at module load), so the strings come from the display language's bundle.
function skipHint(): string {
  return vscode.l10n.t('Enter an empty value to skip it; Escape inserts placeholders you can Tab through.');
}

function knownPrompt(field: string): FieldPrompt | undefined {
  const hint = skipHint();
  switch (field) {
    case 'customer.name': return { title: vscode.l10n.t("Customer's name"), prompt: `${vscode.l10n.t("The customer's name, remembered for this draft.")} ${hint}`, placeHolder: vscode.l10n.t('e.g. Priya Sharma') };
    case 'customer.firstName': return { title: vscode.l10n.t("Customer's first name"), prompt: `${vscode.l10n.t('What to call the customer in this draft.')} ${hint}`, placeHolder: vscode.l10n.t('e.g. Priya') };
    case 'agent.name': return { title: vscode.l10n.t('Your name'), prompt: `${vscode.l10n.t('Your name as the customer sees it (set "{0}" to stop being asked).', 'kindly.agent.name')} ${hint}`, placeHolder: vscode.l10n.t('e.g. Arjun Mehta') };
    case 'agent.firstName': return { title: vscode.l10n.t('Your first name'), prompt: `${vscode.l10n.t('Your first name as the customer sees it.')} ${hint}`, placeHolder: vscode.l10n.t('e.g. Arjun') };
    case 'company.name': return { title: vscode.l10n.t('Business name'), prompt: `${vscode.l10n.t('Your business name (set "{0}" to stop being asked).', 'kindly.company.name')} ${hint}`, placeHolder: vscode.l10n.t('e.g. Acme') };
    case 'ticket.id': return { title: vscode.l10n.t('Ticket number'), prompt: `${vscode.l10n.t('The ticket this reply answers.')} ${hint}`, placeHolder: vscode.l10n.t('e.g. 4312') };
    case 'order.id': return { title: vscode.l10n.t('Order number'), prompt: `${vscode.l10n.t('The order this reply is about.')} ${hint}`, placeHolder: vscode.l10n.t('e.g. 100-2345') };
    default: return undefined;
  }
}

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
  return knownPrompt(field) ?? { title: description ?? field, prompt: `${description ? `${description}. ` : ''}${vscode.l10n.t('Value for {0} in this draft.', `{{${field}}}`)} ${skipHint()}` };
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
    validateInput: (v) => (/[\r\n]/.test(v) ? vscode.l10n.t('One line only') : undefined),
  });
  if (value === undefined) return 'cancel';
  return value.trim() === '' ? 'skip' : { value: value.trim() };
}
