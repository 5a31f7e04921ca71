// cheerio's slim entry over a tree parse5 builds, as cheerio.load does: the same HTML5 tree without loading
// the URL fetcher (undici) that cheerio's main entry brings, about 70 ms of every start-up.
import { load, type CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Document, Element, ParentNode } from 'domhandler';
import { parse } from 'parse5';
import { adapter } from 'parse5-htmlparser2-tree-adapter';
import { PressparseError } from '../errors.js';
import { elementsIn, isElement } from './dom.js';
import { checkDomDepth, checkHtmlDepth } from './html-depth.js';
import type { SourceDoc, SourceHints } from './source.js';
import { byteChars, decodeText } from './text.js';
import { findDates, isoDate } from '../util/dates.js';
import { scanTokens } from '../util/tokens.js';

/** Elements that are never release text, by name, role or hiding attribute. */
const DROP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'form', 'button', 'input', 'select', 'textarea',
  'nav', 'aside',
]);
const isDropped = ({ name, attribs }: Element): boolean =>
  DROP_TAGS.has(name) || attribs.role === 'navigation' || attribs.role === 'search' || attribs['aria-hidden'] === 'true' ||
  Object.hasOwn(attribs, 'hidden');
/**
 * Site furniture recognised by its class or id: share widgets, cookie banners, breadcrumbs, related lists; and pull
 * quotes, which print again a sentence the text holds.
 */
const CHROME = /(?:^|[\s_-])(?:share|sharing|social|cookie|consent|(?:bread)?crumbs?|related|newsletter|subscribe|comments?|advert|ads|promo|sidebar|menu|(?:left|right|side|sub|top|main|site|global)?nav(?:igation|bar)?|topbar|footer-links|print|pull-?quotes?)(?:$|[\s_-])/i;
const KICKER = /(?:^|[\s_-])(?:kicker|eyebrow|category|categories|tags?)(?:$|[\s_-])/i;
const KICKER_MAX = 40;
const CAPTION_CLASS = /(?:^|[\s_-])caption(?:-?text)?(?:$|\s)/i;
/** A sidebar this short with an e-mail address in it: the media contact. */
const SIDEBAR_CONTACT = 800;
const SIDEBAR = /sidebar/i;
const BLOCK = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'figcaption', 'blockquote', 'pre', 'tr', 'dt', 'dd', 'address',
  'caption', 'div', 'section', 'article', 'main', 'header', 'footer', 'figure', 'ul', 'ol', 'table', 'tbody',
  'thead', 'dl', 'hr',
]);

/**
 * The text of the release inside a web page, block by block, with the page's metadata as hints. A page whose
 * elements nest deeper than `maxDepth` is refused with `too_large`.
 */
