// The draft linter in a real VS Code: diagnostics on drafts, quick fixes and undo, Fix All, ignore comments,
// severity settings, the pre-send gate and the clipboard, workspace lint, untitled drafts, the status bar.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { KindlyApi } from '../../src/extension';
import { LintCodeActionProvider } from '../../src/features/lint/codeActions';
import { MAX_DIAGNOSTICS } from '../../src/features/lint/diagnostics';
import type { CopyResult, LintWorkspaceResult } from '../../src/features/lint/lintCommands';
import { activateKindly, closeAllEditors, openDraft, waitFor, workspaceFile } from './helpers';

describe('linter in the editor', () => {
  let api: KindlyApi;
  const config = () => vscode.workspace.getConfiguration('kindly');
  /** Diagnostics from the linter (pack problems share the source "Kindly" but never carry a rule id). */
  const lintDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri)
    .filter((d) => d.source === 'Kindly' && api.packs.rules.some((r) => r.id === codeOf(d)));
  const codeOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);
  const flagged = (doc: vscode.TextDocument) => lintDiagnostics(doc.uri).map((d) => `${codeOf(d)}:${doc.getText(d.range)}`).sort();
  /** Waits until the document's findings are exactly `want`; a timeout names what was flagged instead. */
  const flaggedBecomes = (doc: vscode.TextDocument, want: string[], what: string) => waitFor(() => {
    assert.deepEqual(flagged(doc), want);
    return true;
  }, what);

  /** Waits until the linter has run on the document as it is now. */
  async function linted(doc: vscode.TextDocument): Promise<vscode.Diagnostic[]> {
    await waitFor(() => api.lint.lastResult(doc), `${path.basename(doc.uri.path)} to be linted`);
    return lintDiagnostics(doc.uri);
  }

  async function openFixture(name: string): Promise<vscode.TextEditor> {
    const doc = await vscode.workspace.openTextDocument(workspaceFile('drafts', name));
    const editor = await vscode.window.showTextDocument(doc);
    await linted(doc);
    return editor;
  }

  async function quickFixes(doc: vscode.TextDocument, text: string): Promise<vscode.CodeAction[]> {
    const at = doc.getText().indexOf(text);
    assert.ok(at >= 0, `${text} is in the draft`);
    const range = new vscode.Range(doc.positionAt(at), doc.positionAt(at + text.length));
    return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, vscode.CodeActionKind.QuickFix.value, 50);
  }

  async function withSetting<T>(key: string, value: unknown, body: () => Promise<T>): Promise<T> {
    await config().update(key, value, vscode.ConfigurationTarget.Workspace);
    try {
      return await body();
    } finally {
      await config().update(key, undefined, vscode.ConfigurationTarget.Workspace);
    }
  }

  before(async () => {
    api = await activateKindly();
    await api.packs.ready;
    await waitFor(() => api.packs.rules.some((r) => r.id === 'refusal.cannot.en'), 'the built-in rules to load');
  });
  afterEach(async () => {
    // Leave the fixture files as they are on disk for the next test.
    for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty && d.uri.scheme === 'file')) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
      const disk = fs.readFileSync(doc.uri.fsPath, 'utf8');
      if (doc.getText() !== disk) {
        const all = new vscode.WorkspaceEdit();
        all.replace(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), disk);
        await vscode.workspace.applyEdit(all);
      }
      if (doc.isDirty) await doc.save();
    }
    await closeAllEditors();
  });

  it('opening a draft shows its findings: rule ids, exact ranges, source "Kindly", and where each rule is defined', async () => {
    const editor = await openFixture('refund-refusal.md');
    const doc = editor.document;
    await linted(doc);
    assert.ok(lintDiagnostics(doc.uri).length >= 2, 'the diagnostics');
    const diagnostics = lintDiagnostics(doc.uri);
    assert.deepEqual(flagged(doc), ['negative.unfortunately.en:Unfortunately', "refusal.cannot.en:we can't"]);
    const refusal = diagnostics.find((d) => codeOf(d) === 'refusal.cannot.en')!;
    assert.equal(refusal.source, 'Kindly');
    assert.equal(refusal.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(refusal.range.start.line, 7);
    assert.equal(refusal.message, api.packs.rules.find((r) => r.id === 'refusal.cannot.en')!.message);
    const unfortunately = diagnostics.find((d) => codeOf(d) === 'negative.unfortunately.en')!;
    assert.equal(unfortunately.severity, vscode.DiagnosticSeverity.Information);
    for (const d of diagnostics) {
      const [related] = d.relatedInformation ?? [];
      assert.ok(related, `${codeOf(d)} has related information`);
      assert.match(related.location.uri.fsPath.split(path.sep).join('/'), /\/snippets\/rules\/[\w.-]+\.json$/);
      assert.match(related.message, /^Rule “.+” defined in [\w.-]+\.json/);
      // The rule's definition starts at that line: the first "id" from there on is the rule's.
      const fromThere = fs.readFileSync(related.location.uri.fsPath, 'utf8').split('\n').slice(related.location.range.start.line, related.location.range.start.line + 4);
      const idLine = fromThere.find((l) => /"id"\s*:/.test(l));
      assert.ok(idLine?.includes(`"${codeOf(d)}"`), `line ${related.location.range.start.line + 1} of ${related.location.uri.fsPath} defines ${codeOf(d)}: ${fromThere.join('\n')}`);
    }
    // Reassuring negations in the same draft are not flagged.
    const text = doc.getText();
    for (const fine of ['never share', "won't be charged", "won't close"]) {
      const at = text.indexOf(fine);
      assert.ok(!diagnostics.some((d) => doc.offsetAt(d.range.start) < at + fine.length && at < doc.offsetAt(d.range.end)), `“${fine}” is not flagged`);
    }
  });

  it('a reply with only reassuring negations and set phrases has no findings', async () => {
    const editor = await openFixture('reassuring.md');
    assert.deepEqual(await linted(editor.document), []);
  });

  it('Hindi: the flagged Devanagari phrase has exact UTF-16 ranges, and its quick fix keeps the rest intact', async () => {
    const editor = await openFixture('hindi-refusal.md');
    const doc = editor.document;
    await waitFor(() => lintDiagnostics(doc.uri).length > 0, 'the Hindi diagnostic');
    assert.deepEqual(flagged(doc), ['refusal.hi:नहीं ले सकते']);
    const before = doc.getText();
    const actions = await quickFixes(doc, 'नहीं ले सकते');
    const preferred = actions.find((a) => a.isPreferred);
    assert.ok(preferred?.edit, 'a preferred fix with an edit');
    const finding = api.lint.lastResult(doc)!.findings[0];
    assert.equal(preferred.title, `Replace with “${finding.rewrites[0]}”`);
    assert.ok(await vscode.workspace.applyEdit(preferred.edit));
    assert.equal(doc.getText(), before.slice(0, finding.start) + finding.rewrites[0] + before.slice(finding.end));
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), before);
  });

  it('a quick fix replaces exactly the flagged words; one undo restores the draft', async () => {
    const editor = await openFixture('refund-refusal.md');
    const doc = editor.document;
    await linted(doc);
    assert.ok(lintDiagnostics(doc.uri).length >= 2, 'the diagnostics');
    const before = doc.getText();
    const actions = await quickFixes(doc, "we can't");
    const titles = actions.map((a) => a.title);
    assert.deepEqual(actions.filter((a) => a.isPreferred).map((a) => a.title), ['Replace with “here is what I can do:”']);
    assert.ok(titles.includes('Fix all Kindly problems in this draft'), titles.join(' | '));
    assert.ok(titles.includes('Ignore “refusal.cannot.en” in this draft'), titles.join(' | '));
    assert.ok(titles.some((t) => t.startsWith('Why was this flagged?')), titles.join(' | '));
    assert.ok(actions.every((a) => a.kind?.value === vscode.CodeActionKind.QuickFix.value));
    const preferred = actions.find((a) => a.isPreferred)!;
    assert.ok(await vscode.workspace.applyEdit(preferred.edit!));
    assert.equal(doc.getText(), before.replace("Unfortunately we can't refund", 'Unfortunately here is what I can do: refund'));
    await waitFor(() => !flagged(doc).some((f) => f.startsWith('refusal.')), 'the refusal diagnostic to go');
    assert.deepEqual(flagged(doc), ['negative.unfortunately.en:Unfortunately']);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), before, 'one undo restores the draft');
  });

  it('a quick fix chosen after the flagged words changed is refused; after an unrelated edit it still applies', async () => {
    const editor = await openDraft('Hello Priya,\n\nWe can\'t ship today. Thanks for waiting.\n');
    const doc = editor.document;
    await waitFor(() => flagged(doc).includes("refusal.cannot.en:We can't"), 'the refusal');
    // The provider as VS Code uses it: offer (no edit yet), then resolve when the agent picks the fix.
    const provider = new LintCodeActionProvider(api.lint);
    const offer = () => {
      const at = doc.getText().indexOf("We can't");
      const context = { diagnostics: [], only: vscode.CodeActionKind.QuickFix, triggerKind: vscode.CodeActionTriggerKind.Invoke };
      const actions = provider.provideCodeActions(doc, new vscode.Range(doc.positionAt(at), doc.positionAt(at + 3)), context);
      const preferred = actions.find((a) => a.isPreferred);
      assert.ok(preferred && !preferred.edit, 'a rewrite is offered without its edit');
      return preferred;
    };
    const stale = offer();
    await editor.edit((b) => b.replace(new vscode.Range(2, 0, 2, 8), 'We cannot'));
    const changed = doc.getText();
    assert.equal(provider.resolveCodeAction(stale).edit, undefined, 'no edit once the flagged words changed');
    assert.equal(doc.getText(), changed);
    await vscode.commands.executeCommand('undo');
    const fresh = offer();
    await editor.edit((b) => b.insert(new vscode.Position(3, 0), 'Arjun\n'));
    const edit = provider.resolveCodeAction(fresh).edit;
    assert.ok(edit, 'the fix still applies after an edit elsewhere');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(doc.getText(), 'Hello Priya,\n\nHere is what I can do: ship today. Thanks for waiting.\nArjun\n');
  });

  it(`a draft with more than ${MAX_DIAGNOSTICS} findings shows ${MAX_DIAGNOSTICS} and one note for the rest`, async () => {
    const editor = await openDraft('Unfortunately it is late.\n'.repeat(MAX_DIAGNOSTICS + 40));
    const uri = editor.document.uri;
    await waitFor(() => vscode.languages.getDiagnostics(uri).length === MAX_DIAGNOSTICS + 1, 'the capped diagnostics', 20_000);
    const all = vscode.languages.getDiagnostics(uri);
    assert.equal(all.filter((d) => codeOf(d) === 'negative.unfortunately.en').length, MAX_DIAGNOSTICS);
    const note = all.find((d) => d.message === '40 more Kindly findings not shown');
    assert.ok(note, all[all.length - 1].message);
    assert.equal(note.source, 'Kindly');
    assert.equal(note.severity, vscode.DiagnosticSeverity.Information);
  });

  const bigDrafts: string[] = [];
  after(() => bigDrafts.forEach((file) => fs.rmSync(file, { force: true })));
  for (const [label, make] of [
    ['a 5 MB draft', () => 'Thanks for your patience. Unfortunately we can\'t refund this order, but here is what I can do today.\n\n'.repeat(48_000)],
    ['a draft with a single 1 MB line', () => 'Unfortunately it is late, '.repeat(40_000)],
  ] as const) {
    it(`${label} is linted with capped diagnostics, and a keystroke at its end is re-linted without losing text`, async function () {
      this.timeout(180_000);
      const text = make();
      // A file, not an untitled draft: a dirty untitled draft this big leaves a hot-exit backup behind that
      // VS Code may hand to the next "Untitled-1".
      const file = path.join(os.tmpdir(), `kindly-big-draft-${process.pid}-${label.replace(/\W+/g, '-')}.md`);
      fs.writeFileSync(file, text);
      bigDrafts.push(file);
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.file(file)));
      const doc = editor.document;
      await waitFor(() => api.lint.lastResult(doc), `${label} to be linted`, 120_000);
      const all = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'Kindly');
      assert.equal(lintDiagnostics(doc.uri).length, MAX_DIAGNOSTICS, 'findings capped');
      assert.ok(all.some((d) => /^\d+ more Kindly findings not shown$/.test(d.message)), all.slice(MAX_DIAGNOSTICS).map((d) => d.message).join(' | '));
      // Type at the end: the draft keeps every character, and the new version is linted too.
      const end = doc.positionAt(doc.getText().length);
      assert.ok(await editor.edit((e) => e.insert(end, ' We cannot.')));
      await waitFor(() => api.lint.lastResult(doc), `${label} to be linted again after the edit`, 120_000);
      assert.equal(doc.getText(), text + ' We cannot.');
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await waitFor(() => !doc.isDirty && !vscode.window.visibleTextEditors.some((e) => e.document === doc), `${label} to be reverted and closed`, 60_000);
    });
  }

  it('Fix All applies the first rewrite of every finding as one undo step', async () => {
    const original = 'Hello Priya, thank you for contacting Acme.\n\nCalm down, the parcel is on its way. As I already said, the refund was sent — “we can\'t” is not what we say here 🙂.\n\nThank you, Priya.\nArjun\n';
    const editor = await openDraft(original);
    const doc = editor.document;
    await linted(doc);
    assert.ok(lintDiagnostics(doc.uri).length >= 2, 'the diagnostics');
    assert.deepEqual(flagged(doc), ['dismissive.calm-down.en:Calm down', 'dismissive.repeat.en:As I already said']);
    const fixed = await vscode.commands.executeCommand<number>('kindly.fixAll');
    assert.equal(fixed, 2);
    const calm = api.packs.rules.find((r) => r.id === 'dismissive.calm-down.en')!.rewrites[0];
    const recap = api.packs.rules.find((r) => r.id === 'dismissive.repeat.en')!.rewrites[0];
    const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
    assert.equal(doc.getText(), original.replace('Calm down', cap(calm)).replace('As I already said', cap(recap)));
    assert.match(doc.getText(), /“we can't” is not what we say here 🙂/, 'quoted text and emoji are untouched');
    await waitFor(async () => (await linted(doc)).length === 0, 'no findings left');
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), original, 'one undo reverts every fix');
  });

  it('the fix-all source action is offered for editor.codeActionsOnSave', async () => {
    const editor = await openFixture('refund-refusal.md');
    const doc = editor.document;
    await linted(doc);
    assert.ok(lintDiagnostics(doc.uri).length >= 2, 'the diagnostics');
    const all = new vscode.Range(0, 0, doc.lineCount, 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, all, 'source.fixAll.kindly');
    const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.kindly');
    assert.ok(fixAll?.edit, 'a source.fixAll.kindly action with an edit');
    assert.equal(fixAll.title, 'Fix all Kindly problems in this draft');
  });

  it('ignore comments: disable-next-line and disable/enable blocks switch findings off where they apply', async () => {
    const editor = await openFixture('ignore-comments.md');
    const doc = editor.document;
    await linted(doc);
    assert.ok(lintDiagnostics(doc.uri).length >= 2, 'the diagnostics');
    const lines = lintDiagnostics(doc.uri).map((d) => `${codeOf(d)}@${d.range.start.line}`).sort();
    // Line 3 follows a disable-next-line; line 7 is inside a refusal-only disable block; 4 and 9 are not covered.
    assert.deepEqual(lines, ['negative.unfortunately.en@4', 'refusal.cannot.en@9']);
  });

  it('"Ignore … in this draft" inserts one comment after the header, the finding goes, and one undo brings it back', async () => {
    const editor = await openFixture('refund-refusal.md');
    const doc = editor.document;
    await linted(doc);
    assert.ok(lintDiagnostics(doc.uri).length >= 2, 'the diagnostics');
    const before = doc.getText();
    const ignore = (await quickFixes(doc, "we can't")).find((a) => a.title === 'Ignore “refusal.cannot.en” in this draft');
    assert.ok(ignore?.edit);
    assert.ok(await vscode.workspace.applyEdit(ignore.edit));
    assert.equal(doc.getText(), before.replace('---\nHello Priya', '---\n<!-- kindly-disable refusal.cannot.en -->\nHello Priya'));
    await flaggedBecomes(doc, ['negative.unfortunately.en:Unfortunately'], 'only the other finding to remain');
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), before);
    await waitFor(() => flagged(doc).length === 2, 'the refusal to be flagged again');
  });

  it('severity settings per category and per rule take effect at once', async () => {
    const editor = await openFixture('refund-refusal.md');
    const doc = editor.document;
    await linted(doc);
    assert.ok(lintDiagnostics(doc.uri).length >= 2, 'the diagnostics');
    await withSetting('lint.severity', { 'negative-word': 'off' }, async () => {
      await flaggedBecomes(doc, ["refusal.cannot.en:we can't"], 'negative-word to be switched off');
    });
    await waitFor(() => flagged(doc).length === 2, 'the category to come back');
    await withSetting('lint.rules', { 'refusal.cannot.en': 'error' }, async () => {
      await waitFor(() => lintDiagnostics(doc.uri).find((d) => codeOf(d) === 'refusal.cannot.en')?.severity === vscode.DiagnosticSeverity.Error,
        'the rule to become an error');
    });
    await withSetting('lint.enabled', false, async () => {
      await waitFor(() => lintDiagnostics(doc.uri).length === 0, 'diagnostics to clear when linting is off');
    });
    await waitFor(() => flagged(doc).length === 2, 'linting to resume');
  });

  it('Copy Reply for Sending refuses a draft with errors (clipboard untouched) unless the agent copies anyway', async () => {
    const editor = await openFixture('placeholder-error.md');
    await waitFor(() => flagged(editor.document).includes('placeholder.unfilled:{{order.id}}'), 'the placeholder error');
    await vscode.env.clipboard.writeText('clipboard before');
    const refused = await vscode.commands.executeCommand<CopyResult>('kindly.copyForSending', { choice: 'cancel' });
    assert.equal(refused.copied, false);
    assert.equal(refused.blocking, 1);
    assert.equal(await vscode.env.clipboard.readText(), 'clipboard before');
    const shown = await vscode.commands.executeCommand<CopyResult>('kindly.copyForSending', { choice: 'Show problems' });
    assert.equal(shown.copied, false);
    assert.equal(await vscode.env.clipboard.readText(), 'clipboard before');
    const anyway = await vscode.commands.executeCommand<CopyResult>('kindly.copyForSending', { choice: 'Copy anyway' });
    assert.equal(anyway.copied, true);
    const copied = await vscode.env.clipboard.readText();
    assert.ok(copied.startsWith('Hello Rahul, thank you for contacting Acme.'), copied);
    assert.ok(!copied.includes('customer:'), 'no header');
  });

  it('Copy Reply for Sending copies a clean reply without the header and Kindly comments', async () => {
    await openFixture('ready-to-send.md');
    await vscode.env.clipboard.writeText('clipboard before');
    const result = await vscode.commands.executeCommand<CopyResult>('kindly.copyForSending');
    assert.equal(result.copied, true);
    assert.equal(await vscode.env.clipboard.readText(), 'Hello Priya, thank you for contacting Acme.\n\n'
      + 'Sadly the first parcel was damaged, so I have sent a new one today; the courier will deliver it by Friday.\n\n'
      + 'Thank you for your patience, Priya.\nArjun');
  });

  it('warnings are listed but do not block, unless kindly.send.blockOnWarnings; "Fix all" fixes and copies', async () => {
    const editor = await openFixture('refund-refusal.md');
    await waitFor(() => lintDiagnostics(editor.document.uri).length >= 2, 'the diagnostics');
    await vscode.env.clipboard.writeText('clipboard before');
    const listed = await vscode.commands.executeCommand<CopyResult>('kindly.copyForSending');
    assert.equal(listed.copied, true);
    assert.equal(listed.listed, 1);
    assert.match(await vscode.env.clipboard.readText(), /^Hello Priya,[^]*we can't refund[^]*\nArjun$/);
    await vscode.env.clipboard.writeText('clipboard before');
    await withSetting('send.blockOnWarnings', true, async () => {
      const blocked = await vscode.commands.executeCommand<CopyResult>('kindly.copyForSending', { choice: 'cancel' });
      assert.equal(blocked.copied, false);
      assert.equal(blocked.blocking, 1);
      assert.equal(await vscode.env.clipboard.readText(), 'clipboard before');
      const fixed = await vscode.commands.executeCommand<CopyResult>('kindly.copyForSending', { choice: 'Fix all' });
      assert.equal(fixed.copied, true);
      assert.ok(!editor.document.getText().includes("we can't"), 'the draft was fixed');
      assert.equal(await vscode.env.clipboard.readText(), fixed.text);
      assert.ok(!fixed.text!.includes("we can't"));
    });
    await vscode.commands.executeCommand('undo');
    assert.ok(editor.document.getText().includes("we can't"), 'one undo reverts the fix');
  });

  it('Lint Workspace Drafts fills Problems for files that are not open, and skips pack files', async () => {
    const note = workspaceFile('drafts', 'unopened-note.txt');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === note.toString()), 'the note is not open');
    const result = await vscode.commands.executeCommand<LintWorkspaceResult>('kindly.lintWorkspace');
    assert.ok(result.files >= 5, `linted ${result.files} files`);
    assert.equal(result.cancelled, false);
    const diagnostics = lintDiagnostics(note);
    assert.deepEqual(diagnostics.map(codeOf).sort(), ['dismissive.calm-down.en', 'refusal.cannot.en']);
    const text = fs.readFileSync(note.fsPath, 'utf8');
    const line = (d: vscode.Diagnostic) => text.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character);
    assert.deepEqual(diagnostics.map(line).sort(), ['Calm down', 'we are unable to']);
    assert.deepEqual(lintDiagnostics(workspaceFile('team-pack', 'templates', 'warranty.md')), [], 'pack templates are not drafts');
  });

  it('untitled drafts are linted; the status bar shows the count and hides for other files', async () => {
    const editor = await openDraft('Hello Priya,\n\nCalm down, we are unable to reissue the invoice.\n', 'plaintext');
    const doc = editor.document;
    assert.equal(doc.uri.scheme, 'untitled');
    await waitFor(() => lintDiagnostics(doc.uri).length >= 2, 'diagnostics on the untitled draft');
    assert.ok(flagged(doc).includes('dismissive.calm-down.en:Calm down'), flagged(doc).join());
    const count = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'Kindly').length;
    await waitFor(() => api.lint.statusBar.item.text === `$(heart) Kindly: ${count}`, `the status bar to show ${count}`);
    assert.equal(api.lint.statusBar.visible, true);
    assert.match(String(api.lint.statusBar.item.tooltip), /\d+ errors? · \d+ warnings? · \d+ info · \d+ hints?/);
    assert.equal((api.lint.statusBar.item.command as string), 'workbench.actions.view.problems');
    // Typing updates the count (debounced).
    await editor.edit((b) => b.insert(doc.positionAt(doc.getText().length), 'Obviously the refund is on its way.\n'));
    await waitFor(() => {
      const now = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'Kindly').length;
      return now > count && api.lint.statusBar.item.text === `$(heart) Kindly: ${now}`;
    }, 'the count to follow the typing');
    const json = await vscode.workspace.openTextDocument({ language: 'json', content: '{"text": "we can\'t"}' });
    await vscode.window.showTextDocument(json);
    await waitFor(() => api.lint.statusBar.visible === false, 'the status bar item to hide for a JSON file');
    assert.deepEqual(lintDiagnostics(json.uri), [], 'JSON is not a draft');
  });

  it('closing a draft clears its diagnostics', async () => {
    const editor = await openDraft('Hello Priya,\n\nUnfortunately the parcel is late.\n');
    const uri = editor.document.uri;
    await waitFor(() => lintDiagnostics(uri).length > 0, 'the diagnostic');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor(() => lintDiagnostics(uri).length === 0, 'the diagnostics to clear');
  });

  it('Lint Draft summarises the whole draft or only the selection', async () => {
    const editor = await openFixture('refund-refusal.md');
    const doc = editor.document;
    const whole = await vscode.commands.executeCommand<{ findings: number; selection: boolean }>('kindly.lintDraft');
    assert.deepEqual({ findings: whole.findings, selection: whole.selection }, { findings: 2, selection: false }, JSON.stringify(api.lint.lastResult(doc)?.findings.map((f) => f.ruleId)) + doc.getText());
    const at = doc.getText().indexOf("we can't");
    editor.selection = new vscode.Selection(doc.positionAt(at - 1), doc.positionAt(at + 20));
    const part = await vscode.commands.executeCommand<{ findings: number; selection: boolean; counts: { warning: number } }>('kindly.lintDraft');
    assert.deepEqual({ findings: part.findings, selection: part.selection, warnings: part.counts.warning }, { findings: 1, selection: true, warnings: 1 });
  });

  for (const [lang, customerName, channel] of [['en', 'Priya Sharma', 'email'], ['hi', 'प्रिया शर्मा', 'chat'], ['bn', 'প্রিয়া শর্মা', 'email']]) {
    it(`a draft from New Reply Draft (${lang}, ${channel}: greeting and closing from the built-in pack) has no findings`, async () => {
      const uri = await vscode.commands.executeCommand<vscode.Uri>('kindly.newReplyDraft', { customerName, channel, lang });
      assert.ok(uri, 'a draft was created');
      const doc = await waitFor(() => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()), 'the draft document');
      await waitFor(() => api.lint.lastResult(doc), 'the draft to be linted');
      assert.deepEqual(flagged(doc), [], `findings in the new draft:\n${doc.getText()}`);
    });
  }
});
