import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateKindly, EXTENSION_ID, waitFor } from './helpers';

// VS Code runs these tests in English: the manifest's %key% placeholders must resolve through
// package.nls.json, and the runtime strings (English source) must come out with their arguments filled.
describe('localisation in a real VS Code', function () {
  this.timeout(60_000);

  it('VS Code resolves every %key% of the manifest from package.nls.json', async () => {
    await activateKindly();
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    const unresolved = JSON.stringify(manifest.contributes).match(/"%kindly\.[\w.-]+%"/g) ?? [];
    assert.deepEqual(unresolved, [], 'no placeholder is shown to the user');
    const title = (id: string) => manifest.contributes.commands.find((c: { command: string }) => c.command === id)?.title;
    assert.equal(title('kindly.insertGreeting'), 'Insert Greeting');
    assert.equal(title('kindly.copyForSending'), 'Copy Reply for Sending');
    assert.equal(manifest.contributes.walkthroughs[0].title, 'Get started with Kindly');
    const agentGroup = manifest.contributes.configuration.find((g: { id: string }) => g.id === 'kindly.agent');
    assert.equal(agentGroup.title, 'Agent and company');
    assert.match(agentGroup.properties['kindly.agent.name'].markdownDescription, /\{\{agent\.name\}\}/);
    assert.equal(manifest.contributes.views.kindly[0].name, 'Search');
  });

  it('the sidebar page gets the display language and its translations (none in English)', async () => {
    const api = await activateKindly();
    await vscode.commands.executeCommand('kindly.openSidebar');
    const html = await waitFor(() => api.sidebar.html, 'the sidebar html');
    assert.equal(vscode.env.language, 'en');
    assert.match(html, /<html lang="en">/);
    const block = /<script type="application\/json" id="kindly-l10n" nonce="[^"]+">([^<]*)<\/script>/.exec(html);
    assert.ok(block, 'the page has its strings table as a JSON data block');
    assert.deepEqual(JSON.parse(block[1]), vscode.l10n.bundle ?? {}, 'the table is the bundle VS Code loaded for the display language');
  });

  it('runtime strings come out in English with their arguments filled', async () => {
    const api = await activateKindly();
    await api.search.ready;
    const empty = await api.sidebar.searchForTest('');
    assert.ok(empty.groups.some((g) => g.label === 'Greetings & closings'), `group labels: ${empty.groups.map((g) => g.label).join(', ')}`);
    const reply = await api.sidebar.handleForTest({ type: 'openLink', href: 'javascript:alert(1)' });
    assert.deepEqual(reply, { type: 'notice', text: 'Kindly opens only http and https links.' });
    const missing = await api.sidebar.handleForTest({ type: 'preview', requestId: 3, kind: 'template', id: 'no-such-template' });
    assert.deepEqual(missing, { type: 'notice', text: 'That item is no longer in any pack.' });
  });
});
