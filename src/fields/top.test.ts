import { describe, expect, it } from 'vitest';
import { parseRelease } from '../index.js';

describe('labels, embargo, headline, end mark', () => {
  it('reads labels as printed and the embargo with its time zone', () => {
    const r = parseRelease('PRESS RELEASE\nFOR IMMEDIATE RELEASE\n\nEMBARGOED UNTIL 00:01 HKT, 5 June 2024\n\nAcme Opens Lab\n\n(Hong Kong, 5 June 2024) – Acme opened a lab.\n\n###');
    expect(r.labels).toEqual(['PRESS RELEASE', 'FOR IMMEDIATE RELEASE']);
    expect(r.embargo).toMatchObject({ until: '2024-06-05T00:01+08:00', text: 'EMBARGOED UNTIL 00:01 HKT, 5 June 2024' });
    expect(r.headline).toBe('Acme Opens Lab');
    expect(r.endMark).toBe('###');
    expect(r.body).toEqual(['Acme opened a lab.']);
  });

  it('skips a listed company\'s letterhead: its name, where it is incorporated, its stock code', () => {
    const en = parseRelease('For Immediate Release\n\nHARBOURVIEW HOLDINGS LIMITED\n(Incorporated in Bermuda with limited liability)\n(Stock Code: 1234)\n\nHarbourview Announces Interim Results\n\nHong Kong, 18 August 2023 – Harbourview Holdings Limited today announced its interim results.');
    const zh = parseRelease('即時發佈\n\n海景控股有限公司\n（於開曼群島註冊成立之有限公司）\n（股份代號：1234）\n\n海景控股公布中期業績\n\n香港，2023年8月18日——海景控股有限公司今天公布中期業績。');
    // A UK regulatory announcement: its number, the company, the short names it defines.
    const rns = parseRelease('RNS Number : 4821K\nHarbourline Energy PLC\n04 March 2025\n\n4 March 2025\n\nHarbourline Energy PLC\n("Harbourline" or the "Company")\n\nHarbourview Announces Interim Results\n\nHarbourline Energy PLC (AIM: HLE) is pleased to announce its interim results.');
    // The exchange named before the code, in either language.
    const exchange = parseRelease('即時發佈\n\n海景控股有限公司\n（香港聯交所股份代號：1234）\n\n海景控股公布中期業績\n\n香港，2023年8月18日——海景控股有限公司今天公布中期業績。');
    const exchangeEn = parseRelease('HARBOURVIEW HOLDINGS LIMITED\n(Hong Kong Stock Exchange Stock Code: 1234)\n\nHarbourview Announces Interim Results\n\nHong Kong, 18 August 2023 – Harbourview Holdings Limited today announced its interim results.');
    // The company's name and its code on one line.
    const oneLine = parseRelease('新闻稿\n\n港联物流控股有限公司（股份代号：2389）\n\n港联物流与前海签署战略合作协议\n\n（香港，2026年3月5日）港联物流控股有限公司今日宣布签署协议。');
    const oneLineEn = parseRelease('HARBOURVIEW HOLDINGS LIMITED (Stock Code: 1234)\n\nHarbourview Announces Interim Results\n\nHong Kong, 18 August 2023 – Harbourview Holdings Limited today announced its interim results.');
    // An Australian letterhead: the company's number and its ticker on one line, set apart by a bar.
    const asx = parseRelease('ASX ANNOUNCEMENT\n4 March 2026\n\nHARBOURVIEW MINERALS LIMITED\nABN 41 612 555 908 | ASX: HVM\n\nHarbourview Announces Interim Results\n\nHarbourview Minerals Limited (ASX: HVM) is pleased to announce its interim results.');
    for (const [r, headline] of [[asx, 'Harbourview Announces Interim Results'], [en, 'Harbourview Announces Interim Results'], [zh, '海景控股公布中期業績'], [rns, 'Harbourview Announces Interim Results'], [exchange, '海景控股公布中期業績'], [exchangeEn, 'Harbourview Announces Interim Results'], [oneLine, '港联物流与前海签署战略合作协议'], [oneLineEn, 'Harbourview Announces Interim Results']] as const) {
      expect({ headline: r.headline, subheadline: r.subheadline, body: r.body.length }).toEqual({ headline, subheadline: null, body: 1 });
    }
  });

  it('reads a WeChat article\'s date line (科技园 2026-03-05 10:30 发表于广东) and leaves its follow prompt out', () => {
    const r = parseRelease('南山科技园具身智能开放实验室正式揭牌🎉\n\n科技园 2026-03-05 10:30 发表于广东\n\n👆点击蓝字 关注我们\n\n3月4日上午，南山具身智能开放实验室在科技园正式揭牌，面积约3,200平方米。');
    expect({ subheadline: r.subheadline, date: r.date, body: r.body }).toEqual({ subheadline: null, date: '2026-03-05', body: ['3月4日上午，南山具身智能开放实验室在科技园正式揭牌，面积约3,200平方米。'] });
  });

  it('starts a paragraph at a Chinese full-width indent, under a caption or a full line', () => {
    const r = parseRelease('春苗基金会获捐3000万元\n\n北京，2026年3月5日——春苗基金会今天在北京举行捐赠仪式，明远科技捐赠人民\n币3,000万元。\n图1：王建华（左）向刘素云教授（右）递交捐赠牌\n\u3000\u3000来自云南省的中心小学校长李丽芬也在仪式上发言。她说，学校课外阅读资源十分匮\n乏。\n\u3000\u3000自2012年成立以来，春苗基金会累计募集善款超过9.6亿元，惠及全国一千余所乡村学校的学\n\u3000\u3000据介绍，图书室将于九月开放。');
    expect({ captions: r.captions.map((c) => c.text), body: r.body }).toEqual({
      captions: ['王建华（左）向刘素云教授（右）递交捐赠牌'],
      body: ['春苗基金会今天在北京举行捐赠仪式，明远科技捐赠人民币3,000万元。', '来自云南省的中心小学校长李丽芬也在仪式上发言。她说，学校课外阅读资源十分匮乏。',
        '自2012年成立以来，春苗基金会累计募集善款超过9.6亿元，惠及全国一千余所乡村学校的学', '据介绍，图书室将于九月开放。'],
    });
  });

  it('reads three Chinese title lines over the dateline: a wrapped headline over its subtitle, or a headline over a subtitle of two lines', () => {
    const dateline = '（香港，2026年3月5日）數碼港今日宣布推出計劃，為本地金融科技初創提供支援。';
    const wrapped = parseRelease(`新聞稿\n\n數碼港夥拍 NovaQuant 及 Azure Harbour Labs 推出\n「金融科技沙盒加速計劃」\n首批12家初創獲選 總資助額達港幣三千萬元\n\n${dateline}`);
    expect({ headline: wrapped.headline, subheadline: wrapped.subheadline, date: wrapped.date }).toEqual({
      headline: '數碼港夥拍 NovaQuant 及 Azure Harbour Labs 推出「金融科技沙盒加速計劃」', subheadline: '首批12家初創獲選 總資助額達港幣三千萬元', date: '2026-03-05',
    });
    const twoLines = parseRelease(`數碼港推出金融科技沙盒加速計劃\n\n首批12家初創獲選\n\n總資助額達港幣三千萬元\n\n${dateline}`);
    expect({ headline: twoLines.headline, subheadline: twoLines.subheadline, date: twoLines.date, body: twoLines.body.length }).toEqual({
      headline: '數碼港推出金融科技沙盒加速計劃', subheadline: '首批12家初創獲選 總資助額達港幣三千萬元', date: '2026-03-05', body: 1,
    });
    // A headline a PDF wrapped onto its subtitle's line: its last words, then the dash that opens the subtitle.
    const cut = (top: string) => parseRelease(`${top}\n\n${dateline}`);
    const pdf = cut('新聞稿\n\n康源生物宣布其自主研發的 KY-102 三期臨床試\n驗達到主要終點 —— 將於年內遞交上市申請');
    expect([pdf.headline, pdf.subheadline]).toEqual(['康源生物宣布其自主研發的 KY-102 三期臨床試驗達到主要終點', '將於年內遞交上市申請']);
    // Under an issuer's name, the line is the headline whole, as it is on a line of its own.
    const issuer = cut('康源生物科技股份有限公司\n康源生物宣布三期臨床試驗達到主要終點 —— 將於年內遞交上市申請');
    expect([issuer.headline, issuer.subheadline]).toEqual(['康源生物宣布三期臨床試驗達到主要終點 —— 將於年內遞交上市申請', null]);
  });

  it('reads Taiwan\'s numeric date with a Republic year (發布日期：113-09-27) over the contacts and the headline', () => {
    const r = parseRelease('衛生福利部國民健康署　新聞稿\n\n發布日期：113-09-27\n發布單位：癌症防治組\n新聞聯絡人：吳宜蓁副署長　電話：(02)2522-0888\n業務聯絡人：許嘉芬組長　電話：(02)2522-0620\n\n肺癌篩檢滿週年　早期發現率達八成四\n\n國民健康署今（27）日公布肺癌早期偵測計畫上路一週年成果，共篩檢8萬6,214人。');
    expect({ headline: r.headline, date: r.date, body: r.body.length }).toEqual({ headline: '肺癌篩檢滿週年　早期發現率達八成四', date: '2024-09-27', body: 1 });
    // A name with its title after it, as Taiwan prints a contact person.
    expect(r.contacts.map((c) => [c.name, c.title, c.phones])).toEqual([['吳宜蓁', '副署長', ['(02)2522-0888']], ['許嘉芬', '組長', ['(02)2522-0620']]]);
    // A contact's numbers parted by ；ends no title run: a headline over its subtitle, the body hard-wrapped.
    const wrap = '國土永續發展部今（20）日召開旱災應變小組會議，考量今年1月至5月中部地區累積降雨量僅為歷年同期\n平均的42%，決定自5月26日起將臺中、彰化地區供水燈號由黃燈調整為橙燈，啟動第二階段減量供水。';
    const fields = parseRelease(`新聞稿\n發布日期：114年5月20日\n新聞聯絡人：林宗翰 副署長\n聯絡電話：02-2345-6789#3101；手機：0933-218-456\n\n因應春雨偏少 國土永續發展部啟動中部地區第二階段減量供水\n呼籲民眾節約用水 共度旱季\n\n${wrap}`);
    expect([fields.headline, fields.subheadline]).toEqual(['因應春雨偏少 國土永續發展部啟動中部地區第二階段減量供水', '呼籲民眾節約用水 共度旱季']);
  });

  it('reads an alliance\'s name and its English name over its statement as the issuer, and its contact line at the foot', () => {
    const r = parseRelease('中国储能产业促进联盟\nChina Energy Storage Industry Promotion Alliance\n\n关于近期储能电芯市场无序低价竞争问题的声明\n\n近期，我联盟陆续接到多家会员单位反映，部分企业以低于成本的价格投标。\n\n特此声明。\n\n中国储能产业促进联盟\n2025年6月3日\n\n联系人：孙婧    电话：010-6852 3317    邮箱：press@cesipa.org.cn');
    expect([r.headline, r.subheadline, r.date]).toEqual(['关于近期储能电芯市场无序低价竞争问题的声明', null, '2025-06-03']);
    expect(r.contacts.map((c) => [c.name, c.phones, c.emails])).toEqual([['孙婧', ['010-6852 3317'], ['press@cesipa.org.cn']]]);
  });

  it('reads a university page\'s date line with its reporters, editors and hit count', () => {
    const r = parseRelease('东澜大学团队在叠层太阳能电池研究中取得重要进展\n\n发布时间：2025-04-22    通讯员：王思源 周婷    编辑：李明    审核：赵晓峰    点击数：3516\n\n近日，我校材料科学与工程学院孙浩然教授团队取得重要进展。');
    expect([r.headline, r.date, r.body]).toEqual(['东澜大学团队在叠层太阳能电池研究中取得重要进展', '2025-04-22', ['近日，我校材料科学与工程学院孙浩然教授团队取得重要进展。']]);
  });

  it('reads two labels on one line, each its own, and an end mark at the end of the last paragraph', () => {
    const r = parseRelease('新聞稿　　即時發佈\n\n數碼港初創企業獲國際大獎\n\n（香港，2025年3月5日）數碼港今日宣布，三間初創企業獲獎。\n\n業界人士指出，獎項反映香港創科實力。（完）\n\n傳媒查詢：\n陳小姐　電話：2345 6789');
    expect({ labels: r.labels, headline: r.headline, endMark: r.endMark, body: r.body }).toEqual({
      labels: ['新聞稿', '即時發佈'], headline: '數碼港初創企業獲國際大獎', endMark: '（完）',
      body: ['數碼港今日宣布，三間初創企業獲獎。', '業界人士指出，獎項反映香港創科實力。'],
    });
    expect(r.spans.labels.map(([a, b]) => r.text.slice(a, b))).toEqual(['新聞稿', '即時發佈']);
    expect(r.text.slice(r.spans.endMark![0], r.spans.endMark![1])).toBe('（完）');
    const en = parseRelease('PRESS RELEASE | FOR IMMEDIATE RELEASE\n\nAcme Opens Lab\n\nLEEDS, March 5, 2026 – Acme opened a lab today.\n\nThe lab employs 40 people. ###');
    expect({ labels: en.labels, endMark: en.endMark, body: en.body }).toEqual({
      labels: ['PRESS RELEASE', 'FOR IMMEDIATE RELEASE'], endMark: '###', body: ['Acme opened a lab today.', 'The lab employs 40 people.'],
    });
    // A word at a paragraph's end is no mark: only one set off by brackets, hashes or dashes is.
    expect(parseRelease('Acme Opens Lab\n\nLEEDS, March 5, 2026 – Acme opened a lab today. It ends').endMark).toBeNull();
    // A site's section before a bar is no label; the label printed again over the headline is the same one.
    const site = parseRelease('NETWORK | MEDIA RELEASE\n\nMEDIA RELEASE\n\nServices restored after outage\n\nSYDNEY, 12 November 2025 – Mobile services are back.');
    expect({ labels: site.labels, headline: site.headline }).toEqual({ labels: ['MEDIA RELEASE'], headline: 'Services restored after outage' });
    expect(site.spans.labels.map(([a, b]) => site.text.slice(a, b))).toEqual(['MEDIA RELEASE']);
    // In another case too: a PDF's running head ("Media Release" at its side) over the release's own label.
    const head = parseRelease('Waipārae District Council                 Media Release\n\nMEDIA RELEASE\n14 August 2024\n\nBoil water notice lifted\n\nThe boil water notice for Te Kōwhai has been lifted after nine days of clear tests.');
    expect(head.labels).toEqual(['Media Release']);
  });

  it('reads a publisher before a label with a dash between (European Commission - Press release) as a label', () => {
    const r = parseRelease('European Commission - Press release\n\nCommission approves €2 billion Italian scheme to support offshore wind\n\nBrussels, 5 March 2026\n\nThe European Commission has approved a €2 billion Italian scheme.');
    expect({ labels: r.labels, headline: r.headline, subheadline: r.subheadline }).toEqual({
      labels: ['European Commission - Press release'], headline: 'Commission approves €2 billion Italian scheme to support offshore wind', subheadline: null,
    });
    // A site's search box before the word is no publisher: 搜索新闻稿 is a control.
    const wire = parseRelease('美通社 PR Newswire\n首页 > 新闻稿 > 科技\n搜索新闻稿    登录 | 注册\n\n云湃科技发布液冷智算一体机\n\n北京2024年6月4日 /美通社/ -- 北京云湃科技有限公司今日推出液冷智算一体机。');
    expect([wire.labels, wire.headline]).toEqual([[], '云湃科技发布液冷智算一体机']);
  });

  it('skips a release\'s reference code on its own line, and reads no phone number in it', () => {
    const r = parseRelease('NEWS RELEASE\nFor Immediate Release\n2026HLTH0034-000312\nMarch 5, 2026\n\nMinistry of Health\n\nNew clinic opens in Surrey\n\nVICTORIA – A new urgent care clinic opens in Surrey today.\n\nMedia Relations\nMinistry of Health\n250 952-1887');
    expect({ headline: r.headline, date: r.date, phones: r.contacts.flatMap((c) => c.phones) }).toEqual({
      headline: 'New clinic opens in Surrey', date: '2026-03-05', phones: ['250 952-1887'],
    });
  });

  it('reads 【禁止提前发布】 with the time after it as an embargo, and skips a government office\'s name and a portal\'s footer and buttons', () => {
    const e = parseRelease('中国智能家居产业协会\n新闻通稿\n\n【禁止提前发布】本稿件请于2025年7月8日（星期二）上午10:00（北京时间）后发布\n\n智能家居白皮书发布\n\n北京，2025年7月8日 —— 协会今日发布白皮书。');
    expect({ embargo: e.embargo?.until, headline: e.headline }).toEqual({ embargo: '2025-07-08T10:00+08:00', headline: '智能家居白皮书发布' });
    const gov = parseRelease('岭东省人民政府新闻办公室\n\n岭东省举行一季度外贸运行情况新闻发布会\n\n发布时间：2025-04-16 16:20　来源：省政府新闻办\n\n4月16日上午，省政府新闻办举行新闻发布会。\n\n【打印本页】【关闭窗口】\n\n主办：岭东省人民政府办公厅　承办：岭东省人民政府新闻办公室');
    expect({ headline: gov.headline, subheadline: gov.subheadline, body: gov.body }).toEqual({
      headline: '岭东省举行一季度外贸运行情况新闻发布会', subheadline: null, body: ['4月16日上午，省政府新闻办举行新闻发布会。'],
    });
    // The byline's date with the page's buttons after it on its line is the release's date.
    const buttons = parseRelease('湖西省举行新闻发布会\n\n来源：湖西省人民政府新闻办公室　发布时间：2026-03-04 16:20　【字体：大 中 小】【打印】【关闭】\n\n3月4日上午，湖西省人民政府新闻办公室举行新闻发布会。');
    expect([buttons.date, buttons.body]).toEqual(['2026-03-04', ['3月4日上午，湖西省人民政府新闻办公室举行新闻发布会。']]);
  });

  it('takes a headline that names its event\'s date (证监会2024年6月14日例行新闻发布会) for the headline, not a date line, and dates the release by the line under it', () => {
    const r = parseRelease('中国证券监督管理委员会\n\n河岭证监局2025年6月13日例行新闻发布会\n\n发布时间：2025-06-13　来源：新闻办公室\n\n6月13日，河岭证监局新闻发言人在例行新闻发布会上通报了近期工作。');
    expect({ headline: r.headline, date: r.date, body: r.body }).toEqual({
      headline: '河岭证监局2025年6月13日例行新闻发布会', date: '2025-06-13', body: ['6月13日，河岭证监局新闻发言人在例行新闻发布会上通报了近期工作。'],
    });
  });

  it('keeps a short first headline line under the date line: only a place or an organization there says where or who it is from', () => {
    const festival = parseRelease('發佈日期：2025年1月9日\n\n第十二屆海港藝術節3月登場\n三十五套節目橫跨舞蹈、音樂、戲劇及新媒體藝術\n\n（香港 — 2025年1月9日）海港藝術節今日公佈第十二屆藝術節節目。');
    expect({ headline: festival.headline, subheadline: festival.subheadline }).toEqual({
      headline: '第十二屆海港藝術節3月登場', subheadline: '三十五套節目橫跨舞蹈、音樂、戲劇及新媒體藝術',
    });
    const issuer = parseRelease('發佈日期：2025年1月9日\n\n香港科技園公司\n科技園公布第三期創新計劃資助名單\n\n（香港 — 2025年1月9日）香港科技園公司今日公布資助名單。');
    expect(issuer.headline).toBe('科技園公布第三期創新計劃資助名單');
  });

  it('skips a government letterhead over the label (however wide its lines), and a ministry\'s name over the headline', () => {
    const ph = parseRelease('Republic of the Philippines\nDEPARTMENT OF SCIENCE AND TECHNOLOGY\nPhilippine Council for Agriculture, Aquatic and Natural Resources Research and Development\nLos Baños, Laguna\n\nPRESS RELEASE\nMarch 5, 2026\n\nCouncil rolls out drought-tolerant rice variety to 12 provinces\n\nLOS BAÑOS, Laguna — The council will distribute 48,000 bags of seeds to farmers.');
    expect({ labels: ph.labels, headline: ph.headline, subheadline: ph.subheadline, date: ph.date, body: ph.body }).toEqual({
      labels: ['PRESS RELEASE'], headline: 'Council rolls out drought-tolerant rice variety to 12 provinces', subheadline: null, date: '2026-03-05',
      body: ['The council will distribute 48,000 bags of seeds to farmers.'],
    });
    // An agency's name, address and "Tel: … | www…" line over a label with the release's number after it: the
    // label without the number, and no contact in the letterhead's phone.
    const agency = parseRelease('WEATHER AUTHORITY OF TOBAGO\nAirport Road, Crown Point, Tobago, W.I.\nTel: (868) 555-0140   |   www.wat.example.tt\n\n\nPRESS RELEASE  #  2025-041\n\n\nORANGE ALERT ISSUED AS TROPICAL WAVE 27 APPROACHES\n\nAlert Status:     ORANGE (Be Prepared)\nIssued:           5:00 a.m. Tuesday 12th August 2025\n\nCrown Point, Tuesday 12th August 2025 – The Authority has issued an orange alert for Tobago.\n\nMedia contact:\nShanice Mohammed\nTel: (868) 555-0187\ncommunications@wat.example.tt');
    expect({ labels: agency.labels, headline: agency.headline, contacts: agency.contacts.map((c) => c.name) }).toEqual({
      labels: ['PRESS RELEASE'], headline: 'ORANGE ALERT ISSUED AS TROPICAL WAVE 27 APPROACHES', contacts: ['Shanice Mohammed'],
    });
    expect(parseRelease('Acme Opens Lab\n\nMedia Release No. 12/2025\n\nLONDON, 5 March 2025 – Acme opened a lab.').labels).toEqual(['Media Release']);
    // With a colon, a reference word, brackets, or a Chinese marker joined to its number: the label all the same.
    for (const [top, label] of [['Press Release: 2025-041', 'Press Release'], ['[PRESS RELEASE #2025-041]', 'PRESS RELEASE'], ['PRESS RELEASE Ref. PR/2025/012', 'PRESS RELEASE'], ['新聞稿 編號：2025-17', '新聞稿']]) {
      const r = parseRelease(`${top}\n\nAcme Opens Lab in Kowloon\n\nHONG KONG, 5 March 2025 – Acme opened a lab.`);
      expect([r.labels, r.headline], top).toEqual([[label], 'Acme Opens Lab in Kowloon']);
    }
    const ministry = parseRelease('Ministry of Finance\n\nGovernment Cuts Tax on Solar Panels to Zero\n\nThe government today removed the import tax on solar panels, the Minister said.');
    expect({ headline: ministry.headline, subheadline: ministry.subheadline }).toEqual({ headline: 'Government Cuts Tax on Solar Panels to Zero', subheadline: null });
  });

  it('reads an exchange announcement\'s label, and skips its code, date and company lines to the headline', () => {
    const r = parseRelease('ASX: KRM\n\nASX RELEASE\n\n4 March 2026\n\nKarrawong Minerals Limited\nABN 61 123 456 789\n\nHIGH-GRADE LITHIUM INTERSECTED AT BLACKWATTLE\n\nHighlights\n\n• Best intersection to date at Blackwattle\n• Company fully funded\n\nKarrawong Minerals Limited is pleased to provide an update on drilling.');
    expect({ labels: r.labels, headline: r.headline, subheadline: r.subheadline, highlights: r.highlights, date: r.date }).toEqual({
      labels: ['ASX RELEASE'], headline: 'HIGH-GRADE LITHIUM INTERSECTED AT BLACKWATTLE', subheadline: null,
      highlights: ['Best intersection to date at Blackwattle', 'Company fully funded'], date: '2026-03-04',
    });
  });

  it('skips a minister\'s letterhead (name and office) to the headline, in capitals or not', () => {
    const body = 'The Government is investing $120 million to help regional doctors bulk bill more patients.';
    for (const [top, headline] of [
      ['The Hon. Mark Butler MP\nMinister for Health and Aged Care\n\n4 March 2025\n\nMORE BULK BILLING FOR REGIONAL AUSTRALIANS', 'MORE BULK BILLING FOR REGIONAL AUSTRALIANS'],
      ['Jane Roe MSP\n\nNew Funding for Rural Surgeries', 'New Funding for Rural Surgeries'],
      ['Dr Jane Roe\nMinister for Rural Health\n\nNew Funding for Rural Surgeries', 'New Funding for Rural Surgeries'],
    ]) {
      const r = parseRelease(`MEDIA RELEASE\n\n${top}\n\n${body}`);
      expect({ headline: r.headline, subheadline: r.subheadline, dateline: r.dateline, body: r.body }).toEqual({ headline, subheadline: null, dateline: null, body: [body] });
    }
    // A headline that opens with an honorific keeps its subheadline.
    const r = parseRelease(`Dr Smith Retires\n\nThe Hospital Thanks Its Longest-Serving Surgeon\n\n${body}`);
    expect([r.headline, r.subheadline]).toEqual(['Dr Smith Retires', 'The Hospital Thanks Its Longest-Serving Surgeon']);
  });

  it('reads a GOV.UK page copied as text: the summary is the subheadline, the From and Published lines are furniture', () => {
    const r = parseRelease('Press release\n\nNew funding to cut hospital waiting lists\n\nPatients will be treated faster thanks to £250 million for new surgical hubs.\n\nFrom:\nDepartment of Health and Social Care and The Rt Hon Wes Streeting MP\nPublished\n5 March 2025\n\nHospitals across England will receive £250 million to open 12 new surgical hubs, the Health Secretary announced today.\n');
    expect({ subheadline: r.subheadline, date: r.date, body: r.body }).toEqual({
      subheadline: 'Patients will be treated faster thanks to £250 million for new surgical hubs.',
      date: '2025-03-05',
      body: ['Hospitals across England will receive £250 million to open 12 new surgical hubs, the Health Secretary announced today.'],
    });
  });

  it('reads highlights under a "Highlights" heading printed without a colon, and the dateline after them', () => {
    const r = parseRelease('GREENFIELD FOODS REPORTS RECORD SALES\n\nNet sales up 18%; company raises full-year outlook\n\nHighlights\n- Net sales of $412 million, up 18%\n- Full-year outlook raised to $1.7 billion\n\nMINNEAPOLIS, May 6, 2025 (GLOBE NEWSWIRE) -- Greenfield Foods today reported record first-quarter net sales.\n');
    expect({ highlights: r.highlights, location: r.dateline?.location, date: r.date, body: r.body.length }).toEqual({
      highlights: ['Net sales of $412 million, up 18%', 'Full-year outlook raised to $1.7 billion'], location: 'MINNEAPOLIS', date: '2025-05-06', body: 1,
    });
  });

  it('reads a Chinese subtitle set off by a double dash under the headline, and 媒体联系人 as the contact heading', () => {
    const r = parseRelease('【新闻稿】\n\n云帆物流完成5亿元B轮融资\n——资金将用于建设智能分拣中心\n\n（2025年3月5日，上海）云帆物流科技有限公司今日宣布完成5亿元人民币B轮融资。\n\n媒体联系人\n王丽\n电话：021-6123 4567');
    expect({ headline: r.headline, subheadline: r.subheadline }).toEqual({ headline: '云帆物流完成5亿元B轮融资', subheadline: '资金将用于建设智能分拣中心' });
    const [from, to] = r.spans.subheadline!;
    expect(r.text.slice(from, to)).toBe('资金将用于建设智能分拣中心');
    expect(r.contacts.map(({ organization, name }) => ({ organization, name }))).toEqual([{ organization: null, name: '王丽' }]);
  });

  it('reads a date line with its time of day and zone (Business Wire) as the release\'s date', () => {
    const r = parseRelease('Orbital Freight Opens Cargo Hub\n\nMarch 04, 2025 09:00 AM Eastern Standard Time\n\nMEMPHIS, Tenn.--(BUSINESS WIRE)--Orbital Freight today opened an automated cargo hub at Memphis International Airport.\n');
    expect({ date: r.date, body: r.body.length }).toEqual({ date: '2025-03-04', body: 1 });
    // A word that holds a zone's letters is still a word: this line is no date line.
    expect(parseRelease('Acme Opens Lab\n\nMarket update, March 4, 2025\n\nAcme opened a lab in Leeds today with forty engineers.\n').subheadline).toBe('Market update, March 4, 2025');
  });

  it('reads a web page\'s "Published" line with no colon, a weekday and an Australian zone, under its hard-wrapped byline, as the release\'s date', () => {
    const r = parseRelease('Services restored after national outage\n\nKookaburra Mobile Newsroom\nPublished Tuesday 11 November 2025, 7:45pm AEDT\nLast updated Wednesday 12 November 2025, 6:10am AEDT\n\nServices were restored across Australia overnight after an outage that began on Tuesday afternoon.\n');
    expect({ date: r.date, warnings: r.warnings.map((w) => w.code) }).toEqual({ date: '2025-11-11', warnings: [] });
    // A sentence that opens with the word is no date line, nor is a paragraph's wrapped line that has it.
    expect(parseRelease('Acme Opens Lab\n\nPublished reports in 2024 showed that labs in Leeds were in short supply for young firms.\n').date).toBeNull();
    expect(parseRelease('Acme Funds Mine\n\nPERTH, 5 January 2026 – Acme has secured funding for its mine. The package is expected to fully fund the\nStage 1 capital cost of A$231 million as outlined in the Definitive\nFeasibility Study released on 14 October 2025.\n').body).toHaveLength(1);
  });

  it('reads summary points printed without bullets between the headline and the dateline as highlights, and one line there as the subheadline', () => {
    const top = 'Harbor Freight Logistics Reports Third Quarter 2026 Results\n\nRevenue of $412.3 million, up 11% year over year\n';
    const text = '\nSEATTLE, Nov. 5, 2026 (GLOBE NEWSWIRE) -- Harbor Freight Logistics, Inc. today reported results for the third quarter.';
    const r = parseRelease(`${top}Adjusted EBITDA of $61.8 million, a margin of 15.0%\nRaises full-year revenue outlook to $1.60 billion\n${text}`);
    expect({ subheadline: r.subheadline, highlights: r.highlights, date: r.date, body: r.body.length }).toEqual({
      subheadline: null, date: '2026-11-05', body: 1,
      highlights: ['Revenue of $412.3 million, up 11% year over year', 'Adjusted EBITDA of $61.8 million, a margin of 15.0%', 'Raises full-year revenue outlook to $1.60 billion'],
    });
    const one = parseRelease(`${top}${text}`);
    expect({ subheadline: one.subheadline, highlights: one.highlights, date: one.date }).toEqual({ subheadline: 'Revenue of $412.3 million, up 11% year over year', highlights: [], date: '2026-11-05' });
  });

  it('reads a wire\'s "-- point --" highlights, wrapped or not, and a dateline alone over them', () => {
    const en = parseRelease('Meridale Announces FDA Approval of Velqora\n\n-- Velqora is the first once-daily oral inhibitor approved for gMG --\n\n-- Approval based on the Phase 3 trial, in which Velqora improved scores by\n4.1 points versus 1.6 points for placebo --\n\nCAMBRIDGE, Mass., March 3, 2026 -- Meridale Therapeutics, Inc. today announced the approval.');
    expect({ subheadline: en.subheadline, highlights: en.highlights, date: en.date, body: en.body }).toEqual({
      subheadline: null,
      highlights: ['Velqora is the first once-daily oral inhibitor approved for gMG', 'Approval based on the Phase 3 trial, in which Velqora improved scores by 4.1 points versus 1.6 points for placebo'],
      date: '2026-03-03', body: ['Meridale Therapeutics, Inc. today announced the approval.'],
    });
    const zh = parseRelease('极曜汽车全球首发旗舰SUV\n\n北京2026年3月5日 /美通社/ --\n\n  -- 首款搭载固态电池的量产SUV\n  -- 预售价人民币35.98万元起\n\n极曜汽车今日在北京国际汽车展览会上全球首发旗舰纯电SUV。');
    expect({ highlights: zh.highlights, dateline: zh.dateline?.text, body: zh.body }).toEqual({
      highlights: ['首款搭载固态电池的量产SUV', '预售价人民币35.98万元起'], dateline: '北京2026年3月5日 /美通社/ --', body: ['极曜汽车今日在北京国际汽车展览会上全球首发旗舰纯电SUV。'],
    });
  });

  it('skips a newswire page\'s "News provided by" and the issuer under it', () => {
    const r = parseRelease('Northlake Grocers to open 12 new stores in Ontario\n\nNews provided by\n\nNorthlake Grocers Inc.\n\nMar 05, 2026, 07:00 ET\n\nTORONTO, March 5, 2026 /CNW/ - Northlake Grocers Inc. today announced plans to open 12 new stores.');
    expect({ subheadline: r.subheadline, location: r.dateline?.location, body: r.body }).toEqual({
      subheadline: null, location: 'TORONTO', body: ['Northlake Grocers Inc. today announced plans to open 12 new stores.'],
    });
  });

  it('skips a government portal\'s name and page furniture, dates the release by its 发布时间 line, and keeps a hard-wrapped text\'s title and subtitle apart', () => {
    const r = parseRelease('湖川省人民政府门户网站\n首页 > 政务公开 > 政务动态\n字号：大 中 小        打印本页        关闭窗口\n发布时间：2025-10-21 16:05    来源：省发展改革委\n\n我省出台支持低空经济高质量发展若干措施\n到2027年低空经济规模力争突破800亿元\n\n    10月21日，省政府新闻办举行新闻发布会，发布《湖川\n省支持低空经济高质量发展的若干措施》。');
    expect({ headline: r.headline, subheadline: r.subheadline, date: r.date }).toEqual({
      headline: '我省出台支持低空经济高质量发展若干措施', subheadline: '到2027年低空经济规模力争突破800亿元', date: '2025-10-21',
    });
  });

  it('keeps the headline under an issuer\'s name and its label, with the subtitle under it', () => {
    const r = parseRelease('晶碩光電股份有限公司\n新聞稿\n\n晶碩光電第一季營收年增32% 車用光學模組出貨創新高\n董事會通過高雄路竹新廠投資案 總金額新台幣48億元\n\n【2025年5月12日／新竹訊】晶碩光電今日召開董事會，通過第一季財務報告。');
    expect({ labels: r.labels, headline: r.headline, subheadline: r.subheadline }).toEqual({
      labels: ['新聞稿'], headline: '晶碩光電第一季營收年增32% 車用光學模組出貨創新高', subheadline: '董事會通過高雄路竹新廠投資案 總金額新台幣48億元',
    });
  });

  it('reads a label set out with spaces between its characters (新 闻 稿)', () => {
    const r = parseRelease('新 闻 稿\n\n春苗基金会获捐3000万元\n\n北京，2026年3月5日 —— 春苗基金会今日宣布获得捐赠。');
    expect({ labels: r.labels, headline: r.headline, date: r.date }).toEqual({ labels: ['新 闻 稿'], headline: '春苗基金会获捐3000万元', date: '2026-03-05' });
  });

  it('reads a label printed in two languages (新聞稿 PRESS RELEASE) and Singapore\'s 新闻文告', () => {
    const r = parseRelease('新聞稿 PRESS RELEASE\n即時發放 For Immediate Release\n\n西九海濱藝術館舉辦當代藝術展\n\n（香港，2025年10月2日）西九海濱藝術館今日宣布舉辦展覽。');
    expect({ labels: r.labels, headline: r.headline, date: r.date }).toEqual({ labels: ['新聞稿 PRESS RELEASE', '即時發放 For Immediate Release'], headline: '西九海濱藝術館舉辦當代藝術展', date: '2025-10-02' });
    expect(parseRelease('新闻文告\n\n政府拨款2亿元推动社区乐龄健身计划\n\n2025年8月12日，新加坡——政府今天宣布新计划。').labels).toEqual(['新闻文告']);
  });

  it('reads a wire page\'s date line with its source beside it (March 05, 2026 07:00 ET | Source: Acme, Inc.) as no paragraph', () => {
    const r = parseRelease('Acme Reports Positive Results\n\n- Drug met its primary endpoint at Week 12\n- Company to host a call today at 8:00 a.m. ET\n\nMarch 05, 2026 07:00 ET | Source: Acme Therapeutics, Inc.\n\nCAMBRIDGE, Mass., March 05, 2026 (GLOBE NEWSWIRE) -- Acme Therapeutics, Inc. today announced positive results.');
    expect({ dateline: r.dateline?.location, date: r.date, body: r.body }).toEqual({ dateline: 'CAMBRIDGE, Mass.', date: '2026-03-05', body: ['Acme Therapeutics, Inc. today announced positive results.'] });
  });

  it('reads a label and a date opening the first paragraph (FOR IMMEDIATE RELEASE – March 5, 2026 – …)', () => {
    const r = parseRelease('Acme Recalls Trail Mix Because of Undeclared Cashew\n\nFOR IMMEDIATE RELEASE – March 5, 2026 – Acme Foods, LLC of Grand Rapids, Michigan, is voluntarily recalling its trail mix.');
    expect({ labels: r.labels, dateline: r.dateline && [r.dateline.location, r.dateline.date], body: r.body }).toEqual({
      labels: ['FOR IMMEDIATE RELEASE'], dateline: [null, '2026-03-05'], body: ['Acme Foods, LLC of Grand Rapids, Michigan, is voluntarily recalling its trail mix.'],
    });
    // The place after the date, as the FDA prints a company's announcement, is the dateline's.
    const placed = parseRelease('Acme Recalls Trail Mix Because of Undeclared Peanuts\n\nFOR IMMEDIATE RELEASE - March 4, 2026 - DENVER, CO - Acme Foods is voluntarily recalling its trail mix.');
    expect({ labels: placed.labels, dateline: placed.dateline && [placed.dateline.location, placed.dateline.date, placed.dateline.text], body: placed.body }).toEqual({
      labels: ['FOR IMMEDIATE RELEASE'], dateline: ['DENVER, CO', '2026-03-04', 'FOR IMMEDIATE RELEASE - March 4, 2026 - DENVER, CO -'],
      body: ['Acme Foods is voluntarily recalling its trail mix.'],
    });
  });

  it('reads "For release at 2:00 p.m. EST" as an embargo, with the date on the line under it', () => {
    const r = parseRelease('For release at 2:00 p.m. EST\nMarch 18, 2026\n\nBoard issues statement on monetary policy\n\nWASHINGTON, March 18, 2026 – The Board today issued a statement.');
    expect({ embargo: r.embargo?.until, labels: r.labels, headline: r.headline }).toEqual({ embargo: '2026-03-18T14:00-05:00', labels: [], headline: 'Board issues statement on monetary policy' });
    expect(parseRelease('For release: immediately\n\nBoard issues statement\n\nWASHINGTON, March 18, 2026 – The Board today issued a statement.').embargo).toBeNull();
  });

  it('reads a heading in brackets over the highlights (【亮点】) as no subheadline', () => {
    const r = parseRelease('悦购平台公布焕新节战绩\n\n【亮点】\n1. 成交用户数同比增长31%\n2. 国产美妆品牌成交额同比增长58%\n\n2026年3月9日，杭州——悦购平台今日公布焕新节战绩。');
    expect({ subheadline: r.subheadline, highlights: r.highlights, date: r.date }).toEqual({
      subheadline: null, highlights: ['成交用户数同比增长31%', '国产美妆品牌成交额同比增长58%'], date: '2026-03-09',
    });
  });


  it('reads bullets under a summary heading after the first paragraph (重點：, "Fourth Quarter Highlights") as highlights, left in the body too', () => {
    const zh = parseRelease('新聞稿\n\n急症室輪候時間回落\n\n（2026年3月5日）管理局今日公布，急症室求診人次已逐步回落。\n\n重點：\n•\t輪候時間縮短至約兩小時四十分鐘\n•\t智能分流系統全面啟用\n\n管理局總經理何綺雯表示：「我們會繼續善用科技。」');
    const hans = parseRelease('华津智能公布2025年全年业绩\n\n（香港，2026年3月24日）华津智能今日公布全年业绩。\n\n业绩摘要：\n■ 收入按年增长18.6%\n■ 毛利率提升至27.8%\n\n回顾年内，集团收入增长。');
    const en = parseRelease('Corvane Reports Fourth Quarter Results\n\nSAN JOSE, Calif., Feb. 5, 2026 -- Corvane today announced results.\n\nFourth Quarter 2025 Financial Highlights\n\n  * Revenue of $412.6 million, up 18%\n  * ARR of $1.41 billion, up 21%\n\n"We closed 2025 strongly," said Elena Marsh, Chief Executive Officer.\n\nFiscal Year 2025 Financial Highlights\n\n  * Revenue of $1.52 billion, up 16%\n  * 318 customers above $1 million in ARR\n\nShare Repurchase Program\n\n  * Up to $500 million through 2027\n  * Funded from cash on hand');
    expect(zh.highlights).toEqual(['輪候時間縮短至約兩小時四十分鐘', '智能分流系統全面啟用']);
    expect(zh.body).toHaveLength(5);
    expect(hans.highlights).toEqual(['收入按年增长18.6%', '毛利率提升至27.8%']);
    expect(en.highlights).toEqual(['Revenue of $412.6 million, up 18%', 'ARR of $1.41 billion, up 21%', 'Revenue of $1.52 billion, up 16%', '318 customers above $1 million in ARR']);
    // A list under any other heading, or a summary's heading deep in the body, is body only.
    const late = parseRelease('Acme Opens Lab\n\nSPRINGFIELD, March 3, 2024 -- Acme opened a lab.\n\nThe lab employs 40 engineers.\n\nIt is the first outside Europe.\n\nIt opens in May.\n\nHighlights\n\n- Forty engineers\n- Open in May');
    const other = parseRelease('Acme Opens Lab\n\nSPRINGFIELD, March 3, 2024 -- Acme opened a lab.\n\nThe lab offers:\n\n- Forty benches\n- A clean room');
    expect([late.highlights, other.highlights]).toEqual([[], []]);
  });
  it('reads a listed company\'s announcement: its code line is letterhead, 关于…的公告 is its title, its list no one\'s words', () => {
    const r = parseRelease('证券代码：600873          证券简称：华川新材          公告编号：2026-012\n\n华川新材料科技股份有限公司\n关于签订重大销售合同的公告\n\n本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。\n\n重要内容提示：\n● 合同类型及金额：销售合同，合同总金额约为人民币8.62亿元（含税）。\n● 合同生效条件：双方签字盖章后生效。\n\n特此公告。\n\n华川新材料科技股份有限公司董事会\n2026年3月5日');
    expect({ headline: r.headline, subheadline: r.subheadline, about: r.about, quotes: r.quotes, date: r.date }).toEqual({
      headline: '华川新材料科技股份有限公司关于签订重大销售合同的公告', subheadline: null, about: [], quotes: [], date: '2026-03-05',
    });
  });

  it('reads numbered highlights and Chinese ones after a full-width stop', () => {
    const en = parseRelease('Acme Opens New Lab\n\n1. Lab employs 40 engineers\n2. First lab outside Europe\n\nSPRINGFIELD, Ill. (March 3, 2024) — Acme opened a lab today.');
    const zh = parseRelease('科技園推出創業支援計劃\n\n．首年支援一百家初創企業\n．提供資金及專業指導\n\n（香港，2023年10月18日）科技園公司今日宣布推出計劃。');
    expect([en.highlights, en.subheadline]).toEqual([['Lab employs 40 engineers', 'First lab outside Europe'], null]);
    expect([zh.highlights, zh.subheadline]).toEqual([['首年支援一百家初創企業', '提供資金及專業指導'], null]);
  });

  it('reads the labels of advisories and of releases for immediate distribution', () => {
    for (const label of ['For Release: Immediately', 'FOR IMMEDIATE DISTRIBUTION', 'MEDIA ALERT', 'News Advisory', 'Public Service Announcement', 'SAFETY RECALL', '传媒通告', '採訪通知']) {
      const r = parseRelease(`${label}\n\nAcme Opens Lab\n\n(Hong Kong, 5 June 2024) – Acme opened a lab.`);
      expect([r.labels, r.headline]).toEqual([[label], 'Acme Opens Lab']);
    }
  });

  it('reads a label in brackets, alone or before the headline', () => {
    const before = parseRelease('【新闻稿】科创公司推出创业支持计划\n\n（2023年10月18日，深圳）公司今日宣布推出全新的创业支持计划。');
    expect([before.labels, before.headline]).toEqual([['新闻稿'], '科创公司推出创业支持计划']);
    const [from, to] = before.spans.headline ?? [0, 0];
    expect(before.text.slice(from, to)).toBe('科创公司推出创业支持计划');
    const alone = parseRelease('[PRESS RELEASE]\n\nAcme Opens Lab\n\n(Hong Kong, 5 June 2024) – Acme opened a lab.');
    expect([alone.labels, alone.headline]).toEqual([['PRESS RELEASE'], 'Acme Opens Lab']);
    // Brackets that hold no label are part of the headline.
    expect(parseRelease('[Update] Acme Opens Lab\n\n(Hong Kong, 5 June 2024) – Acme opened a lab.').headline).toBe('[Update] Acme Opens Lab');
  });

  it('reads a Chinese embargo with Chinese numerals', () => {
    const r = parseRelease('新聞稿\n\n禁止發佈，直至二〇二四年六月五日下午三時（香港時間）\n\n基金公布報告\n\n（香港，二〇二四年六月五日）— 基金今日公布報告。');
    expect(r.embargo?.until).toBe('2024-06-05T15:00+08:00');
    expect(r.dateline?.date).toBe('2024-06-05');
  });

  it.each([
    ['Embargoed until 10:00 a.m. ET, Tuesday, March 5, 2024', '2024-03-05T10:00-05:00'],
    ['Embargoed until 10:00 a.m. Eastern Time, Tuesday, July 9, 2024', '2024-07-09T10:00-04:00'],
    ['EMBARGO: 00:01 (UK time) Wednesday 6 March 2024', '2024-03-06T00:01Z'],
    ['EMBARGO: 00:01 UK time, Wednesday 3 July 2024', '2024-07-03T00:01+01:00'],
    ['UNDER STRICT EMBARGO UNTIL 6 MARCH 2024, 00:01 CET', '2024-03-06T00:01+01:00'],
    ['請於2024年3月5日（星期二）下午3時後發佈', '2024-03-05T15:00'],
    ['不得早於2024年3月5日上午10時發布', '2024-03-05T10:00'],
    ['禁止於2024年3月5日下午3時前發佈', '2024-03-05T15:00'],
    ['此新聞稿於2024年3月5日上午10時後方可發布', '2024-03-05T10:00'],
    ['2024年3月5日下午3時後發放', '2024-03-05T15:00'],
    ['2024年3月5日下午3:30前禁止发布', '2024-03-05T15:30'],
    ['【禁发】2024年3月5日上午10时前禁止发布', '2024-03-05T10:00'],
    ['禁发时间：北京时间2024年3月5日10:00前请勿发布', '2024-03-05T10:00+08:00'],
    ['新闻禁发至：2024年3月5日 10:00（北京时间）', '2024-03-05T10:00+08:00'],
  ])('reads the embargo "%s", a seasonal zone on its day', (line, until) => {
    const r = parseRelease(`${line}\n\nAcme Opens Lab\n\n(Hong Kong, 5 March 2024) – Acme opened a lab.`);
    expect([r.embargo?.until, r.embargo?.text, r.headline]).toEqual([until, line, 'Acme Opens Lab']);
  });

  it('gives a text with no headline a null headline and a warning, never its first sentence', () => {
    const r = parseRelease('BioMap, a pioneering company at the intersection of AI and the life sciences, integrates AI with biotechnology to design proteins.\nThe ceremony took place during the summit where the partnership agreement was signed by both companies.');
    expect(r.headline).toBeNull();
    expect(r.warnings.map((w) => w.code)).toContain('no_headline');
  });

  it('does not take a byline for the headline, and reads the date a byline prints', () => {
    const r = parseRelease('PRESS RELEASE\nPrepared by Jane Doe (jane@example.org)\n\nBeetle Survey Finds Damage on One Palm in Five\n\nThe island-wide survey found damage on one coconut palm in five.');
    expect(r.headline).toBe('Beetle Survey Finds Damage on One Palm in Five');
    expect(r.body).toEqual(['The island-wide survey found damage on one coconut palm in five.']);
    const dated = parseRelease('Prepared by Jane Doe, May 23, 2021\n\nBeetle Survey Finds Damage\n\nThe survey found damage on one palm in five.');
    expect([dated.headline, dated.date]).toEqual(['Beetle Survey Finds Damage', '2021-05-23']);
    const zh = parseRelease('撰稿：陈大文\n\n科技园推出创业支持计划\n\n科技园公司今日宣布推出全新的创业支持计划，为初创企业提供资金及专业指导。');
    expect(zh.headline).toBe('科技园推出创业支持计划');
  });

  it('leaves a credit in brackets on its own line out of the body (（市发展改革委供稿）, （記者 王五 通訊員 趙六）)', () => {
    const text = '科技园推出创业支持计划\n\n科技园公司今日宣布推出全新的创业支持计划，为初创企业提供资金及专业指导。';
    for (const credit of ['（市发展改革委供稿）', '（記者 王五 通訊員 趙六）', '（来源：新华社）', '(文/张三)']) {
      expect(parseRelease(`${text}\n\n${credit}`).body).toEqual(['科技园公司今日宣布推出全新的创业支持计划，为初创企业提供资金及专业指导。']);
    }
    // A sentence in brackets is the body's.
    expect(parseRelease(`${text}\n\n（计划详情请参阅附件。）`).body).toHaveLength(2);
  });

  it('reads a headline printed above its label, and an organization\'s name above a label as a banner', () => {
    const body = '\n\nAuthor Mark Lee has published his first book, a guide to the health care debate.';
    expect(parseRelease(`PRESS RELEASE\n\nLocal Author Encourages Critical Thinking About Health Policy\n\nFor Immediate Release${body}`).headline)
      .toBe('Local Author Encourages Critical Thinking About Health Policy');
    // Short, it is the sender's name; with another title under the label, that one is the headline.
    expect(parseRelease(`Acme Corp\n\nFor Immediate Release${body}`).headline).toBeNull();
    expect(parseRelease(`Harbour Valley Books Publishing Group\n\nFor Immediate Release\n\nLocal Author Publishes Guide${body}`).headline)
      .toBe('Local Author Publishes Guide');
  });

  it('takes no date of another month than a month-only date line prints', () => {
    const release = (foot: string) =>
      parseRelease(`2017年3月\n\n科技园推出创业支持计划\n\n科技园公司今日宣布推出全新的创业支持计划，为初创企业提供资金及专业指导，计划将于下月正式展开。\n\n计划首年预计支持一百家初创企业，涵盖人工智能及生物科技等领域。\n\n${foot}`);
    // A founding date at the foot is not the release's date; a date in that month is.
    expect(release('成立：2011年6月23日').date).toBeNull();
    expect(release('2017年3月8日').date).toBe('2017-03-08');
  });

  it('reads past letterhead of short lines, handles and addresses to the headline', () => {
    const r = parseRelease('Keep #3\n\nYES\nparks\n\nKeepHarbourParks\n\n/KeepHarbourParks\n\ndonorbox.com/keepparks\n\nkeepharbourparks@gmail.com\n\nYes On #3 Coalition Answers Questions on Parks Levy\n\nResidents received a mailer this week that misstates what the parks levy on the November ballot would cost a typical household.');
    expect(r.headline).toBe('Yes On #3 Coalition Answers Questions on Parks Levy');
    expect(r.body).toEqual(['Residents received a mailer this week that misstates what the parks levy on the November ballot would cost a typical household.']);
    expect(r.contacts.map((c) => c.emails)).toEqual([['keepharbourparks@gmail.com']]);
  });

  it('does not take a site banner for the headline', () => {
    const r = parseRelease('We are creating some awesome events for you. Kindly bear with us.\n\nHKSTP Signs Co-Incubation MOU\n\nHong Kong Science and Technology Parks Corporation and a conglomerate have signed a memorandum of understanding to support start-ups in Hong Kong today.\n\nSend this to a friend');
    expect(r.headline).toBe('HKSTP Signs Co-Incubation MOU');
    expect(r.body).toHaveLength(1);
  });

  it.each([['###'], ['# # #'], ['***'], ['****'], ['***END***'], ['*** END ***'], ['-30-'], ['- End -'], ['-ENDS-'], ['完'], ['– 完 –'], ['Ends/Thursday, June 29, 2023']])('reads %s as the end mark', (mark) => {
    const r = parseRelease(`Acme Opens Lab\n\nLONDON -- Acme opened a lab in the city today, its first outside Asia.\n\n${mark}`);
    expect(r.endMark).toBe(mark);
  });

  it('keeps a subheadline on the line under the headline apart when paragraphs are one line each, an About ending in its address', () => {
    const para = '港汇地产今日公布旗下启德新盘“汇澜湾”首批价单，涉及118个单位，折实平均呎价为19,888港元，较区内同类新盘低约百分之五。';
    const about = '港汇地产控股有限公司为香港联交所上市公司，主要从事物业发展及投资业务，在香港及大湾区拥有多个住宅及商业项目。网址：www.konghui.com.hk';
    const contact = '传媒查询：\n港汇地产控股有限公司 企业传讯部\n李嘉欣小姐\n电话：+852 2123 4567\n电邮：media@konghui.com.hk';
    const r = parseRelease(`即时发布\n\n港汇地产公布启德新盘“汇澜湾”首批价单\n首批118个单位 折实平均呎价19,888港元\n\n（香港，2025年3月12日）— ${para}\n\n关于港汇地产\n${about}\n\n${contact}`);
    expect([r.headline, r.subheadline, r.body]).toEqual(['港汇地产公布启德新盘“汇澜湾”首批价单', '首批118个单位 折实平均呎价19,888港元', [para]]);
  });

  it('skips an issuer\'s name over the headline (a company, a government office), but not a headline ending in a name', () => {
    const para = '（2025年6月3日，銀川）綠源能源今日與西部電網在銀川簽署戰略合作協議，雙方將合作推進新能源項目並網。';
    for (const [top, headline, subheadline] of [
      ['新闻稿\n绿源能源集团股份有限公司\n\n绿源能源与西部电网签署战略合作协议', '绿源能源与西部电网签署战略合作协议', null],
      ['澳門特別行政區政府新聞局\n\n旅遊局公布第一季入境旅客數字 按年增長百分之十五', '旅遊局公布第一季入境旅客數字 按年增長百分之十五', null],
      ['李嘉誠基金會捐款一億予香港大學\n\n支持醫學研究', '李嘉誠基金會捐款一億予香港大學', '支持醫學研究'],
    ]) {
      const r = parseRelease(`${top}\n\n${para}`);
      expect([r.headline, r.subheadline]).toEqual([headline, subheadline]);
    }
  });

  it('reads a label with its publisher after a dash as a label, and a headline after a label and a dash as the headline', () => {
    const body = '\n\nDARWEN, 3 March 2025 – Police are appealing for witnesses after a collision on the A666.';
    const r = parseRelease(`NEWS RELEASE – West Pennine Police\n\nAppeal for witnesses after serious collision in Darwen${body}`);
    expect([r.labels, r.headline, r.subheadline]).toEqual([['NEWS RELEASE – West Pennine Police'], 'Appeal for witnesses after serious collision in Darwen', null]);
    expect(parseRelease(`PRESS RELEASE – Acme Announces Record Results${body}`).headline).toBe('PRESS RELEASE – Acme Announces Record Results');
  });

  it('skips a joint release\'s two ministers, the second\'s office after a place, to the headline', () => {
    const top = 'JOINT MEDIA RELEASE\n\nThe Hon. Catherine Whitfield MP\nMinister for Infrastructure, Transport and Regional Development\n\nThe Hon. Daniel Okafor MP\nQueensland Minister for Transport and Main Roads\n\nMonday 3 March 2025';
    const body = 'Work will begin this month on a $1.2 billion package of upgrades to the Bruce Highway between Gympie and Maryborough, jointly funded by the two governments.\n\nThe package includes 40 kilometres of new safety barriers, wider shoulders and three new overtaking lanes, with completion expected in late 2027.';
    const r = parseRelease(`${top}\n\n$1.2 billion upgrade to deliver safer Bruce Highway for regional Queensland\n\n${body}`);
    expect([r.labels, r.headline, r.subheadline, r.date]).toEqual([['JOINT MEDIA RELEASE'], '$1.2 billion upgrade to deliver safer Bruce Highway for regional Queensland', null, '2025-03-03']);
  });

  it('reads an end mark above the headline as a separator, and the one at the foot as the end mark', () => {
    const r = parseRelease('###\nAcme Opens Plant in Ohio\n\nCOLUMBUS, Ohio, March 3, 2025 -- Acme Corp. opened a plant today.\n\nIt will employ 300 people.\n\n-30-\n\nAbout Acme\nAcme makes widgets.');
    expect({ headline: r.headline, body: r.body, endMark: r.endMark }).toEqual({
      headline: 'Acme Opens Plant in Ohio', body: ['Acme Corp. opened a plant today.', 'It will employ 300 people.'], endMark: '-30-',
    });
    // The tail of a release, cut after its end mark: the mark is still the end mark.
    expect(parseRelease('###\n\nAbout Acme\nAcme makes widgets.').endMark).toBe('###');
  });

  it('reads numbered paragraphs as the body, not as highlights, and the issuer and date signed at the foot', () => {
    const first = 'The Ministry will widen subsidies for home care from 1 July 2025, to help more seniors age at home.';
    const second = '2.  About 12,000 more seniors will benefit. Households earning up to $3,600 a person will qualify.';
    const third = '3.  Minister of State Dr Tan Mei Ling said: "Most seniors want to grow old at home. This makes that easier."';
    const fourth = '4.  The caregiver grant will rise from $200 to $400 a year.';
    const r = parseRelease(`PRESS RELEASE\n\nMORE SUBSIDIES FOR HOME CARE\n\n${first}\n\n${second}\n\n${third}\n\nSupport for caregivers\n\n${fourth}\n\nMINISTRY OF HEALTH\n12 MARCH 2025`);
    expect({ headline: r.headline, subheadline: r.subheadline, highlights: r.highlights, date: r.date }).toEqual({
      headline: 'MORE SUBSIDIES FOR HOME CARE', subheadline: null, highlights: [], date: '2025-03-12',
    });
    expect(r.body).toEqual([first, second, third, 'Support for caregivers', fourth]);
    expect(r.quotes.map((q) => q.speaker?.name)).toEqual(['Tan Mei Ling']);
  });

  it('reads a run of long numbered paragraphs from 1 as the body', () => {
    const paras = [
      '1.  The Committee today adopted its report on water, after three weeks of hearings in which more than sixty witnesses from twenty countries gave evidence.',
      '2.  The report finds that one in four people still lacks safe drinking water at home, and that the share has barely moved in ten years despite new funding.',
      '3.  It asks States to publish what they spend on water each year, to consult the people affected, and to report back to the Committee within two years.',
    ];
    const r = parseRelease(`Committee adopts report on water\n\n${paras.join('\n\n')}`);
    expect({ highlights: r.highlights, body: r.body }).toEqual({ highlights: [], body: paras });
  });

  it('keeps a short numbered list under the headline as highlights', () => {
    const r = parseRelease('Acme Opens Three Labs\n\n1. A lab in Leeds for batteries\n2. A lab in Lyon for solar cells\n3. A lab in Porto for wind\n\nLONDON, March 3, 2025 -- Acme opened three labs today.');
    expect(r.highlights).toEqual(['A lab in Leeds for batteries', 'A lab in Lyon for solar cells', 'A lab in Porto for wind']);
  });

  it('skips a reference number and a "Date:" line above the headline, and ends the body at "Notes to editors"', () => {
    const first = 'One in five rivers tested last summer was unsafe for swimming, according to a study published today.';
    const r = parseRelease(`FOR RELEASE: 12 March 2025\nRef: PR/2025/012\nDate: 12 March 2025\n\nNEW STUDY FINDS ONE IN FIVE RIVERS UNSAFE\n\nReport calls for tougher limits on sewage\n\n${first}\n\nNotes to editors\n1. The study tested 412 sites.\n2. The report is at www.rivers.example.org.`);
    expect({ labels: r.labels, headline: r.headline, subheadline: r.subheadline, dateline: r.dateline, date: r.date, body: r.body }).toEqual({
      labels: ['FOR RELEASE'], headline: 'NEW STUDY FINDS ONE IN FIVE RIVERS UNSAFE', subheadline: 'Report calls for tougher limits on sewage', dateline: null, date: '2025-03-12', body: [first],
    });
  });

  it('reads a place or name printed alone under the top date as no headline, and keeps a short headline over the text', () => {
    const r = parseRelease('Press release\n12 March 2025\nBrussels\n\nCommission proposes new rules to cut packaging waste\n\nToday, the Commission proposed new rules to cut packaging waste across the EU.');
    expect([r.headline, r.subheadline, r.date]).toEqual(['Commission proposes new rules to cut packaging waste', null, '2025-03-12']);
    // A place the tables know, printed alone there, is the dateline's.
    expect(r.dateline).toMatchObject({ location: 'Brussels', date: null, text: 'Brussels' });
    const short = parseRelease('12 March 2025\n\nAcme Rebrands\n\nAcme today changed its name to Acme Global, to reflect its work in forty countries.');
    expect([short.headline, short.body.length]).toEqual(['Acme Rebrands', 1]);
  });

  it('takes the date from a government "Ends/" trailer', () => {
    const r = parseRelease('Scheme opens\n*************\n\nThe Government announced today that the scheme opens for applications.\n\nEnds/Thursday, June 29, 2023\nIssued at HKT 15:30\n\nNNNN');
    expect(r.date).toBe('2023-06-29');
    expect(r.body).toEqual(['The Government announced today that the scheme opens for applications.']);
  });
});

