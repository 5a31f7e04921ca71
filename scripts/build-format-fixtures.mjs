// Builds input.html for the five seed fixtures: a newsroom page with site chrome (navigation, share widget,
// cookie banner, footer) and JSON-LD around the release, laid out from the fixture's hand-checked fields.
// test/cross-format.test.ts checks that the page gives the same fields as input.txt.
// Run: node scripts/build-format-fixtures.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../fixtures/', import.meta.url);
const SEEDS = ['zh-hans-hkstp-wuxi-xdc', 'zh-hant-hkstp-astrazeneca', 'en-hkstp-co-incubation-web', 'en-hkstp-biomap-fragment', 'zh-hant-hkstp-horizon'];
const words = {
  en: { about: 'About ', contacts: 'Media enquiries', tel: 'Tel: ', email: 'Email: ', lang: 'en' },
  'zh-Hant': { about: '關於', contacts: '傳媒查詢', tel: '電話：', email: '電郵：', lang: 'zh-HK' },
  'zh-Hans': { about: '关于', contacts: '传媒查询', tel: '电话：', email: '电邮：', lang: 'zh-CN' },
};
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Body paragraphs with the dateline back at the head of the first. */
const bodyOf = (e) => (e.dateline ? [`${e.dateline.text} ${e.body[0]}`, ...e.body.slice(1)] : [...e.body]);
/** A caption as printed: label, colon (full-width after Chinese), text. */
const captionText = (c) => (c.label ? `${c.label}${/[\u3400-\u9fff]/.test(c.label) ? '：' : ': '}${c.text}` : c.text);
/** A contact's lines: organization, name, phones, e-mails. */
const contactLines = (c, w) =>
  [c.organization, c.name, c.phones.length ? w.tel + c.phones.join(' / ') : null, c.emails.length ? w.email + c.emails.join(' / ') : null].filter(Boolean);

for (const name of SEEDS) {
  const e = JSON.parse(readFileSync(new URL(`${name}/expected.json`, root), 'utf8'));
  const w = words[e.language];
  const body = bodyOf(e);
  const ld = e.headline ? `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: e.headline, ...(e.date ? { datePublished: e.date } : {}), publisher: { '@type': 'Organization', name: 'Hong Kong Science and Technology Parks Corporation' } })}</script>` : '';
  const html = `<!DOCTYPE html>
<html lang="${w.lang}">
<head>
<meta charset="utf-8">
<title>${esc(e.headline ?? 'News')} | HKSTP Newsroom</title>
${e.headline ? `<meta property="og:title" content="${esc(e.headline)}">` : ''}
${ld}
<style>body { font-family: sans-serif }</style>
<script>window.analytics = { track() {} };</script>
</head>
<body>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
<header class="site-header"><a href="/">HKSTP</a><nav><ul><li><a href="/about">About us</a></li><li><a href="/news">Newsroom</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/news">News</a></div>
<main>
<article>
${e.labels.map((l) => `<p class="label">${esc(l)}</p>`).join('\n')}
${e.headline ? `<h1>${esc(e.headline)}</h1>` : ''}
${e.subheadline ? `<h2>${esc(e.subheadline)}</h2>` : ''}
${e.highlights.length ? `<ul class="highlights">${e.highlights.map((h) => `<li>${esc(h)}</li>`).join('')}</ul>` : ''}
${body.map((p) => `<p>${esc(p)}</p>`).join('\n')}
${e.captions.map((c) => `<figure><img src="photo.jpg" alt=""><figcaption>${esc(captionText(c))}</figcaption></figure>`).join('\n')}
${e.endMark ? `<p>${esc(e.endMark)}</p>` : ''}
${e.about.map((a) => `<section class="boilerplate"><h3>${esc(w.about + a.organization)}</h3>${a.text.split('\n').map((p) => `<p>${esc(p)}</p>`).join('')}</section>`).join('\n')}
${e.contacts.length ? `<section class="media-contacts"><h3>${w.contacts}</h3>${e.contacts.map((c) => `<p>${contactLines(c, w).map(esc).join('<br>')}</p>`).join('\n')}</section>` : ''}
<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on LinkedIn</a> <a href="#">Send this to a friend</a></div>
</article>
<aside><h3>Related news</h3><ul><li><a href="/news/1">HKSTP opens a new lab</a></li><li><a href="/news/2">Start-ups join the incubator</a></li></ul></aside>
</main>
<footer class="site-footer"><p>Copyright © 2024 Hong Kong Science and Technology Parks Corporation. All rights reserved.</p><p><a href="/privacy">Privacy Policy</a> | <a href="/terms">Terms of Use</a></p></footer>
</body>
</html>
`;
  writeFileSync(new URL(`${name}/input.html`, root), html);
}

