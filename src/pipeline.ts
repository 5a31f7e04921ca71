import { PressparseError } from './errors.js';
import { NO_HINTS, type SourceHints } from './formats/source.js';
import { aboutOrganizations, extractAbout } from './fields/about/index.js';
import { copyrightHolders } from './fields/shared/copyright.js';
import { definedNames } from './fields/shared/defined-names.js';
import { extractBody } from './fields/body/index.js';
import { extractCaptions } from './fields/captions/index.js';
import { extractContacts, obfuscatedEmails } from './fields/contacts/index.js';
import type { Context } from './fields/context.js';
import { readDateline, readWholeDateline } from './fields/dateline/index.js';
import { extractEmbargo } from './fields/embargo/index.js';
import { extractEndMark } from './fields/end-mark/index.js';
import { extractTop } from './fields/headline/index.js';
import { extractLabels } from './fields/labels/index.js';
import { detectLanguage } from './fields/language/index.js';
import { extractLinks } from './fields/links/index.js';
import { extractQuotes } from './fields/quotes/index.js';
import { SUPPORTED, buildTables } from './locales/index.js';
import { normalizeInput } from './normalize/input.js';
import { refineDate, refineDateline } from './refiners/date.js';
import { peopleOf } from './refiners/people.js';
import { withPages } from './refiners/pages.js';
import { cleanOutput, convertOutput } from './refiners/script.js';
import { type PressRelease, PressReleaseSchema, type Source, type Warning } from './schema.js';
import { type Block, segment } from './segment/blocks.js';
import { type Outline, outline, takePageHeading } from './segment/outline.js';
import { charsOver } from './util/chars.js';
import { YEAR } from './util/dates.js';

export interface ParseOptions {
  /** Convert Chinese output text to Traditional or Simplified characters (OpenCC). Default: as printed. */
  script?: 'zh-Hant' | 'zh-Hans';
}

const TABLES = buildTables();

/** Characters of release text enough to tell its language by. */
const LANGUAGE_SAMPLE_MIN = 200;

/**
 * The text up to the body's end: the release the fields are read from. A bilingual file ("– End –", then the
 * same release in Chinese) is in the language of the release read, not of the longer half in characters.
 */
function releaseText(text: string, blocks: readonly Block[], o: Outline): string {
  if (o.bodyStart === null || o.bodyEnd === 0) return text;
  const release = text.slice(0, blocks[o.bodyEnd - 1]!.m.span()[1]);
  return charsOver(release, LANGUAGE_SAMPLE_MIN) ? release : text;
}

/** Runs every stage on one text: normalize → segment → outline → field extractors → refiners → schema. */
export function runPipeline(raw: string, source: Source, options: ParseOptions = {}, hints: SourceHints = NO_HINTS): PressRelease {
  const text = normalizeInput(raw);
  if (!text.trim()) throw new PressparseError('empty', 'The input holds no text.');
  const tables = TABLES;
  const hasDateline = (b: { text: string; fold: string }): boolean => readDateline(b, tables) !== null;
  const seg = segment(text, tables, hasDateline);
  const placedAndDated = (b: { text: string; fold: string }): boolean => {
    // A full date has a year: a line without four digits or 年 is not read.
    if (!YEAR.test(b.fold)) return false;
    const found = readWholeDateline(b, tables);
    return found !== null && found.location !== null && found.date !== null;
  };
  const layout = outline(seg.blocks, tables, { opens: hasDateline, whole: (b) => readWholeDateline(b, tables) !== null, placedAndDated }, hints.captions);
  takePageHeading(layout, seg.blocks, hints.heading);
  const warnings: Warning[] = [];
  const language = detectLanguage(releaseText(text, seg.blocks, layout), tables);
  const partial = !SUPPORTED.has(language);
  const ctx: Context = {
    text, lines: seg.lines, blocks: seg.blocks, layout: seg.layout, outline: layout, tables, language, partial, knownOrgs: [],
    warn: (w) => warnings.push(w),
  };
  ctx.knownOrgs = [...aboutOrganizations(ctx), ...definedNames(seg.blocks), ...copyrightHolders(seg.blocks, tables)];

  if (partial) {
    ctx.warn({ code: 'unsupported_language', message: `Language "${language}" is read in part: headline, body, date, links, emails and phones.` });
  }
  const labels = extractLabels(ctx);
  const embargo = extractEmbargo(ctx);
  const top = extractTop(ctx, hints.title, hints.heading);

  const first = layout.bodyStart === null ? null : seg.blocks[layout.bodyStart]!;
  const found = first ? readDateline(first, tables) : null;
  const own = layout.datelineLine === null ? null : seg.blocks[layout.datelineLine]!;
  const ownFound = own && !found ? readWholeDateline(own, tables) : null;
  const dateline = found && first
    ? refineDateline(ctx, found, first.m.span(0, found.text.length), hints.published)
    : ownFound && own
      ? refineDateline(ctx, ownFound, own.m.span(), hints.published)
      : null;

  const body = extractBody(ctx, found?.cut ?? 0);
  const { captions, texts: captionTexts } = extractCaptions(ctx);
  const { quotes, people } = partial ? { quotes: [], people: [] } : extractQuotes(ctx, [
    ...body.map((m) => ({ m, text: m.text, fold: m.project(seg.folded), caption: false })),
    ...captionTexts.map((m, i) => ({ m, text: m.text, fold: m.project(seg.folded), caption: true, captionIndex: i })),
  ]);
  const about = extractAbout(ctx, hints.links);
  const issuers = [...about.map((a) => a.organization), ...quotes.map((q) => q.speaker?.organization ?? null)].filter((o) => o !== null);
  const contacts = extractContacts(ctx, dateline?.location ?? null, issuers);
  obfuscatedEmails(ctx);
  const endMark = extractEndMark(ctx);
  const links = extractLinks(text, hints.links);
  const date = refineDate(ctx, dateline?.date ?? null, dateline?.span ?? null, hints.published);

  const release: PressRelease = {
    language,
    labels: labels.values,
    embargo,
    headline: top.headline,
    subheadline: top.subheadline,
    highlights: top.highlights,
    dateline,
    date: date.date,
    body: body.map((m) => m.text),
    quotes,
    people: peopleOf(people),
    captions,
    about,
    contacts,
    endMark: endMark.value,
    links: links.values,
    warnings,
    spans: {
      headline: top.spans.headline,
      subheadline: top.spans.subheadline,
      date: date.span,
      endMark: endMark.span,
      labels: labels.spans,
      highlights: top.spans.highlights,
      body: body.map((m) => m.span()),
      links: links.spans,
    },
    source,
    text,
  };
  const out = withPages(cleanOutput(options.script ? convertOutput(release, options.script) : release));
  return PressReleaseSchema.parse(out);
}
