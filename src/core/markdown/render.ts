// Safe Markdown → HTML for previews of pack content (written by other people, so never trusted):
// `marked` renders, then `sanitize-html` keeps only an allow-list of elements and attributes. Links
// survive only for http(s)/mailto, checked with the WHATWG URL parser (the same one the webview uses,
// so entity/whitespace/case tricks resolve exactly as the browser would resolve them). The page posts
// `data-href` to the host instead of navigating; the host checks it again before opening a browser.
import { Marked, type Tokens } from 'marked';
import sanitizeHtml from 'sanitize-html';

export interface RenderOptions {
  /** Show `https:` images (otherwise every image is replaced by its alt text). Default false. */
  allowRemoteImages?: boolean;
}

const ALLOWED_TAGS = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  'code', 'pre', 'blockquote', 'em', 'strong', 'a', 'img', 'hr', 'br', 'del',
];

// Elements whose content is dropped with them (not shown as text): code, styles, embedded documents.
const NON_TEXT_TAGS = [
  'script', 'style', 'textarea', 'option', 'noscript', 'template', 'title', 'xmp', 'iframe', 'noembed',
  'noframes', 'object', 'embed', 'svg', 'math', 'select', 'head', 'plaintext', 'frameset', 'applet',
];

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The normalised URL if it is an absolute http(s)/mailto link, else undefined. */
export function safeLinkUrl(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined; // relative or malformed: a webview has nowhere to go
  }
  if (!LINK_PROTOCOLS.has(url.protocol)) return undefined;
  if (url.protocol !== 'mailto:' && url.hostname === '') return undefined;
  return url.href;
}

function safeImageUrl(raw: string | undefined, allowRemote: boolean): string | undefined {
  if (!allowRemote || raw === undefined) return undefined;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' && url.hostname !== '' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function markedFor(allowRemoteImages: boolean): Marked {
  return new Marked({
    gfm: true,
    breaks: false,
    renderer: {
      // Images that may not load are shown as their alt text, so the reader still gets the meaning.
      image({ href, title, text }: Tokens.Image): string {
        const src = safeImageUrl(href, allowRemoteImages);
        if (src === undefined) return escapeText(text);
        const t = title ? ` title="${escapeText(title)}"` : '';
        return `<img src="${escapeText(src)}" alt="${escapeText(text)}"${t}>`;
      },
    },
  });
}

const renderers = new Map<boolean, Marked>();

/** Renders Markdown to sanitised HTML for the sidebar preview. Never throws on odd input. */
export function renderMarkdown(markdown: string, options: RenderOptions = {}): string {
  const allowRemoteImages = options.allowRemoteImages === true;
  let m = renderers.get(allowRemoteImages);
  if (!m) renderers.set(allowRemoteImages, (m = markedFor(allowRemoteImages)));
  const html = m.parse(markdown, { async: false });
  return sanitize(html, allowRemoteImages);
}

/** The sanitiser alone (also used for HTML that did not come from `marked`). */
export function sanitize(html: string, allowRemoteImages = false): string {
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      a: ['href', 'data-href', 'rel', 'title'],
      img: ['src', 'alt', 'title'],
      code: ['class'],
      th: ['align'],
      td: ['align'],
      ol: ['start'],
    },
    allowedClasses: { code: [/^language-[A-Za-z0-9_+#.-]+$/] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['https'] },
    allowedSchemesAppliedToAttributes: ['href', 'src', 'cite', 'data-href'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    nonTextTags: NON_TEXT_TAGS,
    parseStyleAttributes: false,
    transformTags: {
      // Rebuild the attributes from scratch: nothing the source wrote on a link survives unchecked.
      a: (_tag, attribs) => {
        const href = safeLinkUrl(attribs.href);
        const out: sanitizeHtml.Attributes = {};
        if (href !== undefined) {
          out.href = href;
          out['data-href'] = href;
          out.rel = 'noopener noreferrer';
        }
        if (attribs.title) out.title = attribs.title;
        return { tagName: 'a', attribs: out };
      },
      img: (_tag, attribs) => {
        const src = safeImageUrl(attribs.src, allowRemoteImages);
        const out: sanitizeHtml.Attributes = {};
        if (src !== undefined) out.src = src;
        if (attribs.alt) out.alt = attribs.alt;
        if (attribs.title) out.title = attribs.title;
        return { tagName: 'img', attribs: out };
      },
    },
    // An image without a permitted source is dropped rather than left as a broken <img>.
    exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
  });
}
