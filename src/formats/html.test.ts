import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { PressparseError, parseRelease } from '../index.js';

const page = (body: string, head = '<meta charset="utf-8">') => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const parse = (html: string | Uint8Array) => parseRelease(typeof html === 'string' ? new TextEncoder().encode(html) : html, { fileName: 'page.html' });

const para = 'Acme Robotics today opened its first research lab outside Europe, at Hong Kong Science Park, with forty engineers.';

describe('HTML pages', () => {
  it('reads the article and leaves navigation, share widgets, cookie banners and footers out', async () => {
    const r = await parse(page(`<div id="cookie-consent">We use cookies</div><header><nav><a href="/">Home</a></nav></header>
      <article><h1>Acme Opens Lab</h1><p>HONG KONG, Oct. 18, 2023 /PRNewswire/ -- ${para}</p>
      <figure><img src="a.jpg" alt=""><figcaption>Jane Doe opens the lab.</figcaption></figure>
      <div class="social-share">Share on Facebook</div></article>
      <aside>Related news</aside><footer>Copyright 2024</footer>`));
    expect(r.headline).toBe('Acme Opens Lab');
    expect(r.dateline?.date).toBe('2023-10-18');
    expect(r.body).toEqual([para]);
    expect(r.captions.map((c) => [c.label, c.text])).toEqual([[null, 'Jane Doe opens the lab.']]);
    expect(r.text).not.toMatch(/cookies|Share on|Copyright|Related/);
  });

  it('keeps the web address a link\'s words stand for, in links and in its About, with the span of its paragraph', async () => {
    const r = await parse(page(`<nav><a href="https://acme.example/careers">Careers</a></nav><article><h1>Acme Opens Lab</h1>
      <p>HONG KONG, Oct. 18, 2023 /PRNewswire/ -- ${para} <a href="https://acme.example/lab-tour">Watch the tour</a>.</p>
      <p><a href="/news/2">Earlier news</a> <a href="mailto:press@acme.example">Write to us</a></p>
      <h2>About Acme Robotics</h2><p>Acme Robotics builds robot hands. Learn more at <a href="https://www.acme.example/">our website</a>.</p></article>`));
    expect(r.links).toEqual(['https://acme.example/lab-tour', 'https://www.acme.example/']);
    expect(r.about.map((a) => a.urls)).toEqual([['https://www.acme.example/']]);
    const [start, end] = r.spans.links[0]!;
    expect(r.text.slice(start, end)).toContain('Watch the tour');
    // A page's own paths, read against its canonical address.
    const own = await parse(page(`<article><h1>Acme Opens Lab</h1><p>HONG KONG, Oct. 18, 2023 /PRNewswire/ -- ${para} <a href="/products/hands">See the hands</a>.</p></article>`,
      '<meta charset="utf-8"><link rel="canonical" href="https://www.acme.example/news/lab">'));
    expect(own.links).toEqual(['https://www.acme.example/products/hands']);
  });

  it('takes the page\'s <h1> for the headline over an office\'s name printed under the release\'s label', async () => {
    const r = await parse(page(`<main><div class="component">Office of Public Affairs</div><div>PRESS RELEASE</div>
      <h1>Two Executives Charged in Health Care Fraud Scheme</h1><div>Thursday, March 5, 2026</div><div>For Immediate Release</div>
      <div class="field-body"><p>Office of Public Affairs</p><p>${para}</p><p>${para}</p></div></main>`));
    expect({ headline: r.headline, subheadline: r.subheadline, date: r.date }).toEqual({ headline: 'Two Executives Charged in Health Care Fraud Scheme', subheadline: null, date: '2026-03-05' });
  });

  it('takes an <h2> right before the release text for the headline when the page has no <h1>, though it opens with a date', async () => {
    const r = await parse(page(`<div class="detail"><h2>2026年3月5日新闻发布会</h2><div class="detail-news"><p>证监会新闻发言人 郑宇航</p>
      <p>一、证监会发布《关于深化科创板改革的若干措施》</p><p>为进一步发挥科创板改革“试验田”作用，证监会近日研究制定了《若干措施》，现予发布。</p>
      <p>《若干措施》共12条，主要包括完善科创属性评价标准等内容，自发布之日起施行。</p></div></div>`));
    expect({ headline: r.headline, date: r.date, body: r.body.slice(0, 2) }).toEqual({
      headline: '2026年3月5日新闻发布会', date: '2026-03-05', body: ['证监会新闻发言人 郑宇航', '一、证监会发布《关于深化科创板改革的若干措施》'],
    });
  });

  it('reads the About section and media contact a page prints after the release\'s container, not the site footer', async () => {
    const r = await parse(page(`<div id="content"><h1>Acme Opens Lab</h1><div class="article"><p>${para}</p><p>${para}</p></div>
      <div class="about"><h3>About Acme</h3><p>Acme Robotics builds robot arms for hospitals and laboratories in twelve countries.</p></div>
      <div class="box"><p>Media enquiries: Jane Doe, +852 2183 2345, jane@acme.example.com</p></div>
      <div class="tools"><a href="#">Print</a></div></div>
      <div class="site-footer"><p>Webmaster: web@acme.example.com</p></div>`));
    expect(r.about.map((a) => a.organization)).toEqual(['Acme']);
    expect(r.contacts.map((c) => [c.name, c.emails])).toEqual([['Jane Doe', ['jane@acme.example.com']]]);
    expect(r.text).not.toMatch(/Print|Webmaster/);
  });

  it('reads a caption set in an element of its class where the page has no <figure> (span.caption, p.img-caption)', async () => {
    const r = await parse(page(`<article><h1>Acme Opens Lab</h1><p>${para}</p>
      <div class="image"><img src="a.jpg" alt="Lab"><span class="caption">Jane Doe cuts the ribbon.</span></div>
      <div class="wp-caption"><img src="b.jpg"><p class="wp-caption-text">The research team at the lab.</p></div>
      <p>The lab will focus on materials science.</p></article>`));
    expect(r.captions.map((c) => c.text)).toEqual(['Jane Doe cuts the ribbon.', 'The research team at the lab.']);
    expect(r.body).toEqual([para, 'The lab will focus on materials science.']);
  });

  it('leaves out a date line\'s reading time, and an image\'s alt text where its figure has a caption', async () => {
    const r = await parse(page(`<article><h1>Acme Opens Lab</h1><p>February 18, 2025 · 3 min read</p><p>${para}</p>
      <figure><img src="a.jpg" alt="A nurse uses a tablet in the clinic"><figcaption>Jane Doe opens the lab.</figcaption></figure>
      <p><img src="b.jpg" alt="Engineers test a robot arm at the new lab"></p></article>`));
    expect({ subheadline: r.subheadline, date: r.date, body: r.body }).toEqual({ subheadline: null, date: '2025-02-18', body: [para] });
    expect(r.captions.map((c) => c.text)).toEqual(['Jane Doe opens the lab.', 'Engineers test a robot arm at the new lab']);
  });

  it('keeps the subtitle under a headline printed outside the release text', async () => {
    const r = await parse(page(`<section class="release-header"><h1>Acme Opens Lab</h1><h2 class="subtitle">Forty engineers will work on robot hands</h2>
      <div class="meta">News provided by <a href="/acme">Acme</a></div></section>
      <section class="release-body"><p>HONG KONG, Oct. 18, 2023 /PRNewswire/ -- ${para}</p><p>${para}</p></section>`));
    expect([r.headline, r.subheadline]).toEqual(['Acme Opens Lab', 'Forty engineers will work on robot hands']);
  });

  it('reads <br><br> as a paragraph break, a layout table\'s cells as the text they hold, and the blocks between an <h1> and the release text', async () => {
    const br = await parse(page(`<div><h2>Acme Opens New Plant in Dayton</h2>DAYTON, Ohio, Feb. 12, 2026 – Acme Corp. today opened a new plant that will employ 200 people.<br><br>"This is a great day for Dayton," said Jane Doe, chief executive officer of Acme.<br><br></div>`));
    expect(br.body).toEqual(['Acme Corp. today opened a new plant that will employ 200 people.', '"This is a great day for Dayton," said Jane Doe, chief executive officer of Acme.']);
    const layout = await parse(page(`<table><tr><td class="leftnav">Newsroom<br>Media Kits<br>Find an Expert</td><td><h2>Acme Opens New Plant in Dayton</h2>DAYTON, Ohio, Feb. 12, 2026 – Acme Corp. today opened a new plant that will employ 200 people.<br><br>The plant cost $40 million.</td></tr>
      <tr><td>Revenue</td><td>$1,234</td></tr></table>`));
    expect({ headline: layout.headline, body: layout.body }).toEqual({
      headline: 'Acme Opens New Plant in Dayton', body: ['Acme Corp. today opened a new plant that will employ 200 people.', 'The plant cost $40 million.', 'Revenue | $1,234'],
    });
    const between = await parse(page(`<h1>Council unveils plan to rebuild library</h1><div>Posted on: 3 March 2026</div><ul><li>Six-storey building</li><li>Opens in 2028</li></ul>
      <div><p>Thornbury City Council has set out proposals to rebuild Harbourside Library, replacing the 1960s building.</p><p>The plan costs £14 million and goes to consultation in April.</p></div>`));
    expect({ date: between.date, highlights: between.highlights, body: between.body.length }).toEqual({ date: '2026-03-03', highlights: ['Six-storey building', 'Opens in 2028'], body: 2 });
  });

  it('reads an article a form wraps, a sidebar\'s media contact, and a title marked by its class when the page has no <h1>', async () => {
    const r = await parse(page(`<form name="content"><h2 class="arti_title">我校团队在冻土碳释放研究中取得重要进展</h2><div class="meta">发布时间：2025-09-16　点击数：1268</div>
      <div class="body"><p>近日，我校地理与环境学院冰冻圈科学团队在青藏高原多年冻土碳释放机制研究中取得重要进展，相关成果发表于国际期刊。</p><p>研究团队历时五年，在高原布设了四十个观测点。</p></div></form>`));
    expect({ headline: r.headline, subheadline: r.subheadline, date: r.date, body: r.body.length }).toEqual({ headline: '我校团队在冻土碳释放研究中取得重要进展', subheadline: null, date: '2025-09-16', body: 2 });
    const aside = await parse(page(`<main><article><h1>Researchers map hidden water channels in steel</h1><p>RICHLAND, Wash., Feb. 26, 2026 — Scientists at the laboratory have produced the first maps of hydrogen in steel.</p><p>The study was published today.</p></article>
      <aside class="sidebar"><h3>Media contact</h3><p>Tamsin Whitlow-Reyes<br>Science Writer<br>(509) 555-0147<br>tamsin@lab.example.gov</p></aside>
      <aside class="sidebar"><h3>Related news</h3><p>Lab opens new reactor</p></aside></main>`));
    expect(aside.contacts.map(({ name, title, phones, emails }) => ({ name, title, phones, emails }))).toEqual([
      { name: 'Tamsin Whitlow-Reyes', title: 'Science Writer', phones: ['(509) 555-0147'], emails: ['tamsin@lab.example.gov'] },
    ]);
    expect(aside.body).toEqual(['Scientists at the laboratory have produced the first maps of hydrogen in steel.', 'The study was published today.']);
  });

  it('takes the page\'s <h1> for the headline over a section\'s name printed above it, and skips a byline and a topics list to the dateline', async () => {
    const r = await parse(page(`<article><span class="sport">Women's Basketball</span><h1>Marrow Valley names Ines Caldwell-Baptiste head coach</h1>
      <p>By Jordan Mele</p><p>Topics</p><p>Athletics, Campus News</p>
      <p>EDGEFIELD, Pa., March 2, 2026 – Marrow Valley University today named Ines Caldwell-Baptiste head coach of its women's basketball team.</p></article>`));
    expect({ headline: r.headline, subheadline: r.subheadline, dateline: r.dateline?.location, body: r.body.length }).toEqual({
      headline: 'Marrow Valley names Ines Caldwell-Baptiste head coach', subheadline: null, dateline: 'EDGEFIELD, Pa.', body: 1,
    });
  });

  it('finds a release printed in <div>s, not the gallery beside it whose captions are the only <p>', async () => {
    const para = '澳門特別行政區政府文化遺產局將於本月二十日起推出導賞計劃，由專業導賞員帶領市民及旅客於晚間探訪澳門歷史城區，了解世界遺產建築背後的故事，並在各景點欣賞燈光投影及街頭表演。';
    const r = await parse(page(`<h1>文化遺產局推出導賞計劃</h1><div class="news-text"><div>${para}</div><div>${para.replace('二十', '二十一')}</div><div>${para.replace('二十', '二十二')}</div></div>
      <div class="gallery"><p>文化遺產局局長介紹導賞計劃</p><p>導賞員帶領旅客參觀</p></div>`));
    expect({ headline: r.headline, body: r.body.length }).toEqual({ headline: '文化遺產局推出導賞計劃', body: 3 });
  });

  it('leaves out a pull quote, which prints again a sentence of the text', async () => {
    const r = await parse(page(`<article><h1>Marrow Valley names new coach</h1><p>EDGEFIELD, Pa., March 2, 2026 – Marrow Valley University named Ines Caldwell-Baptiste head coach.</p>
      <blockquote class="pull-quote">"To come back and lead this program is the honor of my career."<br><span>— Ines Caldwell-Baptiste</span></blockquote>
      <p>"I learned how to compete on that floor," Caldwell-Baptiste said. "To come back and lead this program is the honor of my career."</p></article>`));
    expect({ body: r.body.length, quotes: r.quotes.map((q) => q.text) }).toEqual({
      body: 2, quotes: ['I learned how to compete on that floor', 'To come back and lead this program is the honor of my career.'],
    });
  });

  it('dates a release by the line a portal prints under the headline, and reads 图为… as a caption', async () => {
    const r = await parse(page(`<div class="article"><h1>云岭科技发布工业大模型</h1><div class="info">2025-05-20 09:30　来源：云岭科技</div>
      <div class="content"><p>云岭科技股份有限公司今日在昆明发布工业大模型，可用于设备故障预测和工艺参数优化，已在二十家企业试用。</p>
      <p>图为发布会现场。</p><p>据介绍，该模型将于下半年向中小企业开放，首年预计服务超过一百家企业。</p></div></div>`));
    expect({ date: r.date, captions: r.captions.map((c) => c.text), body: r.body.length }).toEqual({ date: '2025-05-20', captions: ['图为发布会现场。'], body: 2 });
    // The date line is part of the text read, so the date is the text's own.
    expect(r.warnings.map((w) => w.code)).toEqual([]);
  });

  it('gives a dispatch dateline with no year the year of the page\'s date of the same day', async () => {
    const r = await parse(page(`<div class="article"><h1>国务院常务会议部署推进设备更新工作</h1><div class="pages-date">2025-03-12 18:30 来源：新华社</div>
      <div class="content"><p>新华社北京3月12日电 国务院总理李强3月12日主持召开国务院常务会议，部署推进大规模设备更新工作。</p></div></div>`));
    expect({ dateline: r.dateline, date: r.date }).toMatchObject({ dateline: { location: '北京', date: '2025-03-12' }, date: '2025-03-12' });
    expect(r.warnings.map((w) => w.code)).toEqual(['year_inferred']);
  });

  it('keeps line breaks in contact blocks and reads table rows', async () => {
    const r = await parse(page(`<main><h1>Acme Opens Lab</h1><p>${para}</p><h3>Media contact</h3>
      <p>Acme Robotics<br>Ada Lam<br>Tel: +852 2629 6769<br>Email: ada@acme.example.com</p>
      <table><tr><td>Ben Ho</td><td>Tel: +852 2629 0000</td><td>ben@acme.example.com</td></tr></table></main>`));
    expect(r.contacts.map(({ organization, name, phones, emails }) => ({ organization, name, phones, emails }))).toEqual([
      { organization: 'Acme Robotics', name: 'Ada Lam', phones: ['+852 2629 6769'], emails: ['ada@acme.example.com'] },
      { organization: 'Acme Robotics', name: 'Ben Ho', phones: ['+852 2629 0000'], emails: ['ben@acme.example.com'] },
    ]);
  });

  it('takes the headline the page metadata names over a category printed above it', async () => {
    for (const category of ['Press Releases', 'Community Health']) {
      const r = await parse(page(`<article><a href="/c">${category}</a><h1>Riverside Clinic Opens Teen Center</h1>
        <p>RIVERSIDE, Calif. (April 9, 2024) – Riverside Health today opened a walk-in clinic for young people.</p></article>`,
      '<meta charset="utf-8"><meta property="og:title" content="Riverside Clinic Opens Teen Center">'));
      expect({ headline: r.headline, subheadline: r.subheadline }).toEqual({ headline: 'Riverside Clinic Opens Teen Center', subheadline: null });
      expect(r.dateline).toMatchObject({ location: 'RIVERSIDE, Calif.', date: '2024-04-09' });
    }
  });

  it('leaves out a section\'s name in a kicker over the headline, so the standfirst under it is the subheadline', async () => {
    const r = await parse(page(`<article><header><span class="category">First Team</span><h1>Rovers Complete Signing of Callum Fenwick</h1>
      <p class="standfirst">Midfielder joins from Halden Athletic on a two-and-a-half-year deal</p></header>
      <div class="article-category-body"><p>${para}</p><p>${para}</p></div></article>`));
    expect([r.headline, r.subheadline, r.body]).toEqual(['Rovers Complete Signing of Callum Fenwick', 'Midfielder joins from Halden Athletic on a two-and-a-half-year deal', [para, para]]);
  });

  it('takes headline and date from JSON-LD when the text shows none, and says so', async () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Acme Opens Lab","datePublished":"2023-10-18T09:00:00+08:00"}]}</script>';
    const r = await parse(page(`<article><p>${para}</p><p>${para}</p></article>`, `<meta charset="utf-8">${ld}`));
    expect(r.headline).toBe('Acme Opens Lab');
    expect(r.spans.headline).toBeNull();
    expect(r.date).toBe('2023-10-18');
    expect(r.warnings.map((w) => w.code)).toEqual(['from_metadata', 'from_metadata']);
  });

  it('honours a declared charset and sniffs an undeclared one', async () => {
    const text = '香港科技園公司宣布與阿斯利康加強合作，務求將香港發展成為生命科學創新基地。科技園公司將透過多項計劃支持初創企業。';
    const big5 = iconv.encode(page(`<article><h1>香港科技園公司與阿斯利康合作</h1><p>${text}</p></article>`, '<meta http-equiv="Content-Type" content="text/html; charset=big5">'), 'big5');
    const declared = await parse(new Uint8Array(big5));
    expect(declared.headline).toBe('香港科技園公司與阿斯利康合作');
    expect(declared.source.encoding).toBe('big5');
    const gb = iconv.encode(page(`<article><h1>香港科技园公司与药明合联合作</h1><p>${text}</p></article>`, ''), 'gb18030');
    expect((await parse(new Uint8Array(gb))).headline).toBe('香港科技园公司与药明合联合作');
  });

  it('gives no_release for a page with nothing of a release in it', async () => {
    await expect(parse(page('<nav><a href="/">Home</a></nav><script>var x = 1;</script>'))).rejects.toMatchObject({ code: 'no_release' });
    await expect(parse(page('<nav><a href="/">Home</a></nav>'))).rejects.toBeInstanceOf(PressparseError);
  });

  it('never runs or fetches anything the page references', async () => {
    const r = await parse(page(`<script>globalThis.pwned = true</script><img src="https://example.invalid/x.png" onerror="globalThis.pwned = true"><article><h1>Acme Opens Lab</h1><p>${para}</p></article>`));
    expect(r.headline).toBe('Acme Opens Lab');
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
  });
});