export function htmlToSource(bytes: Uint8Array, maxDepth: number): SourceDoc {
  const { text: html, encoding } = decodeHtml(bytes);
  checkHtmlDepth(html, maxDepth);
  const doc = parse(html, { treeAdapter: adapter, scriptingEnabled: true }) as Document;
  const $ = load(doc);
  // The page's elements are gathered by plain walks and tests of their names and attributes: a CSS selector
  // per question walked the whole page each time, after compiling the selector.
  const all = elementsIn(doc);
  checkDomDepth(all.find((el) => el.name === 'body') ?? doc, maxDepth);
  const ld = jsonLd($, all);
  const h1 = all.find((el) => el.name === 'h1');
  const hints: SourceHints = { title: metaTitle(all, ld), heading: h1 ? $(h1).text().trim() || null : null, published: metaDate(all, ld), captions: [], links: [] };
  // Kept though: a form that wraps the article, its paragraphs or headings (as some sites' CMS do), and a
  // sidebar that holds the media contact.
  const kept = (el: Element): boolean => {
    if (el.name === 'form') return elementsIn(el).some((c) => c.name === 'p' || /^h[1-3]$/.test(c.name));
    if (el.name !== 'aside' && !SIDEBAR.test(el.attribs.class ?? '')) return false;
    return holdsContact($(el).text());
  };
  detach(all.filter((el) => isDropped(el) && !kept(el)));
  detach(elementsIn(doc).filter((el) => CHROME.test(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`) && !kept(el)));
  // A section's name over the headline ("First Team", "Press releases"): a few words, where a wrapper named so
  // would hold the whole article.
  detach(elementsIn(doc).filter((el) => KICKER.test(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`) && $(el).text().trim().length <= KICKER_MAX));
  const root = findRoot($, doc);
  if (!root) throw new PressparseError('no_release', 'The page holds no release text (no article, main or paragraphs).');
  // Site header and footer outside the release are furniture; inside an article they may hold its headline.
  detach(elementsIn(doc).filter((el) => (el.name === 'header' || el.name === 'footer') && !inArticle(el)));
  const out = new Writer(pageAddress(all));
  const inRoot = (el: AnyNode): boolean => {
    for (let p = el.parent; p; p = p.parent) if (p === root) return true;
    return false;
  };
  const els = elementsIn(doc);
  const h1s = els.filter((el) => el.name === 'h1');
  // With no <h1>, the title a CMS marks by its class (<h2 class="arti_title">), printed before the release text.
  const rootAt = els.indexOf(root);
  const titleLike = (el: Element, i: number): boolean => {
    return i < rootAt && TITLE_CLASS.test(el.attribs.class ?? '') && !NOT_TITLE_CLASS.test(el.attribs.class ?? '') && !holds(el, root) && titleSized($, el);
  };
  const titled = h1s.length ? undefined : els.find(titleLike) ?? headingBefore($, root);
  const heading = h1s[0] ?? titled;
  // A title found by its class or place is the page's heading too, when it has no <h1>.
  if (titled) hints.heading = $(titled).text().trim() || null;
  if (heading && !h1s.some(inRoot)) {
    out.block($(heading).text());
    // What a page prints between that headline and the release text: a subtitle, a date line ("Posted on: 3 March
    // 2026", "2025-05-20 09:30　来源：…", which dates the release when its text does not), key points. A few short
    // blocks: a longer one is the page's, not the release's.
    let next = nextElement(heading);
    for (let n = 0; next && n < 3 && !holds(next, root); n++, next = nextElement(next)) {
      const text = $(next).text().trim();
      if (text.length > BETWEEN_MAX) continue;
      walk($, next, out);
      out.flush();
      if (hints.published === null && text.length <= 120) hints.published = numericDate(text);
    }
  }
  walk($, root, out);
  for (const el of partsAfter($, root)) walk($, el, out);
  const text = out.finish();
  if (!text.trim()) throw new PressparseError('no_release', 'The page holds no release text.');
  return { text, format: 'html', encoding, hints: { ...hints, captions: out.captions, links: out.links } };
}