describe('language', () => {
  it.each([
    ['Acme Opens Lab\n\nLONDON -- Acme opened a lab in the city today, and the lab will hire staff.', 'en'],
    ['香港科技園公司與阿斯利康「升級」合作\n\n（香港，2023 年 4 月 4 日）— 香港科技園公司宣布加強與國際知名生物科技公司阿斯利康的合作夥伴關係，務求將香港和大灣區發展成生命科學創新基地。', 'zh-Hant'],
    ['香港科技园公司与药明合联携手推动香港生物偶联药发展\n\n（香港，2023 年 10 月 18 日） - 香港科技园公司与国际知名的生物偶联药合同研究、开发与制造服务公司药明合联签署合作框架协议。', 'zh-Hans'],
    ['株式会社テストは、新しいサービスの提供を開始しました。詳しくはウェブサイトをご覧ください。お問い合わせは広報部までお願いします。', 'ja'],
    ['Communiqué de presse\n\nStrasbourg, le 5 juin 2019 – La French Tech Alsace est lancée et les entreprises de la région sont invitées à rejoindre le réseau dans les mois qui viennent.', 'fr'],
  ])('detects %#', (text, lang) => {
    const r = parseRelease(text);
    expect(r.language).toBe(lang);
    expect(r.warnings.some((w) => w.code === 'unsupported_language')).toBe(!['en', 'zh-Hant', 'zh-Hans'].includes(lang));
  });

  it('gives a bilingual file the language of the release read, whichever half is longer in characters', () => {
    const en = 'HKSTP Launches Green Tech Fund\n\n(Hong Kong, 12 March 2025) – Hong Kong Science and Technology Parks Corporation (HKSTP) today launched a HK$100 million fund for green technology start-ups.\n\n"Green tech is where Hong Kong can lead," said Albert Wong, CEO of HKSTP.\n\n– End –';
    const zh = '香港科技園公司推出綠色科技基金\n\n（香港，2025年3月12日）香港科技園公司（科技園公司）今日推出一億港元基金，支持綠色科技初創企業，協助它們把研究成果推出市場。\n\n科技園公司行政總裁黃克強表示：「綠色科技是香港可以領先的領域。」\n\n– 完 –';
    for (const [text, language, headline] of [[`${en}\n\n${zh}`, 'en', 'HKSTP Launches Green Tech Fund'], [`${zh}\n\n${en}`, 'zh-Hant', '香港科技園公司推出綠色科技基金']]) {
      const r = parseRelease(text!);
      expect([r.language, r.headline]).toEqual([language, headline]);
    }
  });

  it('reads the place of a dateline in another language without the word before its date', () => {
    for (const [line, location] of [['Paris, le 12 mars 2025', 'Paris'], ['Berlin, den 12. März 2025', 'Berlin'], ['Madrid, a 12 de marzo de 2025', 'Madrid']]) {
      const r = parseRelease(`${line}\n\nLa Fondation lance un programme\n\nLa Fondation annonce aujourd'hui le lancement d'un programme de bourses pour 200 étudiants de la région.`);
      expect(r.dateline).toMatchObject({ location, date: '2025-03-12', text: line });
    }
  });

  it('reads a Japanese release\'s headline under its issuer\'s name, and its contact block out of the body', () => {
    const r = parseRelease('報道関係各位\n\n2025年4月10日\n株式会社サクラテック\n\nサクラテック、製造業向けAI検査システム「ミエル」を発売\n\n株式会社サクラテックは、製造業向けのAI外観検査システム「ミエル」を2025年5月1日に発売します。\n\n【本件に関するお問い合わせ】\n株式会社サクラテック 広報部 佐藤\nTEL：03-1234-5678\nE-mail：pr@sakuratech.example');
    expect({ headline: r.headline, subheadline: r.subheadline, date: r.date, body: r.body.length }).toEqual({
      headline: 'サクラテック、製造業向けAI検査システム「ミエル」を発売', subheadline: null, date: '2025-04-10', body: 1,
    });
    expect(r.contacts.map((c) => [c.phones, c.emails])).toEqual([[['03-1234-5678'], ['pr@sakuratech.example']]]);
    // 報道関係者各位 over the date and the issuer, and a heading ending in 先】 (お問い合わせ先: where to ask).
    const ja = parseRelease('報道関係者各位\n2026年3月4日\n株式会社サクラロボティクス\n\nサクラロボティクス、自律搬送ロボットの新モデルを発表\n\n株式会社サクラロボティクスは、本日、自律搬送ロボット「SR-500」を発表しました。\n\n【本件に関するお問い合わせ先】\n株式会社サクラロボティクス 広報部\nTEL：03-1234-5678');
    expect({ labels: ja.labels, headline: ja.headline, body: ja.body.length }).toEqual({ labels: ['報道関係者各位'], headline: 'サクラロボティクス、自律搬送ロボットの新モデルを発表', body: 1 });
    expect(ja.contacts.map((c) => [c.organization, c.phones])).toEqual([['株式会社サクラロボティクス 広報部', ['03-1234-5678']]]);
  });

  it('still reads date, links and e-mails of a release in another language', () => {
    const r = parseRelease('Communiqué de presse\n\nLa French Tech Alsace est lancée\n\nStrasbourg, le 5 juin 2019 – La French Tech Alsace est lancée et les entreprises sont invitées à rejoindre le réseau.\n\nContact : presse@frenchtech-alsace.fr – www.frenchtech-alsace.fr');
    expect(r.date).toBe('2019-06-05');
    expect(r.links).toEqual(['www.frenchtech-alsace.fr']);
    expect(r.contacts.flatMap((c) => c.emails)).toEqual(['presse@frenchtech-alsace.fr']);
  });

  it('reads more house styles\' tops: 供即時發放, a regulatory release under its issuer, a letterhead, a breadcrumb, a subtitle set off on both sides', () => {
    const hk = parseRelease('新聞稿\n供即時發放\n\n設計局計劃正式啟動\n－為期三年的計劃總預算達一億二千萬港元－\n\n（香港，2026年3月16日）設計局今日舉行啟動儀式。');
    expect([hk.labels, hk.headline, hk.subheadline]).toEqual([['新聞稿', '供即時發放'], '設計局計劃正式啟動', '為期三年的計劃總預算達一億二千萬港元']);
    // 媒体通稿, as an H-share issuer heads its release.
    expect(parseRelease('媒体通稿\n\n华津智能公布2025年全年业绩\n\n（香港，2026年3月24日）华津智能今日公布全年业绩。').labels).toEqual(['媒体通稿']);
    // A Nordic exchange's release: the issuer with its legal form over the labels, the headline under the time.
    const nordic = parseRelease('Nordvik Marine Systems AB (publ)\nRegulatory release\nInside information\n27 February 2026 08:00 CET\n\nNordvik Marine Systems receives order worth SEK 640 million\n\nNordvik Marine Systems AB (publ) has today signed an agreement with a ferry operator.');
    expect([nordic.labels, nordic.headline, nordic.subheadline]).toEqual([['Regulatory release', 'Inside information'], 'Nordvik Marine Systems receives order worth SEK 640 million', null]);
    // A Japanese company's letterhead: the label, the date, the company and its code; a subtitle between tildes.
    const jp = parseRelease('NEWS RELEASE\nMarch 10, 2026\nKagawa Precision Industries, Ltd.\n(TSE Prime: 6487)\n\nKagawa Precision Develops Separator Film for Solid-State Batteries\n~ Mass production to begin in fiscal 2027 ~\n\nKagawa Precision Industries, Ltd. announced today that it has developed a separator film.');
    expect([jp.headline, jp.subheadline]).toEqual(['Kagawa Precision Develops Separator Film for Solid-State Batteries', 'Mass production to begin in fiscal 2027']);
    // The issuer's name in Chinese, then in English, over the headline.
    const sg = parseRelease('媒体文告\n即时发布\n\n新加坡华族文化传承基金会\nSingapore Chinese Heritage Foundation\n\n“牛车水记忆”华族文化节4月登场\n\n新加坡，2026年3月9日——新加坡华族文化传承基金会（简称“传承基金会”）今天宣布，第八届“牛车水记忆”华族文化节将于4月17日至26日在牛车水一带举行，今年文化节以“乡音·乡情”为主题。\n\n文化节期间将举办十场方言小剧场演出，并与28家会馆合作举办会馆开放日，公众可参观平时不对外开放的会馆祠堂。');
    expect([sg.headline, sg.subheadline]).toEqual(['“牛车水记忆”华族文化节4月登场', null]);
    // A government page's breadcrumb over the headline, in either language.
    const crumb = parseRelease('当前位置：首页>政务公开>媒体看绵阳\n\n绵阳推出科技城人才安居新政\n\n新华社绵阳2026年3月6日电 绵阳市今日发布人才安居新政。');
    expect([crumb.headline, crumb.subheadline]).toEqual(['绵阳推出科技城人才安居新政', null]);
    const skip = parseRelease('Skip to main content\n\nYou are here: Home > News\n\nKestrels complete signing of Mateo Rinaldi\n\nLONDON, Jan. 30, 2026 -- Kestrel Vale Football Club is delighted to announce a signing.');
    expect([skip.headline, skip.subheadline]).toEqual(['Kestrels complete signing of Mateo Rinaldi', null]);
  });

  it('reads the title of a web page copied as text under its menu, breadcrumbs and section name, not over its share buttons', () => {
    const page = parseRelease('Skip to main content\nTickets\nShop\nHarbour City FC\n\nHome  >  News  >  Club News\n\nCLUB NEWS\n\nHarbour City sign winger Tom Reyes\n\nThe 22-year-old joins from Eastport United on a four-year deal\n\nBy Club Media\nTue 3 Mar 2026, 10:00\n\nShare\nFacebook\nX\nWhatsApp\nCopy link\n\nHarbour City FC has signed winger Tom Reyes from Eastport United for an undisclosed fee.\n\nReyes scored nine goals last season.');
    expect([page.headline, page.subheadline, page.dateline, page.date, page.body]).toEqual([
      'Harbour City sign winger Tom Reyes', 'The 22-year-old joins from Eastport United on a four-year deal', null, '2026-03-03',
      ['Harbour City FC has signed winger Tom Reyes from Eastport United for an undisclosed fee.', 'Reyes scored nine goals last season.'],
    ]);
    // Crumbs set apart by slashes, the last the page's own title, under the newsroom's name.
    const slashes = parseRelease('Bluewater Airways Newsroom\nHome / Press Releases / Bluewater Airways Adds Nonstop Service to Lisbon and Cancún\n\nBluewater Airways Adds Nonstop Service from Charlotte to Lisbon\n\nCHARLOTTE, N.C. – Jan. 27, 2026 – Bluewater Airways today announced a new nonstop route.');
    expect([slashes.headline, slashes.date, slashes.body.length]).toEqual(['Bluewater Airways Adds Nonstop Service from Charlotte to Lisbon', '2026-01-27', 1]);
    // A headline printed above the breadcrumbs stays the headline.
    const above = parseRelease('Harbour City sign winger Tom Reyes from Eastport United\n\nHome > News > Club News\n\nHarbour City FC has signed winger Tom Reyes from Eastport United for an undisclosed fee.');
    expect([above.headline, above.body]).toEqual(['Harbour City sign winger Tom Reyes from Eastport United', ['Harbour City FC has signed winger Tom Reyes from Eastport United for an undisclosed fee.']]);
    // A trail printed one item a line under "You are here:", and a site's bilingual banner over its search and
    // menu: the headline is the title under the trail, however wide the banner, and however short the headline.
    for (const title of ['Ottawa invests $48 million to restore prairie wetlands and reduce flood risk', 'Ottawa funds prairie wetland restoration']) {
      const trail = parseRelease(`Government of Canada / Gouvernement du Canada\n\nSearch\n\nMenu\n\nYou are here:\n\nCanada.ca\nInfrastructure and Waterways Canada\nNews\n\n${title}\n\nNews release\n\nMarch 4, 2026 – Ottawa, Ontario – Restoring wetlands holds back spring runoff.`);
      expect([trail.labels, trail.headline, trail.subheadline, trail.dateline?.location, trail.date, trail.body]).toEqual([
        ['News release'], title, null, 'Ottawa, Ontario', '2026-03-04', ['Restoring wetlands holds back spring runoff.'],
      ]);
    }
  });


  it('skips a site\'s menu, search and language switch (Gaeilge, 繁體) above the headline, and an "Email" share button over the dateline', () => {
    const page = parseRelease('Skip to main content\nGaeilge\nSearch\nMenu\n\nHome\nDepartment of Island Affairs\nPress releases\n\nPress release\nMinister announces €12.4 million for island ferries\nFrom: Department of Island Affairs\nPublished on: 10 March 2026\n\nThe Minister for Island Affairs has today announced funding of €12.4 million for ferry services.');
    expect([page.labels, page.headline, page.subheadline, page.body]).toEqual([
      ['Press release'], 'Minister announces €12.4 million for island ferries', null, ['The Minister for Island Affairs has today announced funding of €12.4 million for ferry services.'],
    ]);
    const shared = parseRelease('Hartwell Pryce promotes seven to partnership\n\nLargest partner round in the firm\'s history\n\nShare\nLinkedIn\nX\nEmail\n\nLONDON, 2 March 2026 – Hartwell Pryce LLP has promoted seven lawyers.');
    expect([shared.subheadline, shared.dateline?.location, shared.date, shared.body]).toEqual([
      'Largest partner round in the firm\'s history', 'LONDON', '2026-03-02', ['Hartwell Pryce LLP has promoted seven lawyers.'],
    ]);
    const zh = parseRelease('繁體\n搜索\n\n城市公園新增三條單車徑\n\n（香港，2026年3月5日）康樂署今日宣布新增三條單車徑。');
    expect([zh.headline, zh.subheadline]).toEqual(['城市公園新增三條單車徑', null]);
  });

  it('skips a site\'s name over its menu printed on one line (bars, wide gaps, full-width spaces), but keeps a headline over a share bar', () => {
    const en = parseRelease('CRESCENDO ROW RECORDS\nArtists  Releases  News  Store  Contact\n\nMarisol Devereaux Signs With Crescendo Row\n\nLead single out today on all platforms\n\nLOS ANGELES (March 18, 2025) — Marisol Devereaux has signed a recording deal.');
    expect([en.headline, en.subheadline, en.date]).toEqual(['Marisol Devereaux Signs With Crescendo Row', 'Lead single out today on all platforms', '2025-03-18']);
    const hant = parseRelease('遠聯電信 FarLink Telecom\n個人用戶｜企業用戶｜關於遠聯｜投資人關係｜新聞中心\n\n遠聯電信說明行動上網異常事件 主動提供用戶補償\n\n（台北，2025年7月8日）遠聯電信今日說明7日晚間行動上網異常的原因。');
    expect([hant.headline, hant.subheadline]).toEqual(['遠聯電信說明行動上網異常事件 主動提供用戶補償', null]);
    const hans = parseRelease('MAISON LORÉAN 罗岚之家\n品牌故事　系列　门店　新闻中心　会员\n\n罗岚之家上海旗舰店开幕\n\n2025年3月20日，上海——罗岚之家今日宣布上海旗舰店开幕。');
    expect([hans.headline, hans.subheadline, hans.date]).toEqual(['罗岚之家上海旗舰店开幕', null, '2025-03-20']);
    const shared = parseRelease('Acme Opens Lab\nShare  Facebook  LinkedIn  X  Email\n\nHONG KONG, March 4, 2026 -- Acme opened a lab.');
    expect([shared.headline, shared.body]).toEqual(['Acme Opens Lab', ['Acme opened a lab.']]);
  });

  it('skips a letterhead\'s paragraph over the label, an issuer\'s name over the top date, and an office over a label', () => {
    const trust = parseRelease('KESTREL LOGISTICS TRUST\n(a real estate investment trust constituted on 2 May 2016 under the laws of Singapore)\nManaged by Kestrel Logistics Trust Management Pte. Ltd.\n\nNEWS RELEASE\n\nKestrel Logistics Trust Delivers DPU of 4.12 Cents\n\nSingapore, 29 January 2025 – The manager of Kestrel Logistics Trust announced its results today.');
    expect([trust.labels, trust.headline, trust.dateline?.location, trust.body.length]).toEqual([['NEWS RELEASE'], 'Kestrel Logistics Trust Delivers DPU of 4.12 Cents', 'Singapore', 1]);
    const club = parseRelease('香港騰駿會\n\n2025年10月5日\n\n騰駿會新馬季揭幕日投注額創五年新高\n慈善信託基金撥款十二億元支持安老服務\n\n騰駿會今日於沙田馬場舉行馬季揭幕賽馬日，全日入場人數達八萬人次。');
    expect([club.headline, club.subheadline, club.date]).toEqual(['騰駿會新馬季揭幕日投注額創五年新高', '慈善信託基金撥款十二億元支持安老服務', '2025-10-05']);
    const en = parseRelease('Harbour Racing Club\n\n5 October 2025\n\nRecord Turnover on Opening Day\n\nThe club welcomed 81,200 racegoers to Sha Tin today.');
    expect([en.headline, en.date]).toEqual(['Record Turnover on Opening Day', '2025-10-05']);
    // A headline of few words over the date stays the headline.
    const short = parseRelease('Acme Opens Lab\n\n5 October 2025\n\nAcme opened its first lab in Hong Kong today, with forty engineers.');
    expect(short.headline).toBe('Acme Opens Lab');
    const office = parseRelease('City of Lanark Rapids | Ville de Lanark Rapids\nOffice of the City Clerk – Elections Services\n\nNEWS RELEASE\n\nVoters can cast ballots online in the October by-election\n\nAdvance voting runs September 29 to October 4\n\nLANARK RAPIDS, ON, September 15, 2025 – Electors in Ward 7 will be able to vote online.');
    expect([office.headline, office.subheadline]).toEqual(['Voters can cast ballots online in the October by-election', 'Advance voting runs September 29 to October 4']);
  });

  it('reads a Chinese news page\'s trail ending in 新聞稿 as no label, and its page counter and font-size switch as chrome', () => {
    const tw = parseRelease('首頁 > 市政新聞 > 新聞稿\n\n海崗市公車路線大改版 4月1日起新增12條幹線公車\n發布日期：2026-03-05\n點閱次數：2,418\n\n　　海崗市政府交通局今（5）日公布全市公車路網調整計畫。');
    expect([tw.labels, tw.headline, tw.subheadline, tw.date]).toEqual([[], '海崗市公車路線大改版 4月1日起新增12條幹線公車', null, '2026-03-05']);
    const cn = parseRelease('沅川新闻网>>时政>>正文\n\n沅川市发布民生实事清单\n\n2026年03月07日08:15 | 来源：沅川日报\n小字号\n分享到：\n\n本报讯（记者 王海燕）昨天，沅川市政府正式发布2026年民生实事项目清单。');
    expect([cn.headline, cn.subheadline, cn.body]).toEqual(['沅川市发布民生实事清单', null, ['昨天，沅川市政府正式发布2026年民生实事项目清单。']]);
  });

  it('reads a bare release number ("No. 07/2026") printed beside the label as no headline', () => {
    const gap = ' '.repeat(40);
    const r = parseRelease(`CENTRAL BANK OF MARROVIA\nMonetary Policy Committee\n\n\nPress Release${gap}No. 07/2026\n${gap}11 March 2026\n\n\nMONETARY POLICY DECISION\n\nPolicy rate lowered by 25 basis points to 4.00 per cent\n\n\n1.   At its meeting concluded on 11 March 2026, the Monetary Policy Committee\n     decided to lower the policy rate by 25 basis points to 4.00 per cent.`);
    expect([r.labels, r.headline, r.subheadline, r.date]).toEqual([['Press Release'], 'MONETARY POLICY DECISION', 'Policy rate lowered by 25 basis points to 4.00 per cent', '2026-03-11']);
  });

  it('reads a run of short lines at the very top of a page (its menu) as chrome, not the headline and its subtitle', () => {
    // Paragraphs on one line each, as a page copied as text gives them: each menu item is a block of its own.
    const para = 'Today we are announcing our $18 million Series A, led by Northgate Ventures, with participation from our existing investors, to bring real-time reconciliation to every mid-market finance team.';
    const r = parseRelease(`Ledgerline\nProduct\nSolutions\nCustomers\nPricing\nBlog\nLog in\nBook a demo\n\n← Back to blog\nCompany news\n\nWe raised $18M to end the month-end scramble\n\n${para}\n\n${para}`);
    expect([r.headline, r.body]).toEqual(['We raised $18M to end the month-end scramble', [para, para]]);
    // A letterhead of three short lines over the headline stays apart from it, as before.
    const letterhead = parseRelease('Hon Tama Rāwiri\nMinister of Conservation\n\nMEDIA STATEMENT\n\n$28 million to make four Hauraki Gulf islands predator-free\n\nThe Government will invest $28 million over four years.');
    expect(letterhead.headline).toBe('$28 million to make four Hauraki Gulf islands predator-free');
  });

  it('reads a newsroom\'s menu as chrome when its items the tables know are as many as those they do not, and an About item in it as no About section', () => {
    const para = 'Veridia Therapeutics, Inc. today announced positive topline results from its Phase 2 trial of VRD-214 in adults with primary sclerosing cholangitis.';
    const bw = parseRelease(`Skip to main content\nBusiness Wire\nNewsroom\nSolutions\nResources\nLog In\nSign Up\nSearch\n\nVeridia Therapeutics Reports Positive Topline Results from Phase 2 Trial\n\nVRD-214 met primary endpoint at Week 24\n\nCAMBRIDGE, Mass.--(BUSINESS WIRE)--${para}\n\n${para}`);
    expect([bw.headline, bw.subheadline, bw.dateline?.location]).toEqual(['Veridia Therapeutics Reports Positive Topline Results from Phase 2 Trial', 'VRD-214 met primary endpoint at Week 24', 'CAMBRIDGE, Mass.']);
    // 關於恒大 among the menu's items had opened an About section that took the whole release; 友善列印 and 下載相片
    // are a page's buttons.
    const hk = parseRelease('跳至主要內容\n香港恒理大學\n主頁\n關於恒大\n學系及課程\n研究\n新聞中心\n新聞中心 > 新聞稿\n即時發佈\n2026年3月4日\n友善列印\n\n恒理大學研發低成本海水淡化薄膜\n\n香港恒理大學（恒大）研究團隊成功研發新型海水淡化薄膜，生產成本僅為現有商用薄膜約三分之一。\n\n團隊已在西貢一個試驗站連續運作新薄膜六個月。\n\n下載相片');
    expect([hk.labels, hk.headline, hk.date, hk.about, hk.body.length, hk.contacts]).toEqual([['即時發佈'], '恒理大學研發低成本海水淡化薄膜', '2026-03-04', [], 2, []]);
  });

  it('skips a government site\'s banner, its address as its name, account links, a link back and a wire\'s name over the menu', () => {
    const para = 'Twelve flood-prone communities will share $64 million over the next four years to strengthen their stopbanks.';
    const gov = parseRelease(`Skip to main content\nBeehive.govt.nz\nThe official website of the New Zealand Government\nSearch\nHome   Releases   Speeches   Features   Ministers\n\nFunding boost to protect flood-prone communities\n\n5 March 2026\n\nHon Tama Whitcombe\nEmergency Management and Recovery\n\n${para}\n\n${para}`);
    // The minister's name and portfolio under the date are no subtitle.
    expect([gov.headline, gov.subheadline, gov.date, gov.body[0]]).toEqual(['Funding boost to protect flood-prone communities', null, '2026-03-05', para]);
    const blog = parseRelease(`Lumenhive\nProduct   Solutions   Pricing   Customers   Blog   Docs\nSign in   Start free trial\n\n← Back to blog\n\nIntroducing Lumenhive Replay\n\nMarch 4, 2026 · 5 min read\n\nPriya Raman\nCo-founder & CEO\n\n${para}`);
    expect([blog.headline, blog.subheadline, blog.date]).toEqual(['Introducing Lumenhive Replay', null, '2026-03-04']);
    const wire = parseRelease(`PR Newswire\nNews   Products   Contact   Sign In\n\nSuryoday Cables Commissions Greenfield Plant in Gujarat\n\n09 Mar, 2026, 11:30 IST\n\nNEW DELHI, March 9, 2026 /PRNewswire/ -- ${para}`);
    expect([wire.headline, wire.date, wire.dateline?.location]).toEqual(['Suryoday Cables Commissions Greenfield Plant in Gujarat', '2026-03-09', 'NEW DELHI']);
    const state = parseRelease(`An official website of the State of Vermillion\nOffice of Governor Marcus T. Delacroix\n\nFOR IMMEDIATE RELEASE\nContact: Press Office, (555) 555-0147\n\nGovernor Signs Rural Broadband Act\n\nMarch 4, 2026\n\nSPRINGTON – ${para}`);
    expect([state.labels, state.headline, state.date, state.body.length]).toEqual([['FOR IMMEDIATE RELEASE'], 'Governor Signs Rural Broadband Act', '2026-03-04', 1]);
    // A ministry's name over the headline is its issuer.
    expect(parseRelease('媒体文告\n人力与技能部\n\n政府推出职场心理健康伙伴计划\n\n新加坡，2026年3月4日——人力与技能部今天宣布推出计划。').headline).toBe('政府推出职场心理健康伙伴计划');
  });

  it('skips a page\'s accessibility links and a forwarded e-mail\'s header, and reads a credited caption with no label', () => {
    const para = 'The Harlow Foundation today announced $2.4 million in new grants to three nonprofit organizations in the Delta.';
    const page = parseRelease(`Skip to main content\nSkip to "About government"\n\nLanguage selection\nFrançais\n\nSearch Canada.ca\n\nFoundation awards $2.4 million for rural health\n\nPosted on March 4, 2026 by Communications Team\n\nA nurse checks a patient's blood pressure aboard a mobile clinic. (Photo courtesy of Delta Mobile Clinics)\n\n${para}`);
    expect([page.headline, page.subheadline, page.captions.map((c) => c.label)]).toEqual(['Foundation awards $2.4 million for rural health', null, [null]]);
    const mail = parseRelease(`From: Corporate Communications <corpcomms@serimahkota.example.my>\nSent: Wednesday, 4 March 2026 10:12 AM\nTo: newsdesk@bizwire.example.com\nSubject: [PRESS RELEASE] Seri Mahkota signs solar deal\n\nPRESS RELEASE\n\nSERI MAHKOTA SIGNS SOLAR DEAL\n\nKUALA LUMPUR, 4 March 2026 – ${para}\n\nGroup Managing Director of Seri Mahkota Energy Berhad, Dato' Sri Ahmad Faizal Hashim said, "This agreement marks the largest contract in our history."`);
    expect([mail.headline, mail.contacts.length, mail.quotes[0]?.speaker]).toEqual(['SERI MAHKOTA SIGNS SOLAR DEAL', 0, { name: 'Ahmad Faizal Hashim', honorific: "Dato' Sri", title: 'Group Managing Director', organization: 'Seri Mahkota Energy Berhad' }]);
  });

  it('skips an e-mail\'s cover note over the release it sends: its salutation, its lines and signature, to the rule or label', () => {
    const en = parseRelease('Dear colleague,\n\nPlease see below a press release from Hearthlight on new research. Please note the embargo. Our chief executive is available for interviews.\n\nKind regards,\nAisha\n\nAisha Rahman | Senior Media Officer | Hearthlight\n\n________________________________\n\nPRESS RELEASE\nEMBARGOED UNTIL 00:01 BST Tuesday 14 May 2024\n\nOne in five older renters skipping meals to keep the heating on\n\nCharity calls for help with winter bills\n\nLondon, 14 May 2024 – More than one in five older renters skipped meals this winter.');
    expect([en.labels, en.headline, en.subheadline, en.dateline?.location, en.body]).toEqual([
      ['PRESS RELEASE'], 'One in five older renters skipping meals to keep the heating on', 'Charity calls for help with winter bills', 'London', ['More than one in five older renters skipped meals this winter.'],
    ]);
    const zh = parseRelease('各位傳媒朋友：\n\n您好！現附上本會新聞稿，敬希垂注及報道。\n\n祝 工作愉快\n陳小姐\n\n新聞稿\n\n晴天協會推出「暖心來電」義工計劃\n\n（香港，2024年10月3日）晴天協會今日公布調查結果。');
    expect([zh.labels, zh.headline, zh.body]).toEqual([['新聞稿'], '晴天協會推出「暖心來電」義工計劃', ['晴天協會今日公布調查結果。']]);
    // With no rule or label under it, an e-mail that opens so is the release, read as one.
    const whole = parseRelease('Dear colleague,\n\nAcme opens its first lab in Hong Kong\n\nHONG KONG, 5 June 2024 – Acme opened a lab today.');
    expect([whole.headline, whole.body]).toEqual(['Acme opens its first lab in Hong Kong', ['Acme opened a lab today.']]);
    // Under a mail's headers, its subject wrapped at the mail's width: the line under it is the subject's rest.
    const wrapped = parseRelease('From: Rose Mwangi <rose.mwangi@tideline.example.org>\nSent: Monday, 4 March 2024 08:15\nTo: desk@coastnews.example.com\nSubject: PRESS RELEASE: Fishing families on the Kenyan coast lose a third\nof their catch\n\nDear editors,\n\nPlease find below a statement from Tideline for immediate use. Our director is\navailable for interviews today in Mombasa.\n\nKind regards,\nRose\n\n---\n\nFOR IMMEDIATE RELEASE\n\nFishing families on the Kenyan coast lose a third of their catch\n\nMOMBASA, Kenya, 4 March 2024 – Small-scale fishing families along the Kenyan\ncoast have lost a third of their catch in five years, a survey by Tideline\nfound.');
    expect([wrapped.labels, wrapped.headline, wrapped.subheadline, wrapped.date]).toEqual([['FOR IMMEDIATE RELEASE'], 'Fishing families on the Kenyan coast lose a third of their catch', null, '2024-03-04']);
  });

  it('reads a club\'s page: its name and "Official Website of …" over the menu, a banner of items ending in a call to action, and footer links under "Contact us"', () => {
    const r = parseRelease('KESTREL VALE FC\nOfficial Website of Kestrel Vale Football Club\n\nTickets\nShop\nNews\nFixtures\nSquad\nSign in\n\nNEXT MATCH: Kestrel Vale v Ashby Town | Sat 3 August, 15:00 | Pre-season friendly | Buy tickets\n\nKestrel Vale sign midfielder Owen Hale\n\nMonday 1 July 2024\n\nKestrel Vale is pleased to announce the signing of midfielder Owen Hale on a two-year contract.\n\nClub\nContact us\nCareers\nAccessibility\nPrivacy Policy\n© 2024 Kestrel Vale Football Club');
    expect({ headline: r.headline, date: r.date, contacts: r.contacts }).toEqual({ headline: 'Kestrel Vale sign midfielder Owen Hale', date: '2024-07-01', contacts: [] });
  });

  it('reads a blog post\'s page: a lone "·" between its controls is no highlight, and the post\'s title is the headline', () => {
    const r = parseRelease('Open in app\n\nSign up\n\nSign in\n\nWrite\n\nFerncastle Stories\n·\nFollow publication\n\nIntroducing Ferncastle: same-day pay for seasonal farm crews\nWe raised a seed round to help growers pay pickers at the end of every shift\n\nJordan Pike\nFollow\n5 min read\n·\nMar 12, 2024\n\nEvery harvest season, roughly half a million seasonal workers move through the orchards and packing sheds of the Central Valley.');
    expect([r.headline, r.highlights, r.date]).toEqual(['Introducing Ferncastle: same-day pay for seasonal farm crews', [], '2024-03-12']);
  });

  it('reads a menu under the site\'s name, however wide that name, as chrome: the headline is the title under it', () => {
    const r = parseRelease('Press Information Bureau - Government of the Republic of Varuna\n\nSkip to main content\nScreen Reader Access\nA-  A  A+\n\nHome\nReleases\nPhotos\nBackgrounders\n\nMinistry of Coastal Affairs\n\nPosted On: 14 MAY 2024 2:10PM by PIB Varuna\n\nMinister launches drive to restore 2,000 mangrove sites before monsoon\n\nDrive to cover 40 coastal districts\n\nThe Minister of Coastal Affairs launched a nationwide drive to restore mangrove sites at a workshop held today.');
    expect([r.headline, r.subheadline, r.date]).toEqual(['Minister launches drive to restore 2,000 mangrove sites before monsoon', 'Drive to cover 40 coastal districts', '2024-05-14']);
  });

  it('reads a wire\'s announcement page: the company and section lines over "RNS Number : …" are no headline', () => {
    const r = parseRelease('London Stock Exchange\nMarkets  |  News  |  Regulatory News  |  My Account\n\nCarnmore Energy PLC (CME)\nRegulatory News\nReleased 07:00:04 22 May 2024\n\nRNS Number : 4821K\nCarnmore Energy PLC\n22 May 2024\n\nCarnmore-2 Appraisal Well Flows at 4,150 boepd\n\nCarnmore Energy PLC, the independent oil and gas company focused on the Central North Sea, is pleased to announce the results of the test.');
    expect([r.headline, r.subheadline, r.date]).toEqual(['Carnmore-2 Appraisal Well Flows at 4,150 boepd', null, '2024-05-22']);
  });

  it('reads "STATEMENT" over the date line as a label', () => {
    const r = parseRelease('Media Room > Media Statements\n\nSTATEMENT\n\n18 July 2024\n\nMinister announces bulk water scheme for Thabanang\n\nThe Minister of Water and Sanitation has today announced a bulk water scheme.');
    expect([r.labels, r.headline, r.date]).toEqual([['STATEMENT'], 'Minister announces bulk water scheme for Thabanang', '2024-07-18']);
  });

  it('reads a "Contact Information" block under the headline, over the date line, as the top\'s: the body starts under them', () => {
    const r = parseRelease('Home / Newsroom / News Releases from Region 5\n\nAgency Awards $14.2 Million to Clean Up Brownfield Sites\n\nContact Information\nMarisol Whitfield (whitfield.marisol@agency.example.gov)\n312-555-0148\n\nReleased on May 9, 2024\n\nCHICAGO (May 9, 2024) – Today, the agency announced $14.2 million in grants to 11 communities.\n\n"These grants put the land back to work," said Regional Administrator Lorraine Castellanos.');
    expect({ headline: r.headline, dateline: r.dateline?.location, body: r.body.length, speaker: r.quotes[0]?.speaker?.name, contacts: r.contacts.map((c) => c.name) }).toEqual({
      headline: 'Agency Awards $14.2 Million to Clean Up Brownfield Sites', dateline: 'CHICAGO', body: 2, speaker: 'Lorraine Castellanos', contacts: ['Marisol Whitfield'],
    });
  });

  it('reads a media contact printed under a page\'s menu, over the headline, as the release\'s contact, not the menu\'s', () => {
    const r = parseRelease('Northgate Health Newsroom\nFind a Doctor   Locations   Research   Give   Careers\nNewsroom > Press Releases > 2024\n\nMedia Contact\nTessa Marlowe\nSenior Media Relations Specialist\nNorthgate Health\nOffice: 617-555-0129\ntessa.marlowe@northgate.example.org\n\nNorthgate surgeons perform first single-port lung procedure\n\nBOSTON (June 4, 2024) — Surgeons at Northgate General Hospital have completed a single-port lung procedure.');
    expect([r.headline, r.contacts.map((c) => [c.name, c.title, c.organization])]).toEqual([
      'Northgate surgeons perform first single-port lung procedure', [['Tessa Marlowe', 'Senior Media Relations Specialist', 'Northgate Health']],
    ]);
  });

  it('reads a university page\'s menu with its "About us" item, and its crumbs one a line with slashes between, as no headline', () => {
    const r = parseRelease('Skip to main content\nUniversity of Northmoor\nStudy\nResearch\nBusiness\nAlumni\nAbout us\nNews\nSearch\n\nHome\n/\nNews\n/\n2024\n/\nResearch news\n\nRestored peat bogs lock in carbon within three years, study finds\n\nDecade-long monitoring shows rewetting turns bogs into carbon sinks\n\nPublished: 7 May 2024\n\nRestored upland peat bogs can switch from releasing carbon to storing it within three years of being rewetted, according to a decade-long study led by the University of Northmoor.\n\nThe team spent ten years measuring greenhouse gas exchange at six sites across the Pennines, comparing rewetted bogs with drained ones nearby.');
    expect([r.headline, r.subheadline, r.date, r.about.length]).toEqual(['Restored peat bogs lock in carbon within three years, study finds', 'Decade-long monitoring shows rewetting turns bogs into carbon sinks', '2024-05-07', 0]);
  });

  it('reads a share bar\'s buttons the tables do not know, between those they do, as no subtitle', () => {
    const para = '香港港灣大學研究團隊研發出一款以紙張為基材的快速測試片，可於十五分鐘內檢測尿液樣本中是否含有抗藥性細菌。';
    const r = parseRelease(`港灣大學研發低成本紙基快速測試\n\n2024年4月18日\n\n分享\nFacebook\nPlurk\nWhatsApp\n電郵\n列印\n\n${para}`);
    expect([r.headline, r.subheadline, r.body]).toEqual(['港灣大學研發低成本紙基快速測試', null, [para]]);
  });

  it('skips a government portal\'s metadata table (索引号, 标　　题：) and its font-size buttons (【字体：大 中 小】)', () => {
    const r = parseRelease('江临市人民政府门户网站\n\n索引号：\t113309000025801234/2024-00218\t组配分类：\t新闻发布\n发布机构：\t江临市生态环境局\t公开方式：\t主动公开\n标　　题：\t江临市召开夏季臭氧污染防控新闻发布会\n\n江临市召开夏季臭氧污染防控新闻发布会\n\n【字体：大 中 小】\n\n7月9日上午，江临市人民政府新闻办公室举行新闻发布会，通报上半年全市大气环境质量状况。');
    expect([r.headline, r.subheadline, r.body.length]).toEqual(['江临市召开夏季臭氧污染防控新闻发布会', null, 1]);
  });

  it('reads a wire site\'s menu of links with a label word in them ("搜索新闻稿 | 订阅 | 发布新闻稿") as no label', () => {
    const r = parseRelease('美通社 PR Newswire\n首页 > 新闻稿 > 科技与电子\n搜索新闻稿 | 订阅 | 发布新闻稿\n\n华科智能发布2023年度业绩\n\n北京2024年3月15日 /美通社/ -- 华科智能今日公布2023年度业绩。');
    expect([r.labels, r.headline, r.dateline?.location]).toEqual([[], '华科智能发布2023年度业绩', '北京']);
  });

  it('reads a Commission page: its banner, a contents list among the menu\'s items, and "Press release | 3 June 2024 | Brussels"', () => {
    const page = ['Skip to main content', 'An official website of the European Union How do you know?', 'European Commission logo', 'Press corner', 'English', 'Search', 'Home', 'Press material', 'Daily News', 'Policy areas',
      'Page contents', 'Top', 'Print friendly pdf', 'Quote(s)', 'For More Information', 'Press contacts', '', 'Press release | 3 June 2024 | Brussels', '', 'Commission proposes a Grid Acceleration Act to halve permitting times for power lines', '',
      'Today, the Commission proposed a European Grid Acceleration Act to cut the time it takes to build cross-border power lines.'].join('\n');
    const r = parseRelease(page);
    expect([r.labels, r.headline, r.subheadline, r.date, r.body.length, r.contacts]).toEqual([['Press release'], 'Commission proposes a Grid Acceleration Act to halve permitting times for power lines', null, '2024-06-03', 1, []]);
  });

  it('reads title lines over a site\'s search or language switch as its banner when a title follows', () => {
    const para = 'The Water Supplies Department (WSD) today (May 8) launched the second phase of its smart water meter programme.';
    const r = parseRelease(`GovHK\nHong Kong's Information Services Department\n\n繁體版   简体版   A A A\nSearch\n\nSecond phase of smart water meter programme to cover 200 000 more households\n\n${para}`);
    expect([r.headline, r.subheadline, r.body]).toEqual(['Second phase of smart water meter programme to cover 200 000 more households', null, [para]]);
    // With no title after it, the language switch leaves the headline above it.
    const kept = parseRelease(`Smart water meter programme to cover 200 000 more households\n\nEnglish | 中文\n\n${para}`);
    expect(kept.headline).toBe('Smart water meter programme to cover 200 000 more households');
  });

  it('reads an Ontario page: a headline over its subtitle on the next line, the ministry under the date, a place with a dash as the dateline', () => {
    const item = (s: string) => `${s} to build a heavy equipment and welding centre in the region near Thunder Bay`;
    const r = parseRelease(['Skip to main content', 'Ontario.ca', 'Newsroom', '', 'News Release', '', 'Ontario Expanding Skilled Trades Training in Northwestern Ontario',
      'New funding will help more than 2,000 people train for in-demand careers close to home', '', 'March 12, 2024', 'Ministry of Labour, Immigration, Training and Skills Development', '',
      'THUNDER BAY — The Ontario government is investing $18.6 million to build and upgrade skilled trades training centres in Thunder Bay, Kenora and Dryden.', '',
      'The funding will support three projects:', '', item('$9.2 million for Northern Shield College'), item('$5.8 million for the Kenora District Building Trades Council'), item('$3.6 million for the Dryden Indigenous Skills Partnership'), '',
      'Construction on all three projects is expected to begin this summer, with the first students starting classes in September 2025.'].join('\n'));
    expect([r.labels, r.headline, r.subheadline, r.date, r.dateline?.location, r.body[0]]).toEqual([
      ['News Release'], 'Ontario Expanding Skilled Trades Training in Northwestern Ontario', 'New funding will help more than 2,000 people train for in-demand careers close to home', '2024-03-12', 'THUNDER BAY',
      'The Ontario government is investing $18.6 million to build and upgrade skilled trades training centres in Thunder Bay, Kenora and Dryden.',
    ]);
  });

  it('reads a government page\'s "From Department of …" line, a menu of many items over the date, and contacts printed over the headline', () => {
    const para = 'NASA has selected a small satellite mission that will measure how heat builds up in the shallow waters along the coasts.';
    const nasa = parseRelease(`Skip to main content\nNASA\nExplore\nSearch\nNews & Events\nMultimedia\nNASA+\n\nMarch 5, 2024\n\nDana Whitfield\nHeadquarters, Washington\n202-358-1600\ndana.m.whitfield@nasa.gov\n\nNASA Selects CoastHeat Mission to Track Warming Along US Shorelines\n\n${para}`);
    expect([nasa.headline, nasa.date, nasa.contacts.map((c) => c.name), nasa.body]).toEqual(['NASA Selects CoastHeat Mission to Track Warming Along US Shorelines', '2024-03-05', ['Dana Whitfield'], [para]]);
    const ie = parseRelease('Press release\n\nMinister Brennan announces €9.5 million for community climate action projects\n\nFrom Department of Rural and Community Development\nPublished on 12 March 2024\n\nThe Minister has today announced €9.5 million in funding for 214 community-led climate action projects.');
    expect([ie.headline, ie.subheadline, ie.date]).toEqual(['Minister Brennan announces €9.5 million for community climate action projects', null, '2024-03-12']);
  });

  it('reads a science news service\'s page: a label with its date (NEWS RELEASE 5-MAR-2024), the kind of release, and the institution under it', () => {
    const r = parseRelease('NEWS RELEASE 5-MAR-2024\n\nWarmer sand is turning loggerhead hatchlings female faster than expected, study finds\n\nPeer-Reviewed Publication\nUNIVERSITY OF WESTBROOK\n\nRising sand temperatures on Atlantic nesting beaches are pushing loggerhead populations towards female hatchlings.');
    expect([r.labels, r.headline, r.subheadline, r.date, r.body.length]).toEqual([['NEWS RELEASE', 'Peer-Reviewed Publication'], 'Warmer sand is turning loggerhead hatchlings female faster than expected, study finds', null, '2024-03-05', 1]);
  });

  it('reads a Japanese letterhead (securities code, the representative) over the headline, and a dateline paragraph with a label in it as no contact', () => {
    const r = parseRelease('March 5, 2024\nPress Release\n        Kanzaki Precision Industries, Ltd.\n   Representative Director, President and CEO: Hiroshi Tanabe\n        (Securities Code: 6482, TSE Prime Market)\n\n\nKanzaki Precision Develops Solid-State Battery Cell for Industrial Drones\n\nSample shipments to drone manufacturers to begin in October 2024\n\nTokyo, March 5, 2024 – Kanzaki Precision Industries, Ltd. (Head Office: Minato-ku, Tokyo; Representative Director, President and CEO: Hiroshi Tanabe) has developed a battery cell.');
    expect([r.labels, r.headline, r.subheadline, r.dateline?.location, r.contacts]).toEqual([['Press Release'], 'Kanzaki Precision Develops Solid-State Battery Cell for Industrial Drones', 'Sample shipments to drone manufacturers to begin in October 2024', 'Tokyo', []]);
  });

  it('reads a running head atop every page as the label at the text\'s top, and a breadcrumb ending in the page\'s title as chrome', () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `The study surveyed ${i + 3} reef sites over two summers and found`).join('\n');
    const pdf = parseRelease(`MEDIA RELEASE\n\nWednesday 6 March 2024\n\nHeat-tolerant coral found thriving on southern reefs\n\n${lines(4)}\nno bleaching.\n\nPage 1 of 2\n\nMEDIA RELEASE\n\n${lines(3)}\nlittle change.\n\nPage 2 of 2`);
    expect([pdf.labels, pdf.headline, pdf.body.length]).toEqual([['MEDIA RELEASE'], 'Heat-tolerant coral found thriving on southern reefs', 2]);
    // So is an embargo atop every page; a footer with its page number spaced wide is no paragraph.
    const foot = 'Marine Restoration Letters | Press Office                            Page 1 of 2';
    const embargoed = parseRelease(`EMBARGOED UNTIL 16:00 BST WEDNESDAY 11 JUNE 2025\n\nHeat-tolerant coral found thriving on southern reefs\n\n${lines(4)}\n\n${foot}\n\nEMBARGOED UNTIL 16:00 BST WEDNESDAY 11 JUNE 2025\n\n${lines(3)}\nlittle change.\n\n${foot.replace('1 of', '2 of')}`);
    expect([embargoed.embargo?.until, embargoed.body.length]).toEqual(['2025-06-11T16:00+01:00', 1]);
    // A running head in two columns (the council, then "Media Release") goes whole, over a quote the page cut too.
    const head = 'Waipārae District Council                                   Media Release';
    const columns = parseRelease(`${head}\n\nMEDIA RELEASE\n14 August 2024\n\nBoil water notice lifted\n\n${lines(3)}\nno bleaching.\n\n"We know the last nine days have been really hard on households,\n\nPage 1 of 2\n${head}\n\nand we thank everyone who boiled their water," Ms Rowe said.\n\nPage 2 of 2`);
    expect([columns.labels, columns.body.length, columns.quotes.length]).toEqual([['MEDIA RELEASE'], 2, 1]);
    const crumbs = parseRelease('Home > News and media > Press releases > Council approves £14m plan to bring 120 empty homes back into use\n\nCouncil approves £14m plan to bring 120 empty homes back into use\n\nPublished: Tuesday, 5 March 2024\n\nThe council has approved a £14m plan.');
    expect([crumbs.headline, crumbs.subheadline, crumbs.date]).toEqual(['Council approves £14m plan to bring 120 empty homes back into use', null, '2024-03-05']);
  });

  it('joins a Chinese headline a PDF wrapped inside a word, and keeps a headline over its subtitle apart', () => {
    const body = '（2024年3月5日，香港）— 瀚海數碼今天宣布，將於深圳前海設立跨境數據服務中心，首期投資5億港元。';
    const lone = parseRelease(`新聞稿\n\n瀚海數碼宣布在深圳前海設立跨境數據服務中\n心 首期投資5億港元\n\n${body}`);
    const stub = parseRelease(`新聞稿\n\n可再生能源管理局推出「屋頂太陽能共享計劃」首批三百幢公共建\n築率先參與\n\n${body}`);
    const sub = parseRelease(`新聞稿\n\n瀚宇精密董事會通過斥資新台幣42億元擴建高雄\n路竹二廠 強化車用功率模組產能\n\n${body}`);
    // Its second line opening with 的, which opens no phrase.
    const particle = parseRelease(`新聞稿\n\n嶺峰大學研究發現腸道細菌蛋白可減輕化療引致\n的口腔潰瘍　有望研發新一代漱口水\n\n${body}`);
    expect([lone.headline, lone.subheadline, stub.headline, sub.headline, sub.subheadline, particle.headline, particle.subheadline]).toEqual([
      '瀚海數碼宣布在深圳前海設立跨境數據服務中心 首期投資5億港元', null, '可再生能源管理局推出「屋頂太陽能共享計劃」首批三百幢公共建築率先參與',
      '瀚宇精密董事會通過斥資新台幣42億元擴建高雄', '路竹二廠 強化車用功率模組產能', '嶺峰大學研究發現腸道細菌蛋白可減輕化療引致的口腔潰瘍　有望研發新一代漱口水', null,
    ]);
  });

  it('reads a letterhead in three languages, one name ending in its legal form\'s stop (S.A.), as no text: labels, headline and dateline under it', () => {
    const r = parseRelease('銀河灣度假村股份有限公司\nBaía da Lua – Resorts Integrados, S.A.\nMoon Bay Resort Limited\n\n新聞稿\n即時發佈\n\n銀河灣推出本地餐飲計劃\n\n（澳門，2024年4月16日）銀河灣度假村股份有限公司今日宣佈推出本地餐飲計劃，將於未來三年分階段邀請六十家澳門老字號及社區小店進駐度假村美食廣場，並由銀河灣承擔首兩年的裝修費用及提供租金減免。\n\n首階段共十八家商戶將於2024年6月1日起陸續開業，包括經營逾五十年的杏仁餅店、葡國菜館及粥麵店。');
    expect({ labels: r.labels, headline: r.headline, dateline: r.dateline?.location }).toEqual({ labels: ['新聞稿', '即時發佈'], headline: '銀河灣推出本地餐飲計劃', dateline: '澳門' });
  });

  it('reads 有關…之澄清公告 as a notice\'s headline, not an About section, and dates it by the place and date under its signature', () => {
    const r = parseRelease('瑞安環球控股有限公司*\n（股份代號：2389）\n\n新聞稿\n\n有關近期傳媒報道之澄清公告\n\n本公司董事會注意到一份本地財經報章於二零二四年五月七日刊登之報道，內容指本集團最大客戶已終止供應協議。\n\n董事會確認本集團之業務營運一切正常。\n\n承董事會命\n瑞安環球控股有限公司*\n主席\n周國棟\n\n香港，二零二四年五月八日');
    expect({ headline: r.headline, about: r.about, date: r.date }).toEqual({ headline: '有關近期傳媒報道之澄清公告', about: [], date: '2024-05-08' });
  });

  it('joins a listed company\'s name and the subject of its notice under it (…股份有限公司 / 关于…的公告) into one headline', () => {
    const r = parseRelease('证券代码：600321        证券简称：岭南新材        公告编号：临2025-008\n\n                    岭南新材料科技股份有限公司\n              关于投资建设新能源材料项目的公告\n\n    本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性\n陈述或者重大遗漏，并对其内容的真实性、准确性和完整性承担法律责任。\n\n一、项目概况\n\n公司拟在广东省投资建设新能源材料项目，项目总投资约12亿元。');
    expect([r.headline, r.subheadline]).toEqual(['岭南新材料科技股份有限公司关于投资建设新能源材料项目的公告', null]);
  });

  it('joins a Chinese headline a PDF wrapped after a comma, and reads its subtitle, highlights and dateline under it', () => {
    const r = parseRelease('新闻稿\n\n云帆机器人发布新一代仓储分拣系统，\n首批落地华南三大物流园\n分拣效率提升四成，单台设备日处理包裹超过五万件\n\n◆ 新系统采用视觉识别与柔性抓取技术，可在不停线的情况下识别超过两千\n  种包装\n◆ 已与三家物流企业签订合作协议\n\n' +
      '中国广州，2025年9月3日——云帆机器人今日正式发布新一代仓储分拣系统。该系统\n采用自研的视觉识别算法与柔性抓取机械臂，可在不停线的情况下完成包裹的识别、\n称重和分拣，已在华南三大物流园试运行三个月，分拣准确率达到百分之九十九点九。');
    expect({ headline: r.headline, subheadline: r.subheadline, highlights: r.highlights, dateline: r.dateline?.text }).toEqual({
      headline: '云帆机器人发布新一代仓储分拣系统，首批落地华南三大物流园', subheadline: '分拣效率提升四成，单台设备日处理包裹超过五万件',
      highlights: ['新系统采用视觉识别与柔性抓取技术，可在不停线的情况下识别超过两千种包装', '已与三家物流企业签订合作协议'], dateline: '中国广州，2025年9月3日——',
    });
  });

  it('reads a Taiwan listed company\'s notice: 【重大訊息】 before the headline, its spokesmen under the date line, and the body after them', () => {
    const r = parseRelease('瀚宇精密股份有限公司\n新聞稿\n\n【重大訊息】瀚宇精密董事會通過113年第二季財報\n發布日期：2024年8月9日\n發言人：周怡君 財務長\n代理發言人：謝文凱 財務處協理\n\n瀚宇精密今（9）日召開董事會，通過113年第二季合併財務報告。\n\n瀚宇精密董事長孫志遠表示：「車用功率模組的訂單能見度已經看到明年第一季。」');
    expect({ labels: r.labels, headline: r.headline, date: r.date, body: r.body[0], quote: r.quotes.map((q) => [q.text, q.speaker?.name]) }).toEqual({
      labels: ['新聞稿', '重大訊息'], headline: '瀚宇精密董事會通過113年第二季財報', date: '2024-08-09', body: '瀚宇精密今（9）日召開董事會，通過113年第二季合併財務報告。',
      quote: [['車用功率模組的訂單能見度已經看到明年第一季。', '孫志遠']],
    });
  });

  it('reads a Taiwan ministry\'s page and a news site\'s: skip link, banner, search and text-size controls, login, hot searches, a byline under the title, share bar', () => {
    const para = '為協助中小企業因應國際供應鏈減碳要求，經濟部今（15）日宣布啟動「中小企業淨零轉型加速計畫」，首年度將投入新臺幣30億元。';
    const moea = parseRelease(`跳到主要內容區塊\n:::\n經濟部全球資訊網\nMinistry of Economic Affairs, R.O.C.\n網站導覽｜English｜常見問答｜RSS訂閱\n首頁 > 新聞與公告 > 本部新聞\n字級設定：小 中 大　　列印　　轉寄\n\n經濟部啟動「中小企業淨零轉型加速計畫」 首年投入30億元\n發布日期：113-03-15\n\n${para}`);
    expect([moea.headline, moea.subheadline, moea.date, moea.body]).toEqual(['經濟部啟動「中小企業淨零轉型加速計畫」 首年投入30億元', null, '2024-03-15', [para]]);
    const news = parseRelease(`台灣醫療新聞網 Taiwan Medical News\n首頁｜最新消息｜醫院動態｜健康百科｜影音專區｜訂閱電子報\n會員登入 / 註冊\n熱搜：流感疫苗 腸病毒 減重 肺癌篩檢\n\n醫院動態\n\n安和醫院引進冷凍消融術 早期肺癌免開刀 術後隔天即可出院\n2024-03-12 15:20　文／安和紀念醫院　提供\n分享至 Facebook　LINE　X　複製連結\nA-　A　A+\n\n廣告\n\n${para}`);
    expect([news.headline, news.subheadline, news.date, news.body]).toEqual(['安和醫院引進冷凍消融術 早期肺癌免開刀 術後隔天即可出院', null, '2024-03-12', [para]]);
  });

  it('skips a forwarded Chinese e-mail\'s header lines (寄件者, 主旨) and a WeChat prompt printed with a space (点击蓝字 关注我们)', () => {
    const mail = parseRelease('寄件者: 濠景度假村 企業傳訊部 <media@harbourvista.com.mo>\n收件者: newsdesk@macaudaily-news.com.mo\n主旨: 【新聞稿】濠景度假村打造全新美食廊\n\n【新聞稿】濠景度假村打造全新美食廊\n\n（澳門，2024年3月18日）濠景度假村今日宣布斥資20億澳門元打造全新美食廊。');
    expect([mail.labels, mail.headline, mail.contacts]).toEqual([['新聞稿'], '濠景度假村打造全新美食廊', []]);
    const wechat = parseRelease('春耕正忙，这台无人机一天能管800亩地\n\n原创 绿野智农 2024-03-01 10:30 发表于广东\n\n点击蓝字 关注我们\n\n3月的湖南益阳，早稻育秧刚刚开始，田间地头已经热闹起来。');
    expect([wechat.headline, wechat.subheadline, wechat.date]).toEqual(['春耕正忙，这台无人机一天能管800亩地', null, '2024-03-01']);
  });

  it('reads a label and an embargo printed on one line, a dash between them, as each', () => {
    const zh = parseRelease('新聞稿 — 二零二四年三月五日（星期二）上午十時前禁止發布\n\n晴暉協會公布獨居長者調查結果\n\n（香港，2024年3月5日）晴暉長者服務協會今日公布調查結果。');
    const en = parseRelease('PRESS RELEASE – EMBARGOED UNTIL 00:01 GMT, 5 March 2024\n\nCharity publishes winter survey\n\nLONDON, 5 March 2024 – The charity published its survey today.');
    expect([zh.labels, zh.embargo?.text, zh.embargo?.until, en.labels, en.embargo?.text, en.embargo?.until]).toEqual([
      ['新聞稿'], '二零二四年三月五日（星期二）上午十時前禁止發布', '2024-03-05T10:00', ['PRESS RELEASE'], 'EMBARGOED UNTIL 00:01 GMT, 5 March 2024', '2024-03-05T00:01Z',
    ]);
  });

  it('reads an attorney general\'s page: banner lines, the label, a contact line over the headline, "ST. PAUL —", a footer under Related Releases', () => {
    const r = parseRelease(['Seal of the Office of the Minnesota Attorney General', 'Attorney General Dana R. Whitfield', '', 'Home > News & Media > Press Releases', '', 'FOR IMMEDIATE RELEASE', 'March 4, 2024',
      'Contact: Press Office, (555) 555-0100', '', 'Attorney General Whitfield sues auto lender for packing car loans with hidden add-on fees', '',
      'ST. PAUL — Minnesota Attorney General Dana R. Whitfield today filed a lawsuit against Northstar Auto Lending LLC.', '', '###', '', 'Related Releases',
      'Attorney General Whitfield warns Minnesotans about tax-season scams', 'February 20, 2024', '', 'Office of Minnesota Attorney General Dana R. Whitfield', '445 Minnesota Street, Suite 1400, St. Paul, MN 55101', '(555) 555-0100'].join('\n'));
    expect([r.labels, r.headline, r.dateline?.location, r.date, r.contacts.map((c) => c.organization)]).toEqual([
      ['FOR IMMEDIATE RELEASE'], 'Attorney General Whitfield sues auto lender for packing car loans with hidden add-on fees', 'ST. PAUL', '2024-03-04', ['Press Office'],
    ]);
  });

  it('reads a wire page\'s menu whose items have an ampersand, and a "By Department of …" line as no subtitle', () => {
    const para = 'Celtica Airways today announced four new transatlantic routes from Dublin, adding Nashville, Raleigh-Durham, Pittsburgh and Halifax.';
    const wire = parseRelease(`PR Newswire\nSign Up   Send a Release   Search\nNews in Focus   Business & Money   Science & Tech   Lifestyle & Health   Policy & Public Interest\n\nCeltica Airways to launch four new transatlantic routes from Dublin\n\nDUBLIN, March 5, 2024 /PRNewswire/ -- ${para}`);
    expect([wire.headline, wire.dateline?.location]).toEqual(['Celtica Airways to launch four new transatlantic routes from Dublin', 'DUBLIN']);
    const pna = parseRelease('DA allots PHP2.4-B for fertilizer, seed aid to Central Luzon rice farmers\n\nBy Department of Agriculture\nMarch 5, 2024, 4:18 pm\n\nMANILA — The Department of Agriculture has allotted PHP2.4 billion for fertilizer and seed aid.');
    expect([pna.headline, pna.subheadline, pna.date]).toEqual(['DA allots PHP2.4-B for fertilizer, seed aid to Central Luzon rice farmers', null, '2024-03-05']);
  });

  it('reads a Taiwan date line (發稿日期：中華民國113年5月20日) and a release number line (文告编号：MOM-PR-2024-031) as no headline', () => {
    const tw = parseRelease('嘉義縣政府\n新聞稿\n\n發稿日期：中華民國113年5月20日\n\n嘉義縣今年首季農產品外銷成長三成\n\n　　嘉義縣政府今（20）日舉辦外銷成果發表會。');
    expect([tw.headline, tw.date]).toEqual(['嘉義縣今年首季農產品外銷成長三成', '2024-05-20']);
    const sg = parseRelease('媒体文告\n文告编号：MOM-PR-2024-031\n\n乐龄员工再就业补贴延长至2026年\n\n（新加坡，2024年7月2日）——人力部将把补贴延长两年。');
    expect([sg.labels, sg.headline, sg.subheadline]).toEqual([['媒体文告'], '乐龄员工再就业补贴延长至2026年', null]);
  });

  it('reads a translator\'s note in brackets over the headline as no headline', () => {
    const r = parseRelease('可持续城市发展部\n\n媒体文告\n\n2026年3月13日\n\n（此为英文文告的华文译本，如有出入，概以英文文告为准。）\n\n推出“绿荫步道”计划 五年内新增150公里有盖走道\n\n1.　可持续城市发展部今天宣布推出“绿荫步道”计划。');
    expect([r.labels, r.headline, r.subheadline, r.date]).toEqual([['媒体文告'], '推出“绿荫步道”计划 五年内新增150公里有盖走道', null, '2026-03-13']);
  });

  it('reads a letterhead laid out as printed (pdftotext -layout): the issuer and the label on one line, the place and date at the right', () => {
    const gap = ' '.repeat(40);
    const r = parseRelease(`Northern Seas Fisheries Authority${gap}PRESS RELEASE\n${gap}${gap}NSFA/PR/2026/11\n\n${gap}${gap}Bergen, 9 March 2026\n\n      Cod stocks in the northern basin recover for the third year running,\n                  new survey finds\n\nAuthority keeps this year's quota unchanged\n\nThe Northern Seas Fisheries Authority (NSFA) today published its annual stock survey, which\nfinds that cod numbers in the northern basin grew for the third year in a row.`);
    expect([r.labels, r.headline, r.subheadline, r.dateline?.location, r.date]).toEqual([
      ['PRESS RELEASE'], 'Cod stocks in the northern basin recover for the third year running, new survey finds', 'Authority keeps this year\'s quota unchanged', 'Bergen', '2026-03-09',
    ]);
    // In Chinese: the company at the left, 新闻稿 at the right.
    expect(parseRelease(`驰远汽车${gap}新闻稿\n\n驰远汽车发布全新纯电轿车\n\n（上海，2026年3月9日）驰远汽车今日发布全新纯电轿车。`).labels).toEqual(['新闻稿']);
  });

  it('skips a Macau government page\'s issuer in Chinese and Portuguese, its source line, and a listed company\'s codes', () => {
    const mo = parseRelease('澳門特別行政區政府新聞局\nGabinete de Comunicação Social\n\n2026-03-12 15:47:03\n\n第五屆「濠江藝術季」五月揭幕\n\n消息來源：文化推廣局\n\n　　由文化推廣局主辦的第五屆「濠江藝術季」將於2026年5月2日至31日舉行，為期一個月，呈獻二十八套節目、逾一百場演出及延伸活動。\n\n　　藝術季門票將於3月22日起透過澳門售票網公開發售，澳門居民購票可享八折優惠。');
    expect([mo.headline, mo.subheadline, mo.date, mo.body.length]).toEqual(['第五屆「濠江藝術季」五月揭幕', null, '2026-03-12', 2]);
    const sens = parseRelease('MZANSI FRESH PRODUCE HOLDINGS LIMITED\n(Incorporated in the Republic of South Africa)\n(Registration number: 2004/018832/06)\nJSE share code: MZF\nISIN: ZAE000298813\n\nACQUISITION OF CITRUSVELD PACKHOUSES\n\nShareholders are referred to the cautionary announcement released on 12 January 2026.');
    expect([sens.headline, sens.subheadline, sens.body.length]).toEqual(['ACQUISITION OF CITRUSVELD PACKHOUSES', null, 1]);
    // A reference code of digits and letters is no phone number.
    expect(parseRelease('MZF 202603090012A\n\nACQUISITION OF CITRUSVELD PACKHOUSES\n\nShareholders are referred to the announcement.').contacts).toEqual([]);
  });

  it('reads a contact line between a site\'s banner and the label as the top\'s, not the end of the release', () => {
    const r = parseRelease('News Releases from Region 07\n\nContact: Dana Holt, 913-555-0142, holt.dana@example.gov\n\nFOR IMMEDIATE RELEASE\nMarch 24, 2026\n\nEPA Fines Kansas Grain Elevator for Dust Violations\n\nCompany will also fund new dust monitors\n\nLENEXA, Kan. (March 24, 2026) – The agency today announced a settlement with a grain elevator.');
    expect([r.labels, r.headline, r.subheadline, r.date, r.body]).toEqual([
      ['FOR IMMEDIATE RELEASE'], 'EPA Fines Kansas Grain Elevator for Dust Violations', 'Company will also fund new dust monitors', '2026-03-24',
      ['The agency today announced a settlement with a grain elevator.'],
    ]);
    expect(r.contacts.map(({ name, phones, emails }) => ({ name, phones, emails }))).toEqual([{ name: 'Dana Holt', phones: ['913-555-0142'], emails: ['holt.dana@example.gov'] }]);
    // Under the label, a contact section of several lines.
    const below = parseRelease('Kansas Department of Justice\nMedia Center\n\nFOR IMMEDIATE RELEASE\nThursday, May 14, 2026\n\nMedia Contact:\nDana Holt\nCommunications Director\n(913) 555-0142\nholt.dana@doj.example.gov\n\nAttorney General Announces Sentencing in Fraud Scheme\n\nTOPEKA — The Attorney General today announced a sentencing.');
    expect([below.headline, below.date, below.body]).toEqual(['Attorney General Announces Sentencing in Fraud Scheme', '2026-05-14', ['The Attorney General today announced a sentencing.']]);
    expect(below.contacts.map((c) => c.name)).toEqual(['Dana Holt']);
  });

  it('reads a web page\'s date line with the day of the week cut short and the time (Fri 30 Jan 2026, 14:30)', () => {
    const r = parseRelease('Kestrels complete signing of Mateo Rinaldi\n\nItalian midfielder joins from Aurora Calcio on a three-and-a-half-year deal\n\nBy Club Media\nFri 30 Jan 2026, 14:30\n\nKestrel Vale Football Club is delighted to announce the signing of midfielder Mateo Rinaldi from Aurora Calcio.\n\nThe 24-year-old has agreed a contract running until the summer of 2029.');
    expect([r.date, r.body[0]]).toEqual(['2026-01-30', 'Kestrel Vale Football Club is delighted to announce the signing of midfielder Mateo Rinaldi from Aurora Calcio.']);
    // On a dateline, "Sun" is a place's word.
    expect(parseRelease('Resort Opens\n\nSUN CITY, Ariz., March 4, 2026 -- The resort opened today.').dateline?.location).toBe('SUN CITY, Ariz.');
  });

  it('reads a media advisory\'s WHO: section under the headline as the body, not a subheadline', () => {
    const r = parseRelease('MEDIA ADVISORY\n\nMayor Denise Holloway to Break Ground on Riverside Commons\n\nWHO:\nMayor Denise Holloway\nCouncilmember Luis Ortega, District 4\n\nWHAT:\nGroundbreaking ceremony for Riverside Commons, a 240-unit affordable housing development.');
    expect([r.headline, r.subheadline, r.body[0]]).toEqual(['Mayor Denise Holloway to Break Ground on Riverside Commons', null, 'Mayor Denise Holloway']);
  });

  it('reads the private-use bullets of Symbol and Wingdings fonts (U+F0B7) as bullets, over the dateline and in the body', () => {
    const top = parseRelease('Acme Reports Results\n\n\uf0b7 Revenue up 10% to $5 million\n\uf0b7 Profit up 20%\n\nHONG KONG, March 4, 2026 -- Acme today reported results.');
    expect([top.headline, top.subheadline, top.highlights, top.body]).toEqual(['Acme Reports Results', null, ['Revenue up 10% to $5 million', 'Profit up 20%'], ['Acme today reported results.']]);
    const body = parseRelease('Acme Opens Lab\n\nHONG KONG, March 4, 2026 -- Acme today opened a lab with these features:\n\uf0b7 first point of the lab\n\uf0b7 second point\n\nMore text here.');
    expect(body.body).toEqual(['Acme today opened a lab with these features:', '\uf0b7 first point of the lab', '\uf0b7 second point', 'More text here.']);
  });
});
