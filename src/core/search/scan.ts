// The indexing fast path of words(): the same words in the same order, found in one pass over the
// code units and looked up in a Vocab straight from a buffer, so that only new words ever become
// strings. A 100k-document corpus has millions of word occurrences and about a hundred thousand
// distinct words; a regex match, a string and a Map lookup per occurrence dominated the build.
import { normalize, words } from './text';
import { HASH_SEED, hashStep, type Vocab } from './vocab';

const SURROGATE = /[\ud800-\udfff]/;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

/** Per BMP code unit: 0 not yet known, 1 a word character (\p{L}\p{M}\p{N}), 2 not one. */
const charClass = new Uint8Array(65536);

function isWordChar(c: number): boolean {
  let k = charClass[c];
  if (k === 0) charClass[c] = k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

export class WordScanner {
  private buf = new Uint16Array(64);

  /**
   * Surface ids in `vocab` of the words of `text`, exactly as words(text) splits and normalises them;
   * words not yet in `vocab` are added to it.
   */
  scan(text: string, vocab: Vocab, out: number[] = []): number[] {
    let ascii = true;
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) > 127) { ascii = false; break; }
    }
    let s = text;
    if (!ascii) {
      s = normalize(text);
      // Astral letters need code-point classes: take the regex path (rare in support text).
      if (SURROGATE.test(s)) {
        for (const w of words(text)) out.push(vocab.intern(w));
        return out;
      }
    }
    let buf = this.buf;
    let len = 0;
    let h = HASH_SEED;
    const n = s.length;
    for (let i = 0; i <= n; i++) {
      let c = i < n ? s.charCodeAt(i) : 32;
      if (c < 128) {
        if (c >= 65 && c <= 90) c += 32;
        else if (c === 39) continue; // ASCII words(): apostrophes vanish ("don't" → "dont"); normalize() drops them too
        else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) c = -1;
      } else if (!isWordChar(c)) c = -1;
      if (c >= 0) {
        if (len === buf.length) {
          const next = new Uint16Array(len * 2);
          next.set(buf);
          this.buf = buf = next;
        }
        buf[len++] = c;
        h = hashStep(h, c);
      } else if (len > 0) {
        let id = vocab.findCodes(buf, len, h);
        if (id < 0) id = vocab.add(codesToString(buf, len), h);
        out.push(id);
        len = 0;
        h = HASH_SEED;
      }
    }
    return out;
  }
}

function codesToString(buf: Uint16Array, len: number): string {
  let s = '';
  for (let i = 0; i < len; i += 4096) s += String.fromCharCode.apply(null, buf.subarray(i, Math.min(len, i + 4096)) as unknown as number[]);
  return s;
}