// [\w-]{2,20} of the original as a run of two or more cut to 20 below: the same label, and one recheck decides fast.
const CHARSET = /charset\s*=\s*["']?([\w-][\w-]+)/i;

/**
 * The charset a <meta> tag declares, as /<meta\s[^>]{0,200}?charset\s*=\s*["']?([\w-]{2,20})/i finds it:
 * "charset" within the tag's first 200 characters. Tag by tag, because that regex rescans 200 characters from
 * every "<meta"; one ">" serves every tag before it.
 */
function declaredCharset(head: string): string | undefined {
  let close = -1;
  for (const tag of head.matchAll(/<meta\s/gi)) {
    const from = tag.index + tag[0].length;
    if (close < from) close = head.includes('>', from) ? head.indexOf('>', from) : head.length;
    const m = CHARSET.exec(head.slice(from, close));
    if (m && m.index <= 200) return m[1]!.slice(0, 20).toLowerCase();
  }
  return undefined;
}

/** The page's own charset (BOM, <meta charset>, http-equiv), else the bytes sniffed as text. */
function decodeHtml(bytes: Uint8Array): { text: string; encoding: string } {
  const head = byteChars(bytes, 2048);
  const declared = declaredCharset(head);
  const hasBom = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe;
  if (declared && !hasBom) {
    const label = /^gb/.test(declared) ? 'gb18030' : declared;
    try {
      return { text: new TextDecoder(label, { fatal: true }).decode(bytes), encoding: label };
    } catch {
      // A wrong or unknown declaration: sniff the bytes instead.
    }
  }
  return decodeText(bytes);
}

/** The content of the page's first <meta property=…> (none when that one has no content, as cheerio's attr). */
const metaProperty = (all: readonly Element[], property: string): string | undefined =>
  all.find((el) => el.name === 'meta' && el.attribs.property === property)?.attribs.content;

/** Where the page says it lives: its <base href>, its canonical link or its og:url, when a full web address. */
function pageAddress(all: readonly Element[]): URL | null {
  const canonical = all.find((el) => el.name === 'link' && (el.attribs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical'));
  for (const c of [all.find((el) => el.name === 'base')?.attribs.href, canonical?.attribs.href, metaProperty(all, 'og:url')]) {
    const url = c === undefined ? null : webAddress(c.trim());
    if (url) return url;
  }
  return null;
}

/**
 * A link's full web address: as written, or a path of the page's own read against the page's address (none
 * without one). Not "#top", "mailto:", "javascript:".
 */
function linkAddress(href: string | undefined, base: URL | null): string | null {
  const h = href?.trim() ?? '';
  if (FULL_ADDRESS.test(h)) return h;
  if (!base || !h || h.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(h)) return null;
  return webAddress(h, base)?.href ?? null;
}

const FULL_ADDRESS = /^https?:\/\/[^\s/]/i;

/** `s` (against `base`) as an http(s) address, or null: URL() throws on what is none. */
function webAddress(s: string, base?: URL): URL | null {
  if (!base && !FULL_ADDRESS.test(s)) return null;
  try {
    const url = new URL(s, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function metaTitle(all: readonly Element[], ld: Record<string, unknown>[]): string | null {
  const article = ld.find((o) => typeof o.headline === 'string');
  const og = metaProperty(all, 'og:title');
  // <title> is left out: it mostly reads "Headline | Site name".
  const title = (article?.headline as string | undefined) ?? og;
  return title?.trim() || null;
}

function metaDate(all: readonly Element[], ld: Record<string, unknown>[]): string | null {
  const article = ld.find((o) => typeof o.datePublished === 'string');
  const candidates = [
    article?.datePublished as string | undefined,
    metaProperty(all, 'article:published_time'),
    all.find((el) => el.name === 'time' && Object.hasOwn(el.attribs, 'datetime'))?.attribs.datetime,
  ];
  for (const c of candidates) {
    const m = c?.match(/^(\d{4}-\d{2}-\d{2})/);
    if (m) return m[1]!;
  }
  return null;
}

/** JSON-LD objects on the page (NewsArticle, PressRelease …), flattened out of @graph and arrays. */
function jsonLd($: CheerioAPI, all: readonly Element[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  // HTML compares a type attribute's value case-insensitively, as the selector script[type=…] did.
  for (const el of all.filter((e) => e.name === 'script' && e.attribs.type?.toLowerCase() === 'application/ld+json')) {
    let data: unknown;
    try {
      data = JSON.parse($(el).text());
    } catch {
      continue;
    }
    const visit = (v: unknown, depth: number): void => {
      if (depth > 4 || !v || typeof v !== 'object') return;
      if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
      else {
        out.push(v as Record<string, unknown>);
        visit((v as Record<string, unknown>)['@graph'], depth + 1);
      }
    };
    visit(data, 0);
  }
  return out;
}

/**
 * Takes nodes out of the tree, one pass per parent: removing them one at a time splices the parent's child
 * list each time, quadratic for a page with thousands of siblings to drop.
 */
function detach(nodes: readonly AnyNode[]): void {
  const gone = new Set(nodes);
  const parents = new Set<ParentNode>();
  for (const n of nodes) if (n.parent) parents.add(n.parent);
  for (const p of parents) {
    const kept = p.children.filter((c) => !gone.has(c));
    kept.forEach((c, i) => {
      c.prev = kept[i - 1] ?? null;
      c.next = kept[i + 1] ?? null;
    });
    p.children = kept;
  }
  for (const n of nodes) {
    n.parent = null;
    n.prev = null;
    n.next = null;
  }
}

/** The least text a <div> of text alone holds to count as a paragraph. */
const DIV_PARAGRAPH = 80;

/** The release's container: an article, main or articleBody element, else the one with the most paragraph text. */
function findRoot($: CheerioAPI, doc: Document): Element | null {
  const length = textLengths(doc);
  const all = elementsIn(doc);
  const marked = all.filter(
    ({ name, attribs }) => name === 'article' || name === 'main' || attribs.itemprop === 'articleBody' || attribs.role === 'main',
  );
  const best = marked.reduce<Element | null>((b, el) => (b && length.get(b)! >= length.get(el)! ? b : el), null);
  if (best && $(best).text().trim().length > 200) return best;
  // Each parent scored by the text of its paragraphs, summed in one pass over them: <p>, or a <div> of text alone
  // (pages that print each paragraph in one, beside a gallery whose captions are the only <p>).
  const scores = new Map<Element, number>();
  for (const p of all) {
    const parent = p.parent as Element | null;
    const paragraph = p.name === 'p' || (p.name === 'div' && length.get(p)! >= DIV_PARAGRAPH && !p.children.some((c) => isElement(c) && BLOCK.has(c.name)));
    if (paragraph && parent) scores.set(parent, (scores.get(parent) ?? 0) + length.get(p)!);
  }
  let dense: Element | null = null;
  let score = 0;
  for (const [parent, s] of scores) {
    if (s > score) {
      score = s;
      dense = parent;
    }
  }
  return dense ?? best ?? all.find((el) => el.name === 'body') ?? null;
}

const TITLE_CLASS = /(?:^|[\s_-])(?:title|headline)(?:$|[\s_-])/i;
/** A site's or a logo's title is not the release's. */
const NOT_TITLE_CLASS = /site|logo|brand|sub/i;
const TITLE_MAX = 200;
/** The most text a block between a page's headline and its release text holds. */
const BETWEEN_MAX = 600;
const NO_MONTH_NAMES: ReadonlyMap<string, number> = new Map();

/** The first date a short line prints in digits (2025-05-20, 2025年5月20日), as YYYY-MM-DD. */
function numericDate(text: string): string | null {
  const d = findDates(text.normalize('NFKC'), NO_MONTH_NAMES).find((x) => x.year !== null);
  return d ? isoDate(d.year!, d.month, d.day) : null;
}

/** A block named for a release's closing parts: its About section or media contact. */
const CLOSING_CLASS = /(?:^|[\s_-])(?:about|boilerplate|contacts?|enquir(?:y|ies)|inquir(?:y|ies))(?:$|[\s_-])/i;
const SITE_FOOTER = /footer|copyright/i;

/**
 * What a page prints after the release's container, beside it or a level or two up, that is the release's own:
 * its About section and media contact, named so by class or (at the container's level) a short block with an
 * e-mail address in it. The site's footer is not.
 */
function partsAfter($: CheerioAPI, root: Element): Element[] {
  const out: Element[] = [];
  let level: Element | null = root;
  for (let up = 0; level && level.name !== 'body' && up < 3; up++, level = level.parent && isElement(level.parent) ? level.parent : null) {
    for (let next = nextElement(level); next; next = nextElement(next)) {
      const names = `${next.attribs.class ?? ''} ${next.attribs.id ?? ''}`;
      if (next.name === 'footer' || SITE_FOOTER.test(names)) continue;
      if (CLOSING_CLASS.test(names) || (up === 0 && holdsContact($(next).text()))) out.push(next);
    }
  }
  return out;
}

/** An <h2> or <h3> right before the release's container, as pages without an <h1> print the title. */
function headingBefore($: CheerioAPI, root: Element): Element | undefined {
  const prev = previousElement(root);
  return prev && /^h[23]$/.test(prev.name) && titleSized($, prev) ? prev : undefined;
}

/** Text the length of a title. */
function titleSized($: CheerioAPI, el: Element): boolean {
  const length = $(el).text().trim().length;
  return length >= 4 && length <= TITLE_MAX;
}

/** A short block with an e-mail address in it: a media contact. */
const holdsContact = (text: string): boolean => text.length <= SIDEBAR_CONTACT && text.includes('@') && scanTokens(text).some((t) => t.kind === 'email');

/** `el` is `inner` or holds it. */
function holds(el: Element, inner: Element): boolean {
  for (let p: ParentNode | null = inner; p; p = p.parent) if (p === el) return true;
  return false;
}

/** The element's previous sibling that is an element, past text and comments. */
function previousElement(el: Element): Element | null {
  for (let n = el.prev; n; n = n.prev) if (isElement(n)) return n;
  return null;
}

/** The element's next sibling that is an element, past text and comments. */
function nextElement(el: Element): Element | null {
  for (let n = el.next; n; n = n.next) if (isElement(n)) return n;
  return null;
}

/** Whether the element is, or lies inside, an article, main or articleBody element. */
function inArticle(el: Element): boolean {
  for (let e: ParentNode | null = el; e && isElement(e); e = e.parent) {
    if (e.name === 'article' || e.name === 'main' || e.attribs.itemprop === 'articleBody') return true;
  }
  return false;
}

/**
 * The length of every element's text, computed bottom-up in one pass: asking `.text()` of each candidate made
 * a page with thousands of paragraphs quadratic. Iterative, so deep nesting cannot overflow the stack.
 */
function textLengths(root: AnyNode): Map<AnyNode, number> {
  const length = new Map<AnyNode, number>();
  const stack: [AnyNode, boolean][] = [[root, false]];
  while (stack.length) {
    const [node, done] = stack.pop()!;
    if (node.type === 'text') {
      length.set(node, node.data.length);
    } else if ('children' in node) {
      if (done) length.set(node, node.children.reduce((sum, c) => sum + (length.get(c) ?? 0), 0));
      else {
        stack.push([node, true]);
        for (const c of node.children) stack.push([c, false]);
      }
    }
  }
  return length;
}

/** Collects blocks of text: blank lines between blocks, line breaks kept inside them. */
class Writer {
  constructor(
    /** Where the page says it lives: its own paths in links are read against it. */
    readonly base: URL | null,
  ) {}

  private parts: string[] = [];
  private length = 0;
  private inline = '';
  /** Where the text after the last <br> starts in `inline`, or -1. */
  private afterBr = -1;
  captions: [number, number][] = [];
  /** The addresses of the links in the text, each with the span of the block it sits in. */
  links: { url: string; span: [number, number] }[] = [];
  /** Links in the block being written, given its span when it ends. */
  private pending: string[] = [];

  add(text: string): void {
    this.inline += text;
  }

  br(): void {
    // <br><br>, with nothing but white space between: a paragraph break, as pages without <p> print them.
    if (this.afterBr >= 0 && !this.inline.slice(this.afterBr).trim()) {
      this.flush();
      return;
    }
    this.inline += '\n';
    this.afterBr = this.inline.length;
  }

  /** Ends the current block; returns its offsets in the text, or null when it was empty. */
  flush(): [number, number] | null {
    // HTML collapses runs of ASCII white space; a no-break space is a character the author typed.
    const lines = this.inline.split('\n').map((l) => l.replace(/[ \t\r\n\f]+/g, ' ').trim()).filter(Boolean);
    this.inline = '';
    this.afterBr = -1;
    const pending = this.pending;
    this.pending = [];
    if (!lines.length) return null;
    const block = lines.join('\n');
    if (this.length) {
      this.parts.push('\n\n');
      this.length += 2;
    }
    const start = this.length;
    this.parts.push(block);
    this.length += block.length;
    for (const url of pending) this.links.push({ url, span: [start, this.length] });
    return [start, this.length];
  }

  link(url: string): void {
    this.pending.push(url);
  }

  block(text: string): [number, number] | null {
    this.flush();
    this.add(text);
    return this.flush();
  }

  finish(): string {
    this.flush();
    return `${this.parts.join('')}\n`;
  }
}

/** The image sits in a <figure> (a few levels up at most) that has a <figcaption>. */
function hasFigcaption(img: Element): boolean {
  let p = img.parent;
  for (let depth = 0; p && isElement(p) && depth < 3; depth++, p = p.parent) {
    if (p.name.toLowerCase() === 'figure') return p.children.some((c) => isElement(c) && c.name.toLowerCase() === 'figcaption');
  }
  return false;
}

function walk($: CheerioAPI, node: AnyNode, out: Writer): void {
  if (node.type === 'text') {
    out.add(node.data);
    return;
  }
  if (!isElement(node)) return;
  const tag = node.name.toLowerCase();
  if (tag === 'br') return out.br();
  if (tag === 'img') {
    const alt = $(node).attr('alt')?.trim();
    // Only a descriptive alt text is a caption; "logo" or a file name is not; nor one whose figure has its own.
    if (alt && alt.split(/\s+/).length >= 4 && !hasFigcaption(node)) markCaption(out, out.block(alt));
    return;
  }
  // "Learn more at <a href=…>our website</a>": the address a link's words stand for.
  if (tag === 'a') {
    const url = linkAddress(node.attribs.href, out.base);
    if (url) out.link(url);
  }
  const caption = tag === 'figcaption' || tag === 'caption' || isCaptionBox(node);
  if (!BLOCK.has(tag) && !caption) {
    for (const child of node.children) walk($, child, out);
    return;
  }
  out.flush();
  if (tag === 'li') out.add('• ');
  if (tag === 'tr') {
    const cells = $(node).children('td, th').toArray();
    // A table laid out to place the page's parts (paragraphs, line breaks in a cell): each cell's text as it is
    // printed. A table of data: a row per line, its cells set apart.
    if (cells.some((c) => elementsIn(c).some((el) => el.name === 'br' || BLOCK.has(el.name)))) {
      for (const c of cells) {
        walk($, c, out);
        out.flush();
      }
      return;
    }
    out.add(cells.map((c) => $(c).text().replace(/\s+/g, ' ').trim()).filter(Boolean).join(' | '));
    out.flush();
    return;
  }
  for (const child of node.children) walk($, child, out);
  const span = out.flush();
  if (caption) markCaption(out, span);
}

/**
 * A caption set in an element of its own class (span.caption, p.img-caption, div.wp-caption-text) where a page
 * has no <figure>; a wrapper of that class that holds the image too (div.wp-caption) is walked for its parts.
 */
function isCaptionBox(el: Element): boolean {
  return CAPTION_CLASS.test(el.attribs.class ?? '') && !elementsIn(el).some((c) => c.name === 'img');
}

function markCaption(out: Writer, span: [number, number] | null): void {
  if (span) out.captions.push(span);
}
