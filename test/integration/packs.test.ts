import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateKindly, closeAllEditors, waitFor, workspaceFile } from './helpers';

describe('packs in a real VS Code', () => {
  afterEach(closeAllEditors);

  it('loads the workspace pack and the built-in pack, workspace first', async () => {
    const api = await activateKindly();
    await api.packs.ready;
    const ids = api.packs.resolved.packs.map((p) => p.id);
    assert.ok(ids.indexOf('acme-team') !== -1 && ids.indexOf('kindly-builtin') !== -1, `packs: ${ids.join(', ')}`);
    assert.ok(ids.indexOf('acme-team') < ids.indexOf('kindly-builtin'), 'the workspace pack takes precedence');
    assert.ok(api.packs.templates.some((t) => t.id === 'acme-warranty' && t.origin.packId === 'acme-team'));
  });

  it('shows a broken template as a diagnostic at its line; fixing and saving clears it and the item appears', async () => {
    const api = await activateKindly();
    await api.packs.ready;
    const uri = workspaceFile('team-pack/templates/broken.md');
    const kindlyDiagnostics = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Kindly');
    const diags = await waitFor(() => (kindlyDiagnostics().length ? kindlyDiagnostics() : undefined), 'a pack diagnostic on broken.md');
    assert.equal(diags.length, 1);
    assert.equal(diags[0].range.start.line, 4, 'the diagnostic is on the `lang: xx` line');
    assert.match(diags[0].message, /lang/);
    assert.match(diags[0].message, /en/, 'the message says what is expected');
    assert.ok(!api.packs.templates.some((t) => t.id === 'acme-gift-card'), 'the broken template is not offered');

    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    const line = doc.lineAt(4);
    await editor.edit((e) => e.replace(line.range, 'lang: en'));
    await doc.save();
    await waitFor(() => kindlyDiagnostics().length === 0, 'the diagnostic to clear');
    await waitFor(() => api.packs.templates.some((t) => t.id === 'acme-gift-card'), 'the fixed template to load');
  });

  it('"Kindly: New Pack" scaffolds a pack that loads with zero problems', async () => {
    const api = await activateKindly();
    await api.packs.ready;
    const target = workspaceFile('scaffolded');
    const manifest = await vscode.commands.executeCommand<vscode.Uri>('kindly.newPack', target, 'Scaffold Test');
    assert.ok(manifest, 'the command returns the new manifest');
    await waitFor(() => api.packs.resolved.packs.find((p) => p.id === 'scaffold-test'), 'the scaffolded pack to load');
    const problems = api.packs.resolved.problems.filter((p) => p.file.startsWith(target.fsPath));
    assert.deepEqual(problems, [], 'the scaffolded pack has no problems');
    assert.ok(api.packs.templates.some((t) => t.origin.packId === 'scaffold-test'), 'its template is offered');
    assert.ok(api.packs.rules.some((r) => r.origin.packId === 'scaffold-test'), 'its rule is loaded');
  });

  it('turns a pack off and on again with kindly.disabledPacks', async () => {
    const api = await activateKindly();
    await api.packs.ready;
    const config = vscode.workspace.getConfiguration('kindly');
    try {
      await config.update('disabledPacks', ['acme-team'], vscode.ConfigurationTarget.Workspace);
      await waitFor(() => !api.packs.templates.some((t) => t.id === 'acme-warranty'), 'the disabled pack\'s items to go');
      assert.equal(api.packs.resolved.packs.find((p) => p.id === 'acme-team')?.enabled, false);
      assert.ok(api.packs.templates.length > 0, 'the other packs stay');
    } finally {
      await config.update('disabledPacks', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(() => api.packs.templates.some((t) => t.id === 'acme-warranty'), 'the pack to come back');
  });

  it('offers completion from the generated JSON Schema while editing kindly-pack.json', async () => {
    await activateKindly();
    const doc = await vscode.workspace.openTextDocument(workspaceFile('team-pack/kindly-pack.json'));
    await vscode.window.showTextDocument(doc);
    // Just after the opening brace: the schema's property names are offered.
    const position = new vscode.Position(1, 2);
    const labels = await waitFor(async () => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, position);
      const names = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      return names.some((n) => n.includes('extends')) ? names : undefined;
    }, 'schema completion in kindly-pack.json', 20_000);
    assert.ok(labels.some((n) => n.includes('priority')), `completion offers schema properties: ${labels.join(', ')}`);
  });
});
