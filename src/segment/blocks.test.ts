import { describe, expect, it } from 'vitest';
import { buildTables } from '../locales/index.js';
import { segment } from './blocks.js';
import { parseRelease } from '../index.js';

const tables = buildTables();
const blocks = (text: string) => segment(text, tables).blocks.map((b) => b.text);
/** The blocks of a text that must read as hard-wrapped. */
const wrappedBlocks = (text: string) => {
  const s = segment(text, tables);
  expect(s.layout).toBe('wrapped');
  return s.blocks.map((b) => b.text);
};

describe('segment', () => {
  it('heals PDF text with a blank line after every line and a trailing space ending each paragraph', () => {
    const text = '標題一行 \n\n這項最新協議是我們與阿斯\n\n \n\n\n利康合作的一項重要里程碑。 \n\n第二段開始 \n';
    const s = segment(text, tables);
    expect(s.layout).toBe('pdf-spaced');
    expect(s.blocks.map((b) => b.text)).toEqual(['標題一行', '這項最新協議是我們與阿斯利康合作的一項重要里程碑。', '第二段開始']);
  });

  it('drops a running head printed at the top and after each page number, and heals the paragraph it cut', () => {
    const head = '新聞稿                    星海資本有限公司';
    const text = [head, '', '星海資本與科技園公司簽署合作備忘錄', '', '雙方將共同設立規模達五億港元的深科技投資基金，重點投資於生物科技、', '人工智能及新材料領域的初創企業。', '', '                第 1 頁', head, '', '基金將優先投資於科技園的培育企業，預計於未來五年投資約四十家', '初創企業。', '', '                第 2 頁', head].join('\n');
    // On the first page the head is the letterhead: its label and its issuer, two lines set apart by the gap.
    expect(blocks(text)).toEqual([
      '新聞稿',
      '星海資本有限公司',
      '星海資本與科技園公司簽署合作備忘錄',
      '雙方將共同設立規模達五億港元的深科技投資基金，重點投資於生物科技、人工智能及新材料領域的初創企業。',
      '基金將優先投資於科技園的培育企業，預計於未來五年投資約四十家初創企業。',
    ]);
    const r = parseRelease(text);
    expect([r.labels, r.headline, r.body.length]).toEqual([['新聞稿'], '星海資本與科技園公司簽署合作備忘錄', 2]);
    // A line met once at a page break is the text's own.
    expect(blocks(`Acme Opens Lab\n\nAcme opened a lab.\n\nPage 1 of 2\nThe lab employs 40 people.`)).toEqual(['Acme Opens Lab', 'Acme opened a lab.', 'The lab employs 40 people.']);
  });

  it('drops a Chinese page head met once between a sentence the page break cut and its rest, and keeps a sentence there', () => {
    const head = ['安全性方面，整體耐受性良好。試驗期間未發現與疫苗相', '', '- 1 -', '', '恒泰生物科技集團有限公司 – 新聞稿', '', '關的嚴重不良事件。'];
    expect(blocks(['標題', '', ...head, '', '第二段開始。'].join('\n'))).toEqual(['標題', '安全性方面，整體耐受性良好。試驗期間未發現與疫苗相關的嚴重不良事件。', '第二段開始。']);
    // The line after the page number goes on the cut sentence itself: it is the text's own.
    const own = ['湿法隔膜项目二期已于2025年11月', '', '第 1 页 共 2 页', '', '建成投产，总产能提升至26亿平方米/年。', '', '王德胜先生指出，公司将继续推进海外产能布局。'];
    expect(blocks(['标题', '', ...own].join('\n'))).toEqual(['标题', '湿法隔膜项目二期已于2025年11月建成投产，总产能提升至26亿平方米/年。', '王德胜先生指出，公司将继续推进海外产能布局。']);
  });

  it('drops page numbers set between en or em dashes', () => {
    expect(blocks('本集團收入按年上升百分之十二，主要受惠於\n\n– 2 –\n\n零售業務的強勁增長。')).toEqual(['本集團收入按年上升百分之十二，主要受惠於零售業務的強勁增長。']);
  });

  it('drops a Chinese page count in brackets (（第1頁／共2頁）) and a "more" line (- 更多 -)', () => {
    expect(blocks('本集團收入按年上升百分之十二。\n\n（第1頁／共2頁）\n\n零售業務增長強勁。')).toEqual(['本集團收入按年上升百分之十二。', '零售業務增長強勁。']);
    expect(blocks('本集团收入按年上升百分之十二。\n\n- 更多 -\n\n零售业务增长强劲。')).toEqual(['本集团收入按年上升百分之十二。', '零售业务增长强劲。']);
  });

  it('drops a page\'s head printed once, between a sentence the page number cut and its lower-case rest', () => {
    expect(blocks('"Our incubatees told us that the gap between seed and Series A is where good ideas\n\n    Page 1 of 2\nCyberport Frontier Scheme                     5 March 2026\n\ndie. This Scheme closes that gap," Dr Yan said.'))
      .toEqual(['"Our incubatees told us that the gap between seed and Series A is where good ideas die. This Scheme closes that gap," Dr Yan said.']);
    // The page's first line that goes on the sentence is kept.
    expect(blocks('The gap between seed and\n\n    Page 1 of 2\nSeries A is where good ideas die. This\nscheme closes it.')).toEqual(['The gap between seed and Series A is where good ideas die. This scheme closes it.']);
  });

  it('keeps a year wrapped onto a line of its own: four digits are no page number', () => {
    expect(blocks('Up to 70% co-funding for first AI projects; 5,000 SMEs expected to benefit by\n2028')).toEqual(['Up to 70% co-funding for first AI projects; 5,000 SMEs expected to benefit by 2028']);
    expect(blocks('The lab will hire forty engineers over the next\n\n12\n\nthree years.')).toEqual(['The lab will hire forty engineers over the next three years.']);
  });

  it('keeps joining hard-wrapped lines when one line runs over the wrap width', () => {
    const text = [
      'Northlake Grocers Inc. ("Northlake" or "the Company") today announced plans to open',
      'twelve new full-service grocery stores across Ontario and Quebec over the next',
      'eighteen months, an investment of approximately $310 million that is expected',
      'to create about 1,400 jobs.',
      '',
      'The new locations include six stores in the Greater Toronto Area, three in',
      'Ottawa-Gatineau and three in the Montreal region, each with a bakery on site.',
      '',
      'For further information:',
      'Raymond Tsang, Vice-President, Investor Relations, 416-555-0127, investors@northlakegrocers.example.ca',
    ].join('\n');
    expect(wrappedBlocks(text).slice(0, 2)).toEqual([
      'Northlake Grocers Inc. ("Northlake" or "the Company") today announced plans to open twelve new full-service grocery stores across Ontario and Quebec over the next eighteen months, an investment of approximately $310 million that is expected to create about 1,400 jobs.',
      'The new locations include six stores in the Greater Toronto Area, three in Ottawa-Gatineau and three in the Montreal region, each with a bakery on site.',
    ]);
  });

  it('goes on past a short line that ends on an article or a preposition (a wrapped headline), whatever the next starts with', () => {
    const text = [
      'MEDIA RELEASE', '', '$212 million pipeline to drought-proof the', 'Condamine Valley', '',
      'Construction will start this winter on a 96-kilometre pipeline linking Lake',
      'Kinross to four drought-prone towns in the Condamine Valley, securing supplies',
      'for more than 18,000 residents in Wattle Creek, Daly\'s Crossing and Eskvale.',
    ].join('\n');
    expect(wrappedBlocks(text).slice(1, 2)).toEqual(['$212 million pipeline to drought-proof the Condamine Valley']);
    expect(parseRelease(text).headline).toBe('$212 million pipeline to drought-proof the Condamine Valley');
  });

  it('keeps an address wrapped onto its own line in the sentence it ends, and a line of links apart', () => {
    expect(blocks('計劃即日起接受申請，詳情請瀏覽\nwww.suifung-bank.com.hk/greenmortgage。\n\n第二段')).toEqual(['計劃即日起接受申請，詳情請瀏覽www.suifung-bank.com.hk/greenmortgage。', '第二段']);
    expect(blocks('The fund opens to applications on Monday. For details, visit\nhttps://acme.example.com/fund.')).toEqual(['The fund opens to applications on Monday. For details, visit https://acme.example.com/fund.']);
    expect(blocks('The fund opens to applications on Monday.\nhttps://acme.example.com/fund\nhttps://acme.example.com/faq')).toEqual(['The fund opens to applications on Monday.', 'https://acme.example.com/fund', 'https://acme.example.com/faq']);
  });

  it('joins hard-wrapped lines: one space between Latin words, a line-end hyphen dropped, nothing between Chinese', () => {
    const wrapped = [
      'The alliance today opened a shared pilot production line that gives small',
      'and mid-sized companies access to robotic assembly and machine manufac-',
      'turing tools without the cost of building facilities of their own today.',
      '',
      'Second paragraph is here and it is long enough to look like the others do.',
    ].join('\n');
    expect(blocks(wrapped)).toEqual([
      'The alliance today opened a shared pilot production line that gives small and mid-sized companies access to robotic assembly and machine manufacturing tools without the cost of building facilities of their own today.',
      'Second paragraph is here and it is long enough to look like the others do.',
    ]);
  });

  it('keeps the hyphen of a number or a compound cut at a line end', () => {
    const wrapped = [
      'The centre opened today with a team of forty-',
      'five scientists, a six-month trial and a self-',
      'funded budget agreed with the city last year.',
    ].join('\n');
    expect(blocks(wrapped)).toEqual(['The centre opened today with a team of forty-five scientists, a six-month trial and a self-funded budget agreed with the city last year.']);
  });

  it('keeps a paragraph cut by a form feed together', () => {
    const text = 'A typical manufacturer spends between eight and fifteen million dollars to set\nup an automated line of\n\f\nits own, and many projects stall at the prototype stage of the work.';
    expect(blocks(text)).toEqual([
      'A typical manufacturer spends between eight and fifteen million dollars to set up an automated line of its own, and many projects stall at the prototype stage of the work.',
    ]);
  });

  it('reads a continuation mark and a running head with its page as a page break', () => {
    const text = 'The space was built with a grant from the Arts Council and\ndonations from\n\n-more-\n\nRiverbend Library – Page 2\n\nlocal businesses.\n\nSessions run every weekday.';
    expect(blocks(text)).toEqual(['The space was built with a grant from the Arts Council and donations from local businesses.', 'Sessions run every weekday.']);
    expect(blocks('圖書館今日開放創客空間，\n\n（續）\n\n供青少年免費使用。')).toEqual(['圖書館今日開放創客空間，供青少年免費使用。']);
    expect(blocks('(MORE)')).toEqual([]);
  });

  it('keeps the text on a form feed\'s line (pdftotext starts each page with one)', () => {
    const text = 'Acme today opened a lab in Tsing Yi. The lab has\nforty staff.\n\fThe second page starts with this paragraph.\n\nA third paragraph.';
    expect(blocks(text)).toEqual(['Acme today opened a lab in Tsing Yi. The lab has forty staff.', 'The second page starts with this paragraph.', 'A third paragraph.']);
    const cut = 'A typical manufacturer spends between eight and fifteen million dollars to set\nup an automated line of\n\fits own, and many projects stall at the prototype stage of the work.';
    expect(blocks(cut)).toEqual([
      'A typical manufacturer spends between eight and fifteen million dollars to set up an automated line of its own, and many projects stall at the prototype stage of the work.',
    ]);
  });

  it('treats each line as a paragraph when lines are not hard-wrapped', () => {
    const a = 'First paragraph on one long line that goes on and on, as web pages copied to text do, and ends here.';
    const b = 'Second paragraph on one long line that goes on and on, as web pages copied to text do, and ends too.';
    expect(blocks(`${a}\n${b}`)).toEqual([a, b]);
  });

  it('starts a block at a bullet, a caption or a contact line', () => {
    expect(blocks('Headline\n• one point\n• another point\nPhoto 1: people\nTel: 2629 6891')).toEqual([
      'Headline', '• one point', '• another point', 'Photo 1: people', 'Tel: 2629 6891',
    ]);
  });
});
