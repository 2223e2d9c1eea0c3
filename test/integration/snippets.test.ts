// Greetings, closings, templates and reply drafts, in a real VS Code: what lands in the document, undo,
// multiple cursors, prompts and Escape, the header, slash completions, and the keybindings.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser';
import * as vscode from 'vscode';
import type { KindlyApi } from '../../src/extension';
import { activateKindly, closeAllEditors, openDraft, waitFor } from './helpers';

const HEADER = '---\ncustomer: Priya Sharma\nchannel: email\n---\n';

describe('snippets and drafts', () => {
  let api: KindlyApi;
  const phraseText = (id: string) => {
    const phrase = api.packs.phrases.find((p) => p.id === id);
    assert.ok(phrase, `the phrase ${id} is loaded`);
    return phrase.text;
  };
  /** The pack text with the given placeholders replaced, as the insertion should produce it. */
  const filled = (text: string, values: Record<string, string>) =>
    text.replace(/\{\{\s*([\w.]+)[^}]*\}\}/g, (m, name: string) => values[name] ?? m);
  const kindlyDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => /kindly/i.test(d.source ?? ''));
  const config = () => vscode.workspace.getConfiguration('kindly');

  before(async () => {
    api = await activateKindly();
    await api.packs.ready;
    await config().update('agent.name', 'Arjun Mehta', vscode.ConfigurationTarget.Workspace);
  });
  after(async () => {
    await config().update('agent.name', undefined, vscode.ConfigurationTarget.Workspace);
  });
  afterEach(closeAllEditors);

  /** Starts a command that will prompt, then presses `gesture` on the prompt until the document changes. */
  async function runPrompting(command: Thenable<unknown>, editor: vscode.TextEditor, gesture: 'workbench.action.closeQuickOpen' | 'workbench.action.acceptSelectedQuickOpenItem') {
    const before = editor.document.getText();
    await waitFor(async () => {
      await vscode.commands.executeCommand(gesture);
      return editor.document.getText() !== before;
    }, 'the text to be inserted after the prompt');
    await command;
  }

  it('inserts a greeting with the first name from the header and the company from the pack; one undo removes it', async () => {
    const editor = await openDraft(`${HEADER}\nThe rest of the reply.\n`);
    editor.selection = new vscode.Selection(4, 0, 4, 0);
    const before = editor.document.getText();
    const ok = await vscode.commands.executeCommand('kindly.insertGreeting', { id: 'greeting-email-en' });
    assert.equal(ok, true);
    const greeting = filled(phraseText('greeting-email-en'), { 'customer.firstName': 'Priya', 'company.name': 'Acme' });
    assert.equal(editor.document.getText(), `${HEADER}${greeting}\nThe rest of the reply.\n`);
    assert.match(editor.document.getText(), /Hello Priya,/);
    assert.deepEqual(editor.selection.active, editor.document.positionAt(HEADER.length + greeting.length), 'the cursor ends after the greeting');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), before, 'one undo restores the draft');
  });

  it('inserts a closing thanking the customer by name, with the agent name from settings', async () => {
    const editor = await openDraft(`${HEADER}\nYour refund was sent today.\n\n`);
    editor.selection = new vscode.Selection(6, 0, 6, 0);
    await vscode.commands.executeCommand('kindly.insertClosing', { id: 'closing-email-en' });
    const closing = filled(phraseText('closing-email-en'), { 'customer.firstName': 'Priya', 'agent.name': 'Arjun Mehta', 'company.name': 'Acme' });
    assert.equal(editor.document.getText(), `${HEADER}\nYour refund was sent today.\n${closing}\n`);
    assert.match(closing, /serve you today, Priya\./);
  });

  it('Escape on the prompt inserts tabstops; Tab walks them and typing fills them', async () => {
    await config().update('agent.name', undefined, vscode.ConfigurationTarget.Workspace);
    try {
      const editor = await openDraft('\nThanks for your patience.\n');
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      await runPrompting(vscode.commands.executeCommand('kindly.insertGreeting', { id: 'greeting-chat-en' }), editor, 'workbench.action.closeQuickOpen');
      // Both unknown names are placeholders: the customer's shows its fallback, the agent's is empty.
      assert.equal(editor.document.getText(), 'Hi there! Thanks for contacting Acme. My name is  — how can I help you today?\nThanks for your patience.\n');
      assert.equal(editor.document.getText(editor.selection), 'there', 'the first placeholder is selected');
      await vscode.commands.executeCommand('type', { text: 'Rahul' });
      await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
      await vscode.commands.executeCommand('type', { text: 'Arjun' });
      await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
      await vscode.commands.executeCommand('type', { text: ' How are you?' });
      assert.equal(editor.document.getText(),
        'Hi Rahul! Thanks for contacting Acme. My name is Arjun — how can I help you today? How are you?\nThanks for your patience.\n');
    } finally {
      await config().update('agent.name', 'Arjun Mehta', vscode.ConfigurationTarget.Workspace);
    }
  });

  it('an empty answer skips the prompt: the greeting never reads "Hello ,"', async () => {
    const editor = await openDraft('');
    await runPrompting(vscode.commands.executeCommand('kindly.insertGreeting', { id: 'greeting-email-en' }), editor, 'workbench.action.acceptSelectedQuickOpenItem');
    const text = editor.document.getText();
    assert.ok(text.startsWith('Hello there,\n\nThank you for contacting Acme.'), text);
    assert.doesNotMatch(text, / ,/);
  });

  it('inserts at every cursor as one undo step, and replaces a selection', async () => {
    const editor = await openDraft(`${HEADER}First\n\nSecond\n\nREPLACE ME\n`);
    const before = editor.document.getText();
    editor.selections = [new vscode.Selection(5, 0, 5, 0), new vscode.Selection(7, 0, 7, 0), new vscode.Selection(8, 0, 8, 10)];
    await vscode.commands.executeCommand('kindly.insertGreeting', { id: 'greeting-email-en' });
    const greeting = filled(phraseText('greeting-email-en'), { 'customer.firstName': 'Priya', 'company.name': 'Acme' });
    assert.equal(editor.document.getText(), `${HEADER}First\n${greeting}\nSecond\n${greeting}\n${greeting}\n`);
    assert.equal(editor.selections.length, 3, 'each cursor ends after its greeting');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), before, 'one undo removes all three');
  });

  it('a template containing $1, ${TM_FILENAME}, \\ and } inserts them literally', async () => {
    const template = api.packs.templates.find((t) => t.id === 'acme-snippet-syntax');
    assert.ok(template, 'the fixture template is loaded');
    const editor = await openDraft(`${HEADER}\n`);
    editor.selection = new vscode.Selection(4, 0, 4, 0);
    await vscode.commands.executeCommand('kindly.insertTemplate', { id: 'acme-snippet-syntax' });
    assert.equal(editor.document.getText(),
      `${HEADER}Hi Priya, your code is $1 and the file is \${TM_FILENAME}; keep C:\\temp\\ and {braces} as they are.\n`);
  });

  it('never inserts inside the header: a cursor there inserts at the start of the body', async () => {
    const editor = await openDraft(`${HEADER}The rest of the reply.\n`);
    editor.selection = new vscode.Selection(1, 5, 1, 5);
    await vscode.commands.executeCommand('kindly.insertGreeting', { id: 'greeting-email-en' });
    const greeting = filled(phraseText('greeting-email-en'), { 'customer.firstName': 'Priya', 'company.name': 'Acme' });
    assert.equal(editor.document.getText(), `${HEADER}${greeting}\n\nThe rest of the reply.\n`);
  });

  it('text typed while a prompt is open is kept, and the insertion goes to the cursor', async () => {
    const editor = await openDraft('Keep this selected text.\n');
    editor.selection = new vscode.Selection(0, 10, 0, 18); // "selected"
    const run = vscode.commands.executeCommand('kindly.insertGreeting', { id: 'greeting-social-en' });
    await waitFor(() => api.snippets.prompting === 'customer.name', 'the prompt for the customer\'s name');
    // The document changes while the prompt is open (the agent typing in another editor of it, a formatter…).
    const edit = new vscode.WorkspaceEdit();
    edit.insert(editor.document.uri, new vscode.Position(1, 0), 'P.S. typed meanwhile\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await runPrompting(run, editor, 'workbench.action.closeQuickOpen');
    // Inserted at the cursor (the end of the old selection), replacing nothing.
    const greeting = filled(phraseText('greeting-social-en'), { 'customer.firstName': 'there', 'company.name': 'Acme' });
    assert.equal(editor.document.getText(), `Keep this selected${greeting} text.\nP.S. typed meanwhile\n`);
  });

  it('"New Reply Draft" opens a Markdown draft: header, greeting, the cursor, closing — with no Kindly diagnostics', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('kindly.newReplyDraft', { customerName: 'Priya Sharma', channel: 'email', lang: 'en' });
    assert.ok(uri, 'the command returns the new draft');
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), uri.toString());
    assert.equal(editor.document.languageId, 'markdown');
    const header = '---\ncustomer: Priya Sharma\nchannel: email\nlang: en\n---\n\n';
    const text = editor.document.getText();
    assert.ok(text.startsWith(header), text);
    // Which English e-mail greeting and closing are chosen is the packs' business (a workspace pack may
    // override the built-in ones); each must be one of them, filled completely.
    const values = { 'customer.firstName': 'Priya', 'company.name': 'Acme', 'agent.name': 'Arjun Mehta', 'agent.firstName': 'Arjun' };
    const candidates = (kind: string) => api.packs.phrases.filter((p) => p.kind === kind && p.lang === 'en' && p.channel === 'email').map((p) => filled(p.text, values));
    const greeting = candidates('greeting').find((g) => text.startsWith(header + g + '\n'));
    assert.ok(greeting, `the draft starts with an English e-mail greeting: ${JSON.stringify(text)}`);
    const closing = candidates('closing').find((c) => text.endsWith(`\n${c}\n`));
    assert.ok(closing, `the draft ends with an English e-mail closing: ${JSON.stringify(text)}`);
    assert.equal(text, `${header}${greeting}\n\n\n\n${closing}\n`);
    assert.match(greeting, /Priya/);
    assert.match(closing, /Priya/);
    await vscode.commands.executeCommand('type', { text: 'Your refund is on its way.' });
    assert.equal(editor.document.getText(), `${header}${greeting}\n\nYour refund is on its way.\n\n${closing}\n`, 'the cursor is where the agent writes');
    // The linter has run on the draft as it is now (after its debounce), and found nothing.
    await waitFor(() => api.lint.lastResult(editor.document), 'the draft to be linted');
    assert.deepEqual(kindlyDiagnostics(uri), []);
  });

  it('"New Reply Draft" in Hindi keeps a Devanagari name as typed', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('kindly.newReplyDraft', { customerName: 'प्रिया शर्मा', channel: 'chat', lang: 'hi' });
    const text = vscode.window.activeTextEditor!.document.getText();
    assert.ok(text.startsWith('---\ncustomer: प्रिया शर्मा\nchannel: chat\nlang: hi\n---\n'), text);
    const body = text.slice(text.indexOf('---\n', 4) + 4);
    assert.equal(body.split('प्रिया').length - 1, 2, `greeting and closing both name the customer: ${body}`);
    assert.ok(!body.includes('{{'), 'no placeholder is left');
    await waitFor(() => api.lint.lastResult(vscode.window.activeTextEditor!.document), 'the draft to be linted');
    assert.deepEqual(kindlyDiagnostics(uri!), []);
  });

  it('"Set Customer Name" writes the header as one edit, updates it, and later snippets use it', async () => {
    const editor = await openDraft('Thanks for writing in.\n');
    await vscode.commands.executeCommand('kindly.setCustomerName', 'Priya Sharma');
    assert.equal(editor.document.getText(), '---\ncustomer: Priya Sharma\n---\n\nThanks for writing in.\n');
    const withPriya = editor.document.getText();
    await vscode.commands.executeCommand('kindly.setCustomerName', { name: 'Rahul Verma' });
    assert.equal(editor.document.getText(), '---\ncustomer: Rahul Verma\n---\n\nThanks for writing in.\n');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), withPriya, 'one undo restores the previous name');
    await vscode.commands.executeCommand('redo');
    editor.selection = new vscode.Selection(3, 0, 3, 0);
    await vscode.commands.executeCommand('kindly.insertGreeting', { id: 'greeting-email-en' });
    assert.match(editor.document.getText(), /^---\ncustomer: Rahul Verma\n---\nHello Rahul,\n/);
  });

  it('offers slash commands at the start of a line in a Markdown draft and inserts the filled text', async () => {
    const editor = await openDraft(`${HEADER}\n/gre`);
    const position = new vscode.Position(5, 4);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position, '/');
    const label = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
    const item = list.items.find((i) => label(i) === '/greeting-email-en');
    assert.ok(item, `"/greeting-email-en" is offered: ${list.items.map(label).join(', ')}`);
    assert.ok(!list.items.some((i) => label(i).includes('chat')), 'only items for the draft\'s channel (email)');
    // MarkdownString.appendText keeps the text's spaces as &nbsp;.
    const doc = (typeof item.documentation === 'string' ? item.documentation : item.documentation?.value ?? '').replace(/&nbsp;/g, ' ');
    assert.match(doc, /Hello Priya,/, `the documentation previews the filled text: ${doc}`);
    assert.ok(list.items.some((i) => label(i).startsWith('/closing-')) && list.items.some((i) => i.kind === vscode.CompletionItemKind.File), 'closings and templates are offered too');

    // Accept it in the editor as a user would: the suggest widget, then Enter.
    editor.selection = new vscode.Selection(position, position);
    await waitFor(async () => {
      await vscode.commands.executeCommand('editor.action.triggerSuggest');
      await vscode.commands.executeCommand('acceptSelectedSuggestion');
      return editor.document.getText().includes('Hello Priya,');
    }, 'the slash command to insert the greeting');
    const greeting = filled(phraseText('greeting-email-en'), { 'customer.firstName': 'Priya', 'company.name': 'Acme' });
    assert.equal(editor.document.getText(), `${HEADER}\n${greeting}`);
  });

  it('offers no slash commands inside the header or after text on the line', async () => {
    const editor = await openDraft('---\ncustomer: Priya\n/cus\n---\nSee /gre\n');
    for (const position of [new vscode.Position(2, 4), new vscode.Position(4, 8)]) {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position, '/');
      const ours = list.items.filter((i) => (typeof i.label === 'string' ? i.label : i.label.label).startsWith('/greeting'));
      assert.deepEqual(ours, [], `no Kindly items at ${position.line}:${position.character}`);
    }
  });

  it('greeting and closing keybindings do not collide with VS Code\'s default keybindings', async () => {
    const ext = vscode.extensions.getExtension('kindly.kindly')!;
    const manifest = JSON.parse(fs.readFileSync(path.join(ext.extensionPath, 'package.json'), 'utf8'));
    const ours: { command: string; key: string }[] = manifest.contributes.keybindings;
    assert.ok(ours.some((k) => k.command === 'kindly.insertGreeting') && ours.some((k) => k.command === 'kindly.insertClosing'));
    await vscode.commands.executeCommand('workbench.action.openDefaultKeybindingsFile');
    const editor = await waitFor(() => {
      const active = vscode.window.activeTextEditor;
      return active?.document.getText().includes('"key"') ? active : undefined;
    }, 'the default keybindings');
    const defaults = (parseJsonc(editor.document.getText()) as { key: string; command: string; when?: string }[]) ?? [];
    assert.ok(defaults.length > 100, 'the default keybindings are listed');
    const norm = (k: string) => k.toLowerCase().split(' ').map((part) => part.split('+').sort().join('+')).join(' ');
    // A chord's first part must not be a complete default binding either, or the chord could never start.
    const clashes = ours.flatMap((k) => defaults
      .filter((d) => !d.command.startsWith('kindly.') && !d.command.startsWith('-') && d.when !== 'false')
      .filter((d) => norm(d.key) === norm(k.key) || norm(d.key) === norm(k.key.split(' ')[0]) || norm(k.key) === norm(d.key.split(' ')[0]))
      .map((d) => `${k.key} (${k.command}) vs ${d.key} → ${d.command} when ${d.when ?? 'always'}`));
    assert.deepEqual(clashes, []);
  });
});
