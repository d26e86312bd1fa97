import { DocumentError } from "./xml-errors";

/**
 * What the scanner tells its reader. `open` answers whether it wants the element's text (the
 * text up to its next child or its end, CDATA included); `close` gets that text, or "" when it
 * was not wanted. `names` (on the scanner) holds the open elements' local names, the closing
 * one last.
 */
export interface XmlHandler {
  open(qname: string, local: string, attributes: Attributes | null): boolean;
  close(local: string, text: string): void;
}

/** An element's attributes as name, value, name, value…: most elements have none, a few one. */
export type Attributes = readonly string[];

export function attribute(attributes: Attributes | null, name: string): string | undefined {
  if (attributes === null) return undefined;
  for (let i = 0; i < attributes.length; i += 2) if (attributes[i] === name) return attributes[i + 1];
  return undefined;
}

/** Markup that declares a DTD or its parts: refused wherever it appears, with its own code. */
const DTD = ["<!DOCTYPE", "<!ENTITY", "<!ELEMENT", "<!ATTLIST", "<!NOTATION"];
/** The longest markup opening a token must show before it can be classified (`<![CDATA[`, `<!NOTATION`). */
const LONGEST_OPENING = 10;

// Character classes of ASCII in names; any non-ASCII character is taken as a name character.
const NAME = 0;
const COLON = 1;
const END = 2; // whitespace, `/`, `>`, `=`: ends a name
const BAD = 3;
const CLASS = new Uint8Array(128).fill(BAD);
for (const c of "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.") CLASS[c.charCodeAt(0)] = NAME;
CLASS[58] = COLON;
for (const c of " \t\r\n/>=") CLASS[c.charCodeAt(0)] = END;
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;
/** A name may not start with a digit, `-`, `.` or `:`. */
const nameStart = (c: number) => !(c >= 48 && c <= 57) && c !== 45 && c !== 46 && c !== 58;

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding the characters XML forbids is the point.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
/** `<?xml version="1.x" encoding="…" standalone="yes|no"?>`, the last two optional, in that order. */
const XML_DECLARATION =
  /^<\?xml\s+version\s*=\s*(["'])1\.[0-9]+\1(?:\s+encoding\s*=\s*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:\s+standalone\s*=\s*(["'])(?:yes|no)\3)?\s*\?>$/;
const PREDEFINED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const REFERENCE = /&(?:(amp|lt|gt|quot|apos)|#([0-9]{1,7})|#x([0-9a-fA-F]{1,6}));/y;

/**
 * A streaming tokenizer for the XML banks send, written for speed (it finds markup with
 * `indexOf`, not one character at a time) and for hostile input: elements, attributes, text,
 * CDATA and comments only. A DOCTYPE or any DTD declaration is refused on sight (no entity can
 * be declared, so none expands), as is any processing instruction other than the XML declaration;
 * only the five predefined entities and character references are read, depth is bounded, and an
 * error names a position, never the document's text. Well-formedness checked: one root, tags
 * nested and matched, names, attribute syntax and uniqueness, references, the XML declaration,
 * characters (no control characters), nothing but whitespace and comments outside the root.
 *
 * Chunks may split any token. A token cut by a chunk's end is carried into the next pass, and
 * passes wait until the new text is at least as long as what is carried, so a long token (a huge
 * comment, an unclosed tag) costs linear time however small the chunks.
 */
export class XmlScanner {
  /** Local names of the open elements, outermost first. */
  readonly names: string[] = [];
  readonly #qnames: string[] = [];
  readonly #wants: boolean[] = [];
  readonly #nameCache = new NameCache();
  #text = "";
  #carry = "";
  #queue: string[] = [];
  #queued = 0;
  /** Characters of the document before the current pass's text, for error positions. */
  #offset = 0;
  /** The next `&` at or after the scan position in the current pass's text (-1: none left). */
  #amp = 0;
  #started = false;
  #rootClosed = false;

  constructor(
    readonly handler: XmlHandler,
    readonly maxDepth: number,
  ) {}

  write(chunk: string) {
    if (chunk.length === 0) return;
    this.#queue.push(chunk);
    this.#queued += chunk.length;
    if (this.#queued < this.#carry.length) return;
    this.#pass(false);
  }

  /** The end of the document: anything left open or unread is an error. */
  close() {
    this.#pass(true);
    if (this.names.length > 0 || !this.#rootClosed) throw this.#malformed(0);
  }

  #pass(final: boolean) {
    const queued = this.#queue.length === 1 ? this.#queue[0]! : this.#queue.join("");
    const data = this.#carry.length === 0 ? queued : this.#carry + queued;
    this.#queue = [];
    this.#queued = 0;
    // Control characters other than tab and line breaks (and U+FFFE, U+FFFF) are not XML; the
    // UTF-8 decoder has already refused lone surrogates.
    const bad = NOT_XML.exec(data);
    if (bad) throw this.#malformed(bad.index);
    this.#amp = data.indexOf("&");
    const stop = this.#scan(data, final);
    this.#carry = stop < data.length ? data.slice(stop) : "";
    this.#offset += stop;
  }

  /** Reads tokens from `data`; returns where the first incomplete one starts (its length if none). */
  #scan(data: string, final: boolean): number {
    const n = data.length;
    let pos = 0;
    while (pos < n) {
      const lt = data.indexOf("<", pos);
      if (lt < 0) {
        if (!final) return pos;
        this.#chars(data, pos, n);
        return n;
      }
      if (lt > pos) this.#chars(data, pos, lt);
      const end = this.#markup(data, lt, final);
      if (end < 0) return lt;
      this.#started = true;
      pos = end;
    }
    return n;
  }

  /** Text between markup: whitespace outside the root, references checked, kept when wanted. */
  #chars(data: string, from: number, to: number) {
    this.#started = true;
    const depth = this.names.length;
    if (depth === 0) {
      for (let i = from; i < to; i++) if (!isSpace(data.charCodeAt(i))) throw this.#malformed(i);
      return;
    }
    if (this.#amp >= 0 && this.#amp < from) this.#amp = data.indexOf("&", from);
    const hasReference = this.#amp >= 0 && this.#amp < to;
    if (this.#wants[depth - 1]) {
      const text = hasReference ? this.#decode(data.slice(from, to), from) : data.slice(from, to);
      this.#text = this.#text.length === 0 ? text : this.#text + text;
    } else if (hasReference) {
      this.#decode(data.slice(from, to), from);
    }
  }

  /** One markup token at `lt`: where it ends, or -1 if `data` ends before it does. */
  #markup(data: string, lt: number, final: boolean): number {
    const next = data.charCodeAt(lt + 1);
    if (next === 47 /* / */) return this.#endTag(data, lt, final);
    if (next === 33 /* ! */) return this.#declaration(data, lt, final);
    if (next === 63 /* ? */) return this.#instruction(data, lt, final);
    if (lt + 1 >= data.length) return this.#incomplete(final, lt);
    return this.#startTag(data, lt, final);
  }

  #startTag(data: string, lt: number, final: boolean): number {
    const n = data.length;
    let i = lt + 1;
    let colon = -1;
    let hash = 0;
    for (; i < n; i++) {
      const c = data.charCodeAt(i);
      if (c < 128) {
        const k = CLASS[c];
        if (k === END) break;
        if (k === COLON && colon < 0) colon = i;
        else if (k !== NAME) throw this.#malformed(i);
      }
      hash = (Math.imul(hash, 31) + c) | 0;
    }
    if (i >= n) return this.#incomplete(final, lt);
    if (i === lt + 1 || !nameStart(data.charCodeAt(lt + 1)) || colon === i - 1) throw this.#malformed(lt);
    const name = this.#nameCache.get(data, lt + 1, i, colon, hash);
    let attributes: string[] | null = null;
    let selfClosing = false;
    for (;;) {
      const spaced = isSpace(data.charCodeAt(i));
      while (i < n && isSpace(data.charCodeAt(i))) i++;
      if (i >= n) return this.#incomplete(final, lt);
      const c = data.charCodeAt(i);
      if (c === 62 /* > */) {
        i++;
        break;
      }
      if (c === 47 /* / */) {
        if (i + 1 >= n) return this.#incomplete(final, lt);
        if (data.charCodeAt(i + 1) !== 62) throw this.#malformed(i);
        i += 2;
        selfClosing = true;
        break;
      }
      if (!spaced) throw this.#malformed(i);
      attributes ??= [];
      i = this.#attribute(data, i, lt, final, attributes);
      if (i < 0) return -1;
    }
    this.#open(name, attributes, lt);
    if (selfClosing) this.#close();
    return i;
  }

  /** `name = "value"` from `i`, added to `attributes`: where it ends, or -1 if `data` ends before it does. */
  #attribute(data: string, i: number, lt: number, final: boolean, attributes: string[]): number {
    const n = data.length;
    const start = i;
    let colon = -1;
    for (; i < n; i++) {
      const c = data.charCodeAt(i);
      if (c >= 128) continue;
      const k = CLASS[c];
      if (k === END) break;
      if (k === COLON && colon < 0) colon = i;
      else if (k !== NAME) throw this.#malformed(i);
    }
    if (i >= n) return this.#incomplete(final, lt);
    if (i === start || !nameStart(data.charCodeAt(start)) || colon === i - 1) throw this.#malformed(start);
    const name = data.slice(start, i);
    if (attribute(attributes, name) !== undefined) throw this.#malformed(start);
    while (i < n && isSpace(data.charCodeAt(i))) i++;
    if (i >= n) return this.#incomplete(final, lt);
    if (data.charCodeAt(i) !== 61 /* = */) throw this.#malformed(i);
    i++;
    while (i < n && isSpace(data.charCodeAt(i))) i++;
    if (i >= n) return this.#incomplete(final, lt);
    const quote = data[i]!;
    if (quote !== '"' && quote !== "'") throw this.#malformed(i);
    const end = data.indexOf(quote, i + 1);
    if (end < 0) return this.#incomplete(final, lt);
    let value = data.slice(i + 1, end);
    if (value.includes("<")) throw this.#malformed(i);
    // Attribute-value normalization: literal tabs and line breaks read as spaces (references to them do not).
    if (/[\t\n\r]/.test(value)) value = value.replace(/\r\n|[\t\n\r]/g, " ");
    if (value.includes("&")) value = this.#decode(value, i + 1);
    attributes.push(name, value);
    return end + 1;
  }

  #endTag(data: string, lt: number, final: boolean): number {
    const gt = data.indexOf(">", lt + 2);
    if (gt < 0) return this.#incomplete(final, lt);
    const depth = this.#qnames.length;
    if (depth === 0) throw this.#malformed(lt);
    const qname = this.#qnames[depth - 1]!;
    let i = lt + 2 + qname.length;
    if (i > gt || !data.startsWith(qname, lt + 2)) throw this.#malformed(lt);
    while (i < gt && isSpace(data.charCodeAt(i))) i++;
    if (i !== gt) throw this.#malformed(lt);
    this.#close();
    return gt + 1;
  }

  /** `<!`: a comment, a CDATA section, or refused (a DTD, anything else). */
  #declaration(data: string, lt: number, final: boolean): number {
    if (data.startsWith("<!--", lt)) {
      const end = data.indexOf("--", lt + 4);
      if (end < 0) return this.#incomplete(final, lt);
      if (end + 2 >= data.length) return this.#incomplete(final, lt);
      // `--` may only end a comment.
      if (data.charCodeAt(end + 2) !== 62) throw this.#malformed(end);
      return end + 3;
    }
    if (data.startsWith("<![CDATA[", lt)) {
      const end = data.indexOf("]]>", lt + 9);
      if (end < 0) return this.#incomplete(final, lt);
      const depth = this.names.length;
      if (depth === 0) throw this.#malformed(lt);
      if (this.#wants[depth - 1]) this.#text += data.slice(lt + 9, end);
      return end + 3;
    }
    for (const dtd of DTD) {
      if (data.startsWith(dtd, lt)) {
        throw new DocumentError("xml_doctype_forbidden", "The document declares a DOCTYPE: DTDs and entities are refused.");
      }
    }
    if (data.length - lt < LONGEST_OPENING) return this.#incomplete(final, lt);
    throw this.#malformed(lt);
  }

  /** `<?`: the XML declaration, first in the document; any other processing instruction is refused. */
  #instruction(data: string, lt: number, final: boolean): number {
    const end = data.indexOf("?>", lt + 2);
    if (end < 0) return this.#incomplete(final, lt);
    const target = /^[^\s?]*/.exec(data.slice(lt + 2, Math.min(end, lt + 64)))![0];
    if (target === "xml" && !this.#started) {
      if (!XML_DECLARATION.test(data.slice(lt, end + 2))) throw this.#malformed(lt);
      return end + 2;
    }
    throw new DocumentError(
      "invalid_xml",
      `The document holds a processing instruction at character ${this.#offset + lt}: only the XML declaration, first in the document, is accepted.`,
    );
  }

  #open({ qname, local }: XmlName, attributes: Attributes | null, at: number) {
    const depth = this.names.length;
    if (depth === 0 && this.#rootClosed) throw this.#malformed(at);
    if (depth >= this.maxDepth) {
      throw new DocumentError("xml_too_deep", `The document nests elements deeper than ${this.maxDepth} levels.`);
    }
    this.#qnames.push(qname);
    this.names.push(local);
    this.#text = "";
    this.#wants.push(this.handler.open(qname, local, attributes));
  }

  #close() {
    const local = this.names[this.names.length - 1]!;
    const text = this.#text;
    this.#text = "";
    this.handler.close(local, text);
    this.names.pop();
    this.#qnames.pop();
    this.#wants.pop();
    if (this.names.length === 0) this.#rootClosed = true;
  }

  /** The five predefined entities and character references; any other `&` is an error. */
  #decode(text: string, at: number): string {
    let out = "";
    let from = 0;
    for (let amp = text.indexOf("&"); amp >= 0; amp = text.indexOf("&", from)) {
      REFERENCE.lastIndex = amp;
      const m = REFERENCE.exec(text);
      if (!m) throw this.#malformed(at + amp);
      let char: string;
      if (m[1]) char = PREDEFINED[m[1]]!;
      else {
        const code = m[2] ? Number(m[2]) : Number.parseInt(m[3]!, 16);
        if (!isXmlChar(code)) throw this.#malformed(at + amp);
        char = String.fromCodePoint(code);
      }
      out += text.slice(from, amp) + char;
      from = REFERENCE.lastIndex;
    }
    return out + text.slice(from);
  }

  /** Waiting for more of the document, or, at its end, an error. */
  #incomplete(final: boolean, at: number): number {
    if (final) throw this.#malformed(at);
    return -1;
  }

  #malformed(at: number) {
    return new DocumentError("invalid_xml", `The document is not well-formed XML (at character ${this.#offset + at}).`);
  }
}

interface XmlName {
  qname: string;
  local: string;
}

const NAME_SLOTS = 1024;

/**
 * Element names as strings, made once: a document repeats a few dozen names tens of thousands
 * of times, and a name found here costs no allocation (and its hash, for the reader's lookups,
 * is computed once). Direct-mapped and fixed in size, so a document of ever-new names cannot
 * grow it.
 */
class NameCache {
  readonly #slots: (XmlName | undefined)[] = new Array(NAME_SLOTS).fill(undefined);

  /** The name at `data[from, to)`, whose first colon is at `colon` (-1: none), of hash `hash`. */
  get(data: string, from: number, to: number, colon: number, hash: number): XmlName {
    const slot = hash & (NAME_SLOTS - 1);
    const cached = this.#slots[slot];
    if (cached !== undefined && cached.qname.length === to - from && data.startsWith(cached.qname, from)) return cached;
    const qname = data.slice(from, to);
    const name = { qname, local: colon < 0 ? qname : data.slice(colon + 1, to) };
    this.#slots[slot] = name;
    return name;
  }
}

const isXmlChar = (c: number) =>
  c === 9 || c === 10 || c === 13 || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
