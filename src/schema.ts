import { z } from 'zod';

/**
 * `[start, end)` in UTF-16 code units into `PressRelease.text`, the text the parser read; for a PDF a third
 * number, the page (1-based) the span starts on.
 */
export const SpanSchema = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).rest(z.number().int().positive());
export type Span = z.infer<typeof SpanSchema>;

const nullableString = z.string().nullable();

export const SpeakerSchema = z.object({
  name: nullableString,
  honorific: nullableString,
  title: nullableString,
  organization: nullableString,
});
export type Speaker = z.infer<typeof SpeakerSchema>;

export const QuoteSchema = z.object({
  text: z.string(),
  speaker: SpeakerSchema.nullable(),
  kind: z.enum(['direct', 'indirect']),
  span: SpanSchema,
});
export type Quote = z.infer<typeof QuoteSchema>;

export const PersonSchema = z.object({
  name: z.string(),
  honorific: nullableString,
  title: nullableString,
  organization: nullableString,
  /** Where captions place them: { caption: index into `captions`, position: "右三", "second from left" }. */
  positions: z.array(z.object({ caption: z.number().int().nonnegative(), position: z.string() })),
  /** Where they are first named. */
  span: SpanSchema,
});
export type Person = z.infer<typeof PersonSchema>;

export const DatelineSchema = z.object({
  location: nullableString,
  /** YYYY-MM-DD, or null when the dateline states no date (e.g. "NEW YORK--(BUSINESS WIRE)--"). */
  date: z.iso.date().nullable(),
  text: z.string(),
  span: SpanSchema,
});

export const EmbargoSchema = z.object({
  /** ISO 8601 date or date-time (with offset when the time zone is printed), or null if unreadable. */
  until: nullableString,
  text: z.string(),
  span: SpanSchema,
});

export const CaptionSchema = z.object({
  label: nullableString,
  text: z.string(),
  span: SpanSchema,
});

export const AboutSchema = z.object({
  organization: z.string(),
  text: z.string(),
  urls: z.array(z.string()),
  span: SpanSchema,
});

export const PhoneNumberSchema = z.object({
  /** As printed, label removed. */
  text: z.string(),
  /** E.164 (+85226296769), read with the release's region when the number prints no country code; null if invalid. */
  e164: nullableString,
  kind: z.enum(['phone', 'fax']),
});

export type PhoneNumber = z.infer<typeof PhoneNumberSchema>;

export const ContactSchema = z.object({
  organization: nullableString,
  /** The person's name, without the honorific printed with it. */
  name: nullableString,
  /** "Ms", "Dr", 先生, 小姐, as printed, or null. */
  honorific: nullableString,
  /** Phone numbers as printed (fax numbers left out); `numbers` has them normalized. */
  phones: z.array(z.string()),
  emails: z.array(z.string()),
  /** Every number with its E.164 form, fax numbers marked as such. */
  numbers: z.array(PhoneNumberSchema),
  /** Job title as printed ("Senior Manager, Corporate Communications"). */
  title: nullableString,
  /** What the contact is for, as its heading prints it ("Media", "Investor Relations"). */
  role: nullableString,
  span: SpanSchema,
});

export const WarningCodeSchema = z.enum([
  'no_headline',
  'no_body',
  'no_date',
  'year_inferred',
  'unsupported_language',
  'from_metadata',
  'email_obfuscated',
]);
export type WarningCode = z.infer<typeof WarningCodeSchema>;

export const WarningSchema = z.object({
  code: WarningCodeSchema,
  message: z.string(),
  span: SpanSchema.optional(),
});
export type Warning = z.infer<typeof WarningSchema>;

/** Where the release came from. */
export const SourceSchema = z.object({
  format: z.enum(['text', 'html', 'pdf', 'docx']),
  fileName: nullableString,
  /** Size of the input in bytes (UTF-8 bytes for a string). */
  bytes: z.number().int().nonnegative(),
  /** SHA-256 of those bytes, hex: identifies the input in a folder run. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The text encoding the bytes were decoded from; null when the input was a string or not text. */
  encoding: nullableString,
  /** Number of pages, for a PDF; null otherwise. */
  pages: z.number().int().nonnegative().nullable(),
  /** For a PDF, the offset in `text` where each page starts: the page of a span is the last offset ≤ its start. */
  pageOffsets: z.array(z.number().int().nonnegative()).nullable(),
});
export type Source = z.infer<typeof SourceSchema>;

/** Spans of the fields whose values are plain strings; list spans are parallel to their lists. */
export const SpansSchema = z.object({
  headline: SpanSchema.nullable(),
  subheadline: SpanSchema.nullable(),
  date: SpanSchema.nullable(),
  endMark: SpanSchema.nullable(),
  labels: z.array(SpanSchema),
  highlights: z.array(SpanSchema),
  body: z.array(SpanSchema),
  links: z.array(SpanSchema),
});

export const PressReleaseSchema = z.object({
  /** `en`, `zh-Hant`, `zh-Hans`, or the BCP-47 tag of another detected language (with a warning). */
  language: z.string().min(2),
  labels: z.array(z.string()),
  embargo: EmbargoSchema.nullable(),
  headline: nullableString,
  subheadline: nullableString,
  highlights: z.array(z.string()),
  dateline: DatelineSchema.nullable(),
  /** The release's own date, YYYY-MM-DD. */
  date: z.iso.date().nullable(),
  body: z.array(z.string()),
  quotes: z.array(QuoteSchema),
  /** Everyone named with a title, honorific or organization, once (黄克强 and 黃克強 are one person). */
  people: z.array(PersonSchema),
  captions: z.array(CaptionSchema),
  about: z.array(AboutSchema),
  contacts: z.array(ContactSchema),
  endMark: nullableString,
  links: z.array(z.string()),
  warnings: z.array(WarningSchema),
  spans: SpansSchema,
  source: SourceSchema,
  /** The text the parser read (line ends normalized to "\n", BOM removed); every span points into it. */
  text: z.string(),
});
export type PressRelease = z.infer<typeof PressReleaseSchema>;
