import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { HostMessage, InitialView } from '../../src/webview/protocol';
import { activateKindly, closeAllEditors, openDraft, waitFor, workspaceFile } from './helpers';

type Results = Extract<HostMessage, { type: 'results' }>;
const first = (r: Results) => r.groups.flatMap((g) => g.items)[0];
const HEADER = '---\ncustomer: Priya Sharma\nticket: 4312\nchannel: email\n---\n\n';

describe('sidebar search', function () {
  this.timeout(60_000);
  afterEach(closeAllEditors);

  it('resolves the view and answers a typo query with the intended item first', async () => {
    const api = await activateKindly();
    await vscode.commands.executeCommand('kindly.openSidebar');
    await waitFor(() => api.sidebar.isResolved, 'the Kindly sidebar to resolve');
    await api.search.ready;
    const typo = await api.sidebar.searchForTest('refnud');
    assert.match(first(typo).title, /refund/i, `"refnud" finds a refund item first: ${first(typo).title}`);
    assert.ok(first(typo).titleHighlights.length > 0, 'the matched word is highlighted in the title');
    const reply = await api.sidebar.searchForTest('refnud confirmd');
    const top = first(reply);
    assert.deepEqual([top.kind, top.id, top.pack], ['template', 'hostile-refund-confirmed', 'hostile-pack']);
    assert.equal(reply.total, reply.groups.reduce((n, g) => n + g.items.length, 0));
    assert.ok(top.excerpt.length > 0 && top.lang === 'en' && top.tags.includes('refund'), 'a result carries excerpt, language and tags');
  });

  it('embeds the first listing for the saved query in the page, where a hostile title stays inert data', async () => {
    const api = await activateKindly();
    await vscode.commands.executeCommand('kindly.openSidebar');
    await waitFor(() => api.sidebar.isResolved, 'the Kindly sidebar to resolve');
    await api.search.ready;
    const html = api.sidebar.renderHtml({ query: 'security gallery', filters: { kind: 'article' } });
    const block = /<script type="application\/json" id="kindly-initial" nonce="[^"]+">([^<]*)<\/script>/.exec(html);
    assert.ok(block, 'a JSON data block without any "<" inside');
    const initial = JSON.parse(block[1]) as InitialView;
    assert.equal(initial.query, 'security gallery');
    const top = initial.results.groups.flatMap((g) => g.items)[0];
    assert.deepEqual([top.kind, top.id], ['article', 'hostile-xss-gallery']);
    assert.match(top.title, /onerror=/, 'the title arrives as text for the page to render as text');
    assert.equal(html.match(/<script/g)?.length, 3, 'no script or markup from the pack in the HTML');
    assert.ok(!html.includes('<img'), 'no markup from the pack in the HTML');
    // A saved state the page could not have sent is ignored, not trusted.
    const odd = api.sidebar.renderHtml({ query: 42, filters: { kind: 'nonsense' } });
    assert.match(odd, /id="kindly-initial" nonce="[^"]+">null<\/script>/);
  });

  it('rejects malformed page messages and never acts on them', async () => {
    const api = await activateKindly();
    const before = api.sidebar.rejectedMessages;
    const bad: unknown[] = [
      { type: 'search', requestId: 1, query: 42, filters: {} },
      { type: 'search', requestId: 1, query: 'x', filters: {}, extra: true },
      { type: 'insert', kind: 'template', id: 'x'.repeat(5000) },
      { type: 'runCommand', command: 'workbench.action.quit' },
      'search',
      null,
    ];
    for (const raw of bad) assert.equal(await api.sidebar.handleForTest(raw), undefined, `no reply to ${JSON.stringify(raw)?.slice(0, 60)}`);
    assert.equal(api.sidebar.rejectedMessages - before, bad.length);
  });

  it('inserts the chosen template into the draft with the customer name filled in, as one undo step', async () => {
    const api = await activateKindly();
    await api.search.ready;
    const editor = await openDraft(HEADER);
    editor.selection = new vscode.Selection(editor.document.positionAt(HEADER.length), editor.document.positionAt(HEADER.length));
    const top = first(await api.sidebar.searchForTest('refnud confirmd'));
    await api.sidebar.handleForTest({ type: 'insert', kind: top.kind, id: top.id });
    const text = await waitFor(() => (editor.document.getText().includes('your refund is confirmed') ? editor.document.getText() : undefined), 'the template in the draft');
    assert.ok(text.startsWith(HEADER), 'the header is kept');
    assert.ok(text.includes('Hi Priya, your refund is confirmed and on its way back to you.'), `placeholders filled from the header: ${text}`);
    assert.ok(!text.includes('{{'), 'no placeholder left');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), HEADER, 'one undo removes the inserted template');
    // Used items come first when the query is empty.
    const home = await api.sidebar.searchForTest('');
    const recent = home.groups.find((g) => g.id === 'recent');
    assert.ok(recent?.items.some((i) => i.id === 'hostile-refund-confirmed'), 'the template is listed as recently used');
  });

  it('previews a template with the draft\'s values, and copies it filled in', async () => {
    const api = await activateKindly();
    await api.search.ready;
    await openDraft(HEADER);
    const reply = await api.sidebar.handleForTest({ type: 'preview', requestId: 3, kind: 'template', id: 'hostile-refund-confirmed' });
    assert.ok(reply?.type === 'preview', 'a preview reply');
    assert.equal(reply.requestId, 3, 'the reply carries the request id');
    assert.match(reply.html, /<p>Hi Priya, your refund is confirmed/);
    const copied = await api.sidebar.handleForTest({ type: 'copy', kind: 'template', id: 'hostile-refund-confirmed' });
    assert.equal(copied?.type, 'notice');
    const clip = await vscode.env.clipboard.readText();
    assert.ok(clip.startsWith('Hi Priya, your refund is confirmed'), `clipboard: ${clip}`);
  });

  it('renders a hostile article from a workspace pack without anything that could run or load', async () => {
    const api = await activateKindly();
    await api.search.ready;
    const found = first(await api.sidebar.searchForTest('security galery'));
    assert.deepEqual([found.kind, found.id], ['article', 'hostile-xss-gallery']);
    const reply = await api.sidebar.handleForTest({ type: 'preview', requestId: 9, kind: 'article', id: 'hostile-xss-gallery' });
    assert.ok(reply?.type === 'preview');
    const html = reply.html;
    for (const bad of [/<script/i, /<iframe/i, /<svg/i, /<math/i, /<object/i, /<embed/i, /<form/i, /<input/i, /<base/i, /<meta/i,
      /<link/i, /<style/i, /<video/i, /<details/i, /<img/i, /\son[a-z]+\s*=/i, /style\s*=/i, /srcdoc/i, /(href|src)\s*=\s*"\s*(javascript|data|vbscript|command|vscode):/i,
      /example\.invalid/i, /command:workbench/i]) {
      assert.doesNotMatch(html, bad, `the preview HTML has no ${bad}`);
    }
    assert.match(html, /<a href="https:\/\/example\.com\/help" data-href="https:\/\/example\.com\/help" rel="noopener noreferrer">Kindly help<\/a>/, 'safe links survive');
    assert.match(html, /tracking pixel/, 'a blocked image shows its alt text');
    assert.match(html, /<table>/, 'tables render');
    assert.match(html, /<pre><code class="language-html">&lt;script&gt;/, 'code blocks show code as text');
    // The page's links go through the host, which opens only http(s).
    for (const href of ['javascript:alert(1)', 'command:workbench.action.quit', 'vscode://kindly.kindly/x', 'file:///etc/passwd', 'https://user:pw@example.com/']) {
      const refused = await api.sidebar.handleForTest({ type: 'openLink', href });
      assert.equal(refused?.type, 'notice', `${href} is refused`);
      assert.ok(api.sidebar.refusedLinks.includes(href));
    }
  });

  // `https:` on its own (the webview's own cspSource may itself be an https origin).
  const REMOTE = /img-src[^;]* https:(?=[ ;"])/;

  it('shows remote images only when kindly.preview.allowRemoteImages is on, and the CSP follows', async () => {
    const api = await activateKindly();
    await vscode.commands.executeCommand('kindly.openSidebar');
    await waitFor(() => api.sidebar.html, 'the sidebar html');
    assert.match(api.sidebar.html!, /default-src 'none'/);
    assert.doesNotMatch(api.sidebar.html!, REMOTE, 'no remote images by default');
    const config = vscode.workspace.getConfiguration('kindly');
    await config.update('preview.allowRemoteImages', true, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor(() => REMOTE.test(api.sidebar.html ?? ''), 'the CSP to allow https images');
      const reply = await api.sidebar.handleForTest({ type: 'preview', requestId: 1, kind: 'article', id: 'hostile-xss-gallery' });
      assert.ok(reply?.type === 'preview');
      assert.match(reply.html, /<img src="https:\/\/example\.invalid\/x\.png" alt="tracking pixel"\s*\/?>/);
      assert.doesNotMatch(reply.html, /data:image/, 'data: images stay blocked');
    } finally {
      await config.update('preview.allowRemoteImages', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(() => !REMOTE.test(api.sidebar.html ?? ''), 'the CSP to block remote images again');
  });

  it('keeps favourites at the top of an empty query, and filters by kind, language and pack', async () => {
    const api = await activateKindly();
    await api.search.ready;
    const fav = await api.sidebar.handleForTest({ type: 'toggleFavourite', kind: 'article', id: 'hostile-xss-gallery' });
    assert.deepEqual(fav, { type: 'favourite', kind: 'article', id: 'hostile-xss-gallery', favourite: true });
    try {
      const home = await api.sidebar.searchForTest('');
      assert.equal(home.groups[0].id, 'favourites');
      assert.equal(home.groups[0].items[0].id, 'hostile-xss-gallery');
      assert.ok(home.groups.some((g) => g.id === 'phrases' && g.items.some((i) => i.kind === 'greeting')), 'greetings & closings are listed');
    } finally {
      await api.sidebar.handleForTest({ type: 'toggleFavourite', kind: 'article', id: 'hostile-xss-gallery' });
    }
    assert.ok(!(await api.sidebar.searchForTest('')).groups.some((g) => g.id === 'favourites'), 'favourite removed');
    const articles = await api.sidebar.searchForTest('refund', { kind: 'article' });
    assert.ok(articles.total > 0 && articles.groups.every((g) => g.items.every((i) => i.kind === 'article')), 'kind filter');
    const hindi = await api.sidebar.searchForTest('refund', { lang: 'hi' });
    assert.ok(hindi.total > 0 && hindi.groups.every((g) => g.items.every((i) => i.lang === 'hi')), 'language filter');
    const pack = await api.sidebar.searchForTest('refund', { pack: 'hostile-pack' });
    assert.deepEqual(pack.groups.flatMap((g) => g.items.map((i) => i.id)), ['hostile-refund-confirmed'], 'pack filter');
    const phrases = await api.sidebar.searchForTest('', { kind: 'phrase', lang: 'en' });
    assert.ok(phrases.total > 0 && phrases.groups.every((g) => g.items.every((i) => (i.kind === 'greeting' || i.kind === 'closing') && i.lang === 'en')));
  });

  it('sends the filters the packs offer: languages, tags and packs by name', async () => {
    const api = await activateKindly();
    await api.search.ready;
    const reply = await api.sidebar.handleForTest({ type: 'ready' });
    assert.ok(reply?.type === 'facets');
    assert.equal(reply.facets.empty, false, 'there is something to list');
    assert.deepEqual(['bn', 'en', 'hi'].filter((l) => reply.facets.langs.includes(l)), ['bn', 'en', 'hi']);
    assert.ok(reply.facets.tags.includes('security') && reply.facets.tags.includes('refund'));
    assert.ok(reply.facets.packs.some((p) => p.id === 'hostile-pack' && p.name === 'Hostile pack'), 'packs are offered by name');
  });

  it('offers the nearest suggestions when nothing matches', async () => {
    const api = await activateKindly();
    await api.search.ready;
    const reply = await api.sidebar.searchForTest('refxxnd');
    assert.equal(reply.total, 0);
    assert.ok(reply.suggestions.some((s) => s.kind === 'query' && s.text === 'refund'), JSON.stringify(reply.suggestions));
  });

  it('updates the index incrementally when a pack file changes', async () => {
    const api = await activateKindly();
    await api.search.ready;
    const file = workspaceFile('hostile-pack', 'templates', 'zebra.md');
    fs.writeFileSync(file.fsPath, '---\nid: hostile-zebra\ntitle: Zebra crossing closed\ntags: [zebra]\nlang: en\n---\nThe zebra crossing outside our store is closed today.\n');
    try {
      await waitFor(async () => first(await api.sidebar.searchForTest('zebra'))?.id === 'hostile-zebra', 'the new template to be found');
      assert.deepEqual([api.search.lastSync.added, api.search.lastSync.removed], [1, 0], 'only the new item was indexed');
    } finally {
      fs.rmSync(file.fsPath);
    }
    await waitFor(async () => (await api.sidebar.searchForTest('zebra')).total === 0, 'the deleted template to disappear');
    assert.deepEqual([api.search.lastSync.added, api.search.lastSync.removed], [0, 1], 'only the deleted item was removed');
  });

  it('answers at once while packs reload: from the last complete state, marked as loading', async () => {
    const api = await activateKindly();
    await api.search.ready;
    // A pack big enough that loading it takes a while.
    const root = workspaceFile('slow-pack').fsPath;
    fs.mkdirSync(`${root}/templates`, { recursive: true });
    fs.writeFileSync(`${root}/kindly-pack.json`, JSON.stringify({ id: 'slow-pack', name: 'Slow pack', version: '1.0.0', languages: ['en'] }));
    for (let i = 0; i < 1500; i++) fs.writeFileSync(`${root}/templates/t${i}.md`, `---\ntitle: Quokka note ${i}\nlang: en\n---\nQuokka ${i}.\n`);
    try {
      const reload = api.packs.reloadAll();
      await waitFor(() => api.packs.loading, 'the reload to start');
      const facets = await api.sidebar.handleForTest({ type: 'ready' });
      assert.ok(facets?.type === 'facets' && facets.facets.loading && !facets.facets.empty, 'facets say the packs are loading');
      const during = await api.sidebar.searchForTest('refnud confirmd');
      assert.equal(first(during)?.id, 'hostile-refund-confirmed', 'the last complete state still answers');
      await reload;
      assert.equal(api.packs.loading, false);
      assert.match(first(await api.sidebar.searchForTest('quokka note 42'))?.title ?? '', /^Quokka note 42$/);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
      await api.packs.reloadAll();
    }
    assert.equal((await api.sidebar.searchForTest('quokka')).total, 0, 'the removed pack is gone');
  });

  it('"Kindly: Search Templates and Articles" inserts the top result from the palette', async () => {
    const api = await activateKindly();
    await api.search.ready;
    const editor = await openDraft(HEADER);
    editor.selection = new vscode.Selection(editor.document.positionAt(HEADER.length), editor.document.positionAt(HEADER.length));
    const done = vscode.commands.executeCommand<boolean>('kindly.searchItems', 'refnud confirmd');
    await waitFor(async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return editor.document.getText().includes('Hi Priya, your refund is confirmed');
    }, 'the palette search to insert the template');
    assert.equal(await done, true);
  });
});
