import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'htmlparser2';
import { renderMarkdown, safeLinkUrl, sanitize } from '../../../src/core/markdown/render';

interface El { name: string; attribs: Record<string, string>; children?: unknown[] }

const ALLOWED = new Set([
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  'code', 'pre', 'blockquote', 'em', 'strong', 'a', 'img', 'hr', 'br', 'del',
]);
const FORBIDDEN = /^(script|iframe|object|embed|form|base|meta|link|style|svg|math|template|noscript|button|input|frame|frameset|applet|video|audio|source)$/;
const BAD_URL = /^\s*(javascript|data|vbscript|command|vscode|file|vscode-webview):/i;

function elements(html: string): El[] {
  const out: El[] = [];
  const walk = (nodes: unknown[]) => {
    for (const n of nodes as Array<{ type: string; children?: unknown[] }>) {
      if (n.type === 'tag' || n.type === 'script' || n.type === 'style') out.push(n as unknown as El);
      if (n.children) walk(n.children);
    }
  };
  walk(parseDocument(html).children as unknown[]);
  return out;
}

/** Every way the output could run code or load something; returns the problems found. */
function problems(html: string, allowRemoteImages: boolean): string[] {
  const found: string[] = [];
  if (/<script/i.test(html)) found.push('contains <script');
  if (/\sstyle\s*=/i.test(html)) found.push('contains style=');
  if (/srcdoc|formaction/i.test(html.replace(/>[^<]*</g, '><'))) found.push('srcdoc/formaction attribute');
  for (const el of elements(html)) {
    if (!ALLOWED.has(el.name)) found.push(`element <${el.name}> not on the allow-list`);
    if (FORBIDDEN.test(el.name)) found.push(`forbidden element <${el.name}>`);
    for (const [name, value] of Object.entries(el.attribs)) {
      if (/^on/i.test(name)) found.push(`event handler ${name}`);
      if (name === 'style' || name === 'srcdoc' || name === 'formaction' || name === 'srcset') found.push(`attribute ${name}`);
      if (name === 'class' && !(el.name === 'code' && /^language-[\w+#.-]+$/.test(value))) found.push(`class "${value}" on <${el.name}>`);
      if (BAD_URL.test(value)) found.push(`${name}="${value}"`);
      if (name === 'href' || name === 'data-href') {
        const protocol = new URL(value).protocol;
        if (!['http:', 'https:', 'mailto:'].includes(protocol)) found.push(`${name} protocol ${protocol}`);
      }
      if (name === 'src') {
        if (!allowRemoteImages) found.push(`image shown although remote images are off: ${value}`);
        else if (new URL(value).protocol !== 'https:') found.push(`non-https image ${value}`);
      }
    }
    if (el.name === 'a' && el.attribs.href !== undefined) {
      if (el.attribs.rel !== 'noopener noreferrer') found.push('link without rel="noopener noreferrer"');
      if (el.attribs['data-href'] !== el.attribs.href) found.push('link whose data-href differs from href');
    }
  }
  return found;
}

const corpusFile = path.resolve(__dirname, '../../fixtures/markdown/xss-vectors.txt');
const vectors = fs.readFileSync(corpusFile, 'utf8').split(/\r?\n-----\r?\n/).map((v) => v.trim()).filter((v) => v !== '');

describe('renderMarkdown: hostile corpus', () => {
  it('has a broad corpus (at least 80 vectors)', () => {
    assert.ok(vectors.length >= 80, `only ${vectors.length} vectors`);
  });

  for (const allowRemoteImages of [false, true]) {
    it(`neutralises every vector (allowRemoteImages: ${allowRemoteImages})`, () => {
      const failures: string[] = [];
      vectors.forEach((v, i) => {
        const html = renderMarkdown(v, { allowRemoteImages });
        const p = problems(html, allowRemoteImages);
        if (p.length > 0) failures.push(`#${i + 1} ${JSON.stringify(v.slice(0, 60))}: ${p.join('; ')}\n  → ${html}`);
      });
      assert.deepEqual(failures, []);
    });
  }

  it('also neutralises every vector given to the sanitiser as raw HTML', () => {
    const failures = vectors.flatMap((v, i) => problems(sanitize(v), false).map((p) => `#${i + 1}: ${p}`));
    assert.deepEqual(failures, []);
  });

  it('the checker itself catches unsafe HTML (so the corpus test can fail)', () => {
    assert.ok(problems('<img src=x onerror=alert(1)>', false).some((p) => p.includes('onerror')));
    assert.ok(problems('<a href="javascript:alert(1)">x</a>', false).length > 0);
    assert.ok(problems('<svg><a href="command:x"></a></svg>', false).some((p) => p.includes('svg')));
    assert.ok(problems('<p style="color:red">x</p>', false).length > 0);
  });

  it('keeps the text of a dropped link', () => {
    const html = renderMarkdown('[call us](javascript:alert(1)) or [open settings](command:workbench.action.openSettings)');
    assert.match(html, /call us/);
    assert.match(html, /open settings/);
    assert.doesNotMatch(html, /href/);
  });

  it('drops scripts with their content but keeps surrounding text', () => {
    const html = renderMarkdown('Before <script>document.title = "pwned"</script> after');
    assert.match(html, /Before/);
    assert.match(html, /after/);
    assert.doesNotMatch(html, /pwned/);
  });
});

describe('renderMarkdown: good Markdown', () => {
  it('renders headings, lists, emphasis, strike-through, quotes and rules', () => {
    const html = renderMarkdown('# Title\n\n## Sub\n\n- one\n- **two**\n\n1. first\n2. *second*\n\n> quoted\n\n~~old~~\n\n---\n\nline');
    for (const tag of ['<h1>', '<h2>', '<ul>', '<ol>', '<li>', '<strong>two</strong>', '<em>second</em>', '<blockquote>', '<del>old</del>', '<hr']) {
      assert.ok(html.includes(tag), `missing ${tag} in ${html}`);
    }
  });

  it('renders tables with alignment and code blocks with their language class', () => {
    const html = renderMarkdown('| Plan | Price |\n|:-----|------:|\n| Basic | ₹199 |\n\n```ts\nconst a = 1 < 2;\n```');
    const els = elements(html);
    assert.ok(els.some((e) => e.name === 'table'));
    assert.equal(els.filter((e) => e.name === 'td').length, 2);
    assert.equal(els.find((e) => e.name === 'th')?.attribs.align, 'left');
    assert.equal(els.find((e) => e.name === 'code')?.attribs.class, 'language-ts');
    assert.match(html, /1 &lt; 2/);
  });

  it('keeps http(s) and mailto links with rel and data-href', () => {
    const links = elements(renderMarkdown('[site](https://example.com/help?q=1) [mail](mailto:help@example.com) <https://example.org>'))
      .filter((e) => e.name === 'a');
    assert.deepEqual(links.map((a) => a.attribs.href), ['https://example.com/help?q=1', 'mailto:help@example.com', 'https://example.org/']);
    for (const a of links) {
      assert.equal(a.attribs['data-href'], a.attribs.href);
      assert.equal(a.attribs.rel, 'noopener noreferrer');
    }
  });

  it('shows images as alt text unless remote images are allowed, and then only over https', () => {
    const md = '![Refund steps](https://example.com/steps.png) ![tracker](http://example.com/t.png)';
    const off = renderMarkdown(md);
    assert.equal(elements(off).filter((e) => e.name === 'img').length, 0);
    assert.match(off, /Refund steps/);
    const on = elements(renderMarkdown(md, { allowRemoteImages: true })).filter((e) => e.name === 'img');
    assert.deepEqual(on.map((i) => i.attribs.src), ['https://example.com/steps.png']);
    assert.equal(on[0].attribs.alt, 'Refund steps');
  });

  it('renders Hindi and Bengali text unchanged', () => {
    const html = renderMarkdown('## रिफंड की स्थिति\n\nআপনার টাকা ফেরত **৫-৭ দিনের** মধ্যে পাবেন।');
    assert.match(html, /<h2>रिफंड की स्थिति<\/h2>/);
    assert.match(html, /<strong>৫-৭ দিনের<\/strong>/);
  });
});

describe('safeLinkUrl', () => {
  it('accepts only absolute http, https and mailto URLs', () => {
    assert.equal(safeLinkUrl('https://example.com'), 'https://example.com/');
    assert.equal(safeLinkUrl('HTTP://EXAMPLE.com/a'), 'http://example.com/a');
    assert.equal(safeLinkUrl('mailto:a@b.c'), 'mailto:a@b.c');
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:x', 'java\nscript:x', 'data:text/html,x',
      'vbscript:x', 'command:x', 'vscode:x', 'file:///etc/passwd', '/relative', '#hash', '//evil.example', 'https://', '']) {
      assert.equal(safeLinkUrl(bad), undefined, bad);
    }
  });
});