// The same releases as Word files: title, subtitle, bulleted highlights, paragraphs, captions, About and
// contact sections, as a PR team would write them (docx is a dev dependency used only here).
const { Document, HeadingLevel, Packer, Paragraph, TextRun } = await import('docx');
const para = (text, opts = {}) => new Paragraph({ children: [new TextRun({ text, bold: opts.bold })], heading: opts.heading, bullet: opts.bullet });
const lines = (parts) => new Paragraph({ children: parts.map((text, i) => new TextRun({ text, break: i ? 1 : 0 })) });

for (const name of SEEDS) {
  const e = JSON.parse(readFileSync(new URL(`${name}/expected.json`, root), 'utf8'));
  const w = words[e.language];
  const body = bodyOf(e);
  const children = [
    ...e.labels.map((l) => para(l, { bold: true })),
    ...(e.headline ? [para(e.headline, { heading: HeadingLevel.TITLE })] : []),
    ...(e.subheadline ? [para(e.subheadline, { heading: HeadingLevel.HEADING_2 })] : []),
    ...e.highlights.map((h) => para(h, { bullet: { level: 0 } })),
    ...body.map((p) => para(p)),
    ...e.captions.map((c) => para(captionText(c))),
    ...(e.endMark ? [para(e.endMark)] : []),
    ...e.about.flatMap((a) => [para(w.about + a.organization, { bold: true }), ...a.text.split('\n').map((p) => para(p))]),
    ...(e.contacts.length ? [para(w.contacts, { bold: true })] : []),
    ...e.contacts.map((c) => lines(contactLines(c, w))),
  ];
  const doc = new Document({ creator: 'pressparse fixtures', sections: [{ children }] });
  writeFileSync(new URL(`${name}/input.docx`, root), await Packer.toBuffer(doc));
}

// The same releases as A4 PDFs, as a PR team exports them: wrapped lines, page breaks where the text runs
// over, a page-number footer, and the CJK font embedded as a subset. Needs a CJK TrueType font to rebuild
// (Debian: fonts-wqy-microhei); the tests read the committed PDFs. pdfkit is a dev dependency used only here.
const { default: PDFDocument } = await import('pdfkit');
const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';

for (const name of SEEDS) {
  const e = JSON.parse(readFileSync(new URL(`${name}/expected.json`, root), 'utf8'));
  const w = words[e.language];
  const body = bodyOf(e);
  const doc = new PDFDocument({ size: 'A4', margins: { top: 60, bottom: 70, left: 60, right: 60 }, bufferPages: true, info: { Title: e.headline ?? '', Creator: 'pressparse fixtures' } });
  const chunks = [];
  doc.on('data', (c) => chunks.push(c));
  const done = new Promise((resolve) => doc.on('end', resolve));
  doc.font(CJK_FONT, 'WenQuanYiMicroHei');
  const block = (text, size = 10.5, gap = 0.8) => doc.fontSize(size).text(text, { align: 'left', lineGap: 2 }).moveDown(gap);
  e.labels.forEach((l) => block(l, 10, 0.3));
  if (e.headline) block(e.headline, 16, 0.4);
  if (e.subheadline) block(e.subheadline, 12, 0.8);
  e.highlights.forEach((h) => block(`• ${h}`, 10.5, 0.3));
  if (e.highlights.length) doc.moveDown(0.5);
  body.forEach((p) => block(p));
  e.captions.forEach((c) => block(captionText(c), 9.5));
  if (e.endMark) block(e.endMark);
  for (const a of e.about) {
    block(w.about + a.organization, 11, 0.3);
    a.text.split('\n').forEach((p) => block(p, 9.5));
  }
  if (e.contacts.length) block(w.contacts, 11, 0.3);
  for (const c of e.contacts) block(contactLines(c, w).join('\n'), 9.5);
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(i);
    doc.fontSize(8).text(`Page ${i + 1} of ${range.count}`, 60, doc.page.height - 45, { align: 'center', lineBreak: false });
  }
  doc.end();
  await done;
  writeFileSync(new URL(`${name}/input.pdf`, root), Buffer.concat(chunks));
}
