import { describe, expect, it } from 'vitest';
import { parseRelease } from '../index.js';

const release = (tail: string) =>
  parseRelease(`Acme Opens Lab\n\n(Hong Kong, 5 June 2024) – Acme opened a lab in Hong Kong today, its first in Asia.\n\n${tail}`);

describe('captions', () => {
  it('reads labels and text, credits and unlabelled captions', () => {
    const r = release('圖一：香港科技園公司行政總裁黃克強先生（左）簽署備忘錄。\n\nPhoto 2: Guests at the opening.\n\nImage Credits: Acme, Press Release\n\n(From left) Jane Doe and John Roe cut the ribbon.');
    expect(r.captions.map(({ label, text }) => ({ label, text }))).toEqual([
      { label: '圖一', text: '香港科技園公司行政總裁黃克強先生（左）簽署備忘錄。' },
      { label: 'Photo 2', text: 'Guests at the opening.' },
      { label: 'Image Credits', text: 'Acme, Press Release' },
      { label: null, text: '(From left) Jane Doe and John Roe cut the ribbon.' },
    ]);
    expect(r.body).toEqual(['Acme opened a lab in Hong Kong today, its first in Asia.']);
  });

  it('reads a caption in brackets ([Photo: …], (Image 2: …)) without the bracket its label opened', () => {
    const r = release('[Photo: Jane Doe at the opening]\n\n(Image 2: Jane Doe (left) and John Roe)\n\nPhoto 3: Guests at the opening (Acme)');
    expect(r.captions.map(({ label, text }) => [label, text])).toEqual([
      ['Photo', 'Jane Doe at the opening'], ['Image 2', 'Jane Doe (left) and John Roe'], ['Photo 3', 'Guests at the opening (Acme)'],
    ]);
  });
});

describe('more caption styles', () => {
  it.each([
    ['Pictured: Jane Doe cuts the ribbon.', 'Pictured', 'Jane Doe cuts the ribbon.'],
    ['Photo 1 – Jane Doe cuts the ribbon.', 'Photo 1', 'Jane Doe cuts the ribbon.'],
    ['Pictured (L-R): Jane Doe, CEO of Acme, and Tom Smith, Mayor of Leeds.', 'Pictured (L-R)', 'Jane Doe, CEO of Acme, and Tom Smith, Mayor of Leeds.'],
    // Where the picture stands, as a museum's or a magazine's page labels it.
    ['Above: Margit Holm, Lifeboat crew, 1931. Courtesy of the Harbour Museum.', 'Above', 'Margit Holm, Lifeboat crew, 1931. Courtesy of the Harbour Museum.'],
    ['圖片說明：陳大文（左）與李小美（右）出席開幕禮。', '圖片說明', '陳大文（左）與李小美（右）出席開幕禮。'],
    ['Jane Doe cuts the ribbon at the new lab. (Photo: Business Wire)', null, 'Jane Doe cuts the ribbon at the new lab. (Photo: Business Wire)'],
    // The label on a line of its own over the caption; a list's item that is a caption (a page's <li>).
    ['圖片說明：\n陳大文（左）與李小美（右）出席開幕禮。', '圖片說明', '陳大文（左）與李小美（右）出席開幕禮。'],
    // A numbered label alone on its line, with no colon, over its caption, whatever the caption starts with.
    ['Photo 1\nClub Chairman Lawrence Ho presents the trophy.', 'Photo 1', 'Club Chairman Lawrence Ho presents the trophy.'],
    ['Photo 2\n(From left) Club CEO Nicholas Lau and Steward Dorothy Kwan.', 'Photo 2', '(From left) Club CEO Nicholas Lau and Steward Dorothy Kwan.'],
    ['圖一\n陳大文（左）與李小美（右）出席開幕禮。', '圖一', '陳大文（左）與李小美（右）出席開幕禮。'],
    ['• 圖一：陳大文（左）與李小美（右）出席開幕禮。', '圖一', '陳大文（左）與李小美（右）出席開幕禮。'],
    // Numbered and set off by a space, as Chinese university and government sites print a figure's caption.
    ['图1 高熵正极材料的结构示意图', '图1', '高熵正极材料的结构示意图'],
    // In brackets with no colon, as Korean and Japanese groups' English releases print them.
    ['[Photo 1] Jane Doe cuts the ribbon.', 'Photo 1', 'Jane Doe cuts the ribbon.'],
    ['(Photo) Jane Doe cuts the ribbon.', 'Photo', 'Jane Doe cuts the ribbon.'],
    ['圖 2　團隊成員在實驗室合影', '圖 2', '團隊成員在實驗室合影'],
    // Under a pointer, as news sites and WeChat articles print a caption: the mark is not the text's.
    ['▲ 陈大文（左）与李小美（右）出席开幕礼', null, '陈大文（左）与李小美（右）出席开幕礼'],
  ])('%s', (line, label, text) => {
    const r = release(`${line}\n\nThe lab employs 40 people.`);
    expect(r.captions.map((c) => [c.label, c.text])).toEqual([[label, text]]);
    expect(r.body).toEqual(['Acme opened a lab in Hong Kong today, its first in Asia.', 'The lab employs 40 people.']);
  });
});

describe('caption sections', () => {
  it('reads a caption section\'s heading (圖片說明:) over labelled captions as no caption of its own', () => {
    const r = release('圖片說明:\n圖一：外觀構想圖。\n圖二：內部構想圖。');
    expect(r.captions.map((c) => [c.label, c.text])).toEqual([['圖一', '外觀構想圖。'], ['圖二', '內部構想圖。']]);
  });

  it('reads a wire\'s link to an image ("Photo - https://…") as a link, not a caption', () => {
    const r = release('Photo - https://mma.prnewswire.com/media/2401187/Acme_Lab.jpg\nLogo - https://mma.prnewswire.com/media/2401188/Acme_Logo.jpg\n\nThe lab employs 40 people.');
    expect(r.captions).toEqual([]);
    expect(r.links).toEqual(['https://mma.prnewswire.com/media/2401187/Acme_Lab.jpg', 'https://mma.prnewswire.com/media/2401188/Acme_Logo.jpg']);
    expect(r.body).toEqual(['Acme opened a lab in Hong Kong today, its first in Asia.', 'The lab employs 40 people.']);
  });
});

describe('the end of a web page copied as text', () => {
  it('ends the body at the links to other articles, and reads an office\'s address printed after its name and a colon', () => {
    const r = release('Reyes scored nine goals last season.\n\nHarbour City FC Media Department: media@hcfc.example.com\n\nADVERTISEMENT\n\nRelated Articles\n\nCoach: "We go again on Saturday"\nMon 2 Mar 2026\n\n© 2026 Harbour City FC. All rights reserved.');
    expect(r.body).toEqual(['Acme opened a lab in Hong Kong today, its first in Asia.', 'Reyes scored nine goals last season.']);
    expect(r.quotes).toEqual([]);
    expect(r.contacts.map(({ organization, name, emails }) => ({ organization, name, emails }))).toEqual([
      { organization: 'Harbour City FC Media Department', name: null, emails: ['media@hcfc.example.com'] },
    ]);
    // In Chinese: 相关新闻 in brackets, and an office's number after its name.
    const zh = release('本项目将于年内投产。\n\n新闻中心：010-6512 3456\n\n【相关新闻】\n\n科技园举办开放日\n\n版权所有 © 2026 星河科技');
    expect(zh.body).toEqual(['Acme opened a lab in Hong Kong today, its first in Asia.', '本项目将于年内投产。']);
    expect(zh.contacts.map(({ organization, phones }) => ({ organization, phones }))).toEqual([{ organization: '新闻中心', phones: ['010-6512 3456'] }]);
    // A copyright line ends no paragraph it is written in.
    expect(release('Copyright law changed in 2024.').body).toEqual(['Acme opened a lab in Hong Kong today, its first in Asia.', 'Copyright law changed in 2024.']);
  });

  it('leaves out a government site\'s footer (buttons, links, its address and post code, its registration numbers) and a picture\'s placeholder', () => {
    const gov = release('（三）加快推进海外仓建设，年内新增省级公共海外仓10个。\n\n【打印本页】  【关闭窗口】\n\n相关链接：  商务部  |  海关总署  |  岭东省人民政府\n\n地址：岭东省青州市政务区迎宾路18号    邮编：510830\n网站标识码：4400000027    岭ICP备05012345号-1    岭公网安备 44010402000123号');
    expect(gov.body).toEqual(['Acme opened a lab in Hong Kong today, its first in Asia.', '（三）加快推进海外仓建设，年内新增省级公共海外仓10个。']);
    expect(gov.contacts).toEqual([]);
    const wechat = parseRelease('深算智能发布推理芯片\n\n[图片]\n\n（北京，2025年5月12日）深算智能今日发布首款推理芯片。\n\n[图片 2]\n\n芯片将于三季度量产。');
    expect([wechat.subheadline, wechat.body]).toEqual([null, ['深算智能今日发布首款推理芯片。', '芯片将于三季度量产。']]);
    // A description in the brackets is a caption.
    expect(release('[Image: The official seal of the City of Lakemont]').captions.map((c) => c.text)).toEqual(['The official seal of the City of Lakemont']);
  });
});

describe('about', () => {
  it('ends at a wire\'s SOURCE line, whatever the stops in the name it gives', () => {
    for (const source of ['SOURCE Acme Holdings, Inc.', 'SOURCE Acme Co., Ltd.']) {
      const r = release(`About Acme\nAcme builds robots.\n\n${source}`);
      expect(r.about.map((a) => a.text)).toEqual(['Acme builds robots.']);
    }
    // A sentence that opens with the word is no SOURCE line.
    expect(release('About Acme\nAcme builds robots.\nSource of funding: the city. It paid for half.').about.map((a) => a.text)).toEqual(['Acme builds robots.\nSource of funding: the city. It paid for half.']);
  });

  it('reads no heading in a wrapped line that opens with "about" in lower case', () => {
    const r = parseRelease('Road upgrade to start\n\nSYDNEY, 12 September 2024 - Work will start next month.\n\n"We\'ve listened to the community and we\'re getting on with the job. This is\nabout making sure people get home safely at the end of the day."\n\nMedia contact: Sam Whitlock | 0412 558 903');
    expect(r.about).toEqual([]);
    expect(r.quotes.map((q) => q.text)).toEqual(["We've listened to the community and we're getting on with the job. This is about making sure people get home safely at the end of the day."]);
    expect(parseRelease('Road upgrade to start\n\nSYDNEY, 12 September 2024 - Work will start next month.\n\nABOUT TRANSPORT FOR NSW\nTransport for NSW plans roads.').about.map((a) => a.organization)).toEqual(['TRANSPORT FOR NSW']);
  });

  it('reads each About section with its URLs, up to the next heading', () => {
    const r = release('About Acme Holdings, Inc.\nAcme builds robots. Visit https://acme.example.com.\n\n關於香港科技園公司\n香港科技園公司成立逾 20 年。更多詳情，請瀏覽 www.hkstp.org。\n\nForward-Looking Statements\nThis release contains forward-looking statements.');
    expect(r.about.map(({ organization, text, urls }) => ({ organization, text, urls }))).toEqual([
      { organization: 'Acme Holdings, Inc.', text: 'Acme builds robots. Visit https://acme.example.com.', urls: ['https://acme.example.com'] },
      { organization: '香港科技園公司', text: '香港科技園公司成立逾 20 年。更多詳情，請瀏覽 www.hkstp.org。', urls: ['www.hkstp.org'] },
    ]);
  });

  it('reads a named organization\'s boilerplate with no heading after the release (after the notes to editors)', () => {
    const en = parseRelease('Alliance Exposes Dumping Plan\n\nAMSTERDAM, 5 March 2026 – Bluewater Alliance today published leaked documents.\n\nENDS\n\nNotes to editors:\n\n[1] The documents are available online.\n\nBluewater Alliance is an independent global campaigning organisation. It accepts no money from governments.\n\nContacts:\nFemke de Groot, +31 6 4128 7730');
    expect(en.about.map((a) => [a.organization, a.text])).toEqual([['Bluewater Alliance', 'Bluewater Alliance is an independent global campaigning organisation. It accepts no money from governments.']]);
    const zh = parseRelease('青禾农业发布新品种\n\n（北京，2025年3月5日）青禾农业今日发布耐盐碱水稻新品种。\n\n（完）\n\n青禾农业是一家专注于作物育种的农业科技企业，总部位于北京。');
    expect(zh.about.map((a) => [a.organization, a.text])).toEqual([['青禾农业', '青禾农业是一家专注于作物育种的农业科技企业，总部位于北京。']]);
    // A sentence about someone the release never named, or opening with "The", is no boilerplate.
    expect(parseRelease('Alliance Exposes Dumping Plan\n\nAMSTERDAM, 5 March 2026 – Bluewater Alliance today published documents.\n\nENDS\n\nThe alliance is a campaigning group.\n\nGreenfield Trust is a charity.').about).toEqual([]);
    // "The" before a name of two capitalised words or more is the name's article.
    const the = parseRelease('Alliance Sues Over Dams\n\nPORTLAND, Ore., March 4, 2026 – The Clean Rivers Alliance filed a lawsuit today.\n\n###\n\nThe Clean Rivers Alliance is a nonprofit organization. The Company is a member.');
    expect(the.about.map((a) => [a.organization, a.text])).toEqual([['Clean Rivers Alliance', 'The Clean Rivers Alliance is a nonprofit organization. The Company is a member.']]);
    expect(parseRelease('Alliance Sues Over Dams\n\nPORTLAND, Ore., March 4, 2026 – The Company filed a lawsuit today.\n\n###\n\nThe Company is a nonprofit organization.').about).toEqual([]);
  });

  it('reads a boilerplate under its organization\'s name with an appositive before "is" (a bank\'s "Note to editors"), and one wrapped after "is a"', () => {
    const bank = parseRelease('Crest Global Account Launched\n\nHONG KONG, 3 March 2026 – Harbour Crest launched a multi-currency account today.\n\nends/more\n\nNote to editors:\n\nHarbour Crest Bank Limited\nHarbour Crest Bank Limited, a wholly owned subsidiary of Harbour Crest Holdings plc, is the largest member of the group in Asia-Pacific.\n\nends/all');
    expect(bank.about.map((a) => [a.organization, a.text])).toEqual([['Harbour Crest Bank Limited', 'Harbour Crest Bank Limited, a wholly owned subsidiary of Harbour Crest Holdings plc, is the largest member of the group in Asia-Pacific.']]);
    // Not named in the release nor over it: no boilerplate.
    expect(parseRelease('Crest Global Account Launched\n\nHONG KONG, 3 March 2026 – Harbour Crest launched an account today.\n\nends/more\n\nNote to editors:\n\nOcean Trust Limited, a charity, is the largest donor in Asia.').about).toEqual([]);
    const wrapped = parseRelease('Acme Opens Lab\n\nHONG KONG, March 4, 2026 -- Acme Robotics opened a lab today, its first in Asia, with forty engineers\nfrom six countries working on warehouse robots for customers in the region and beyond.\n\n###\n\nAcme Robotics is a\nmaker of warehouse robots founded in Zurich in 2012 and now selling them in forty countries.\n');
    expect(wrapped.about.map((a) => a.organization)).toEqual(['Acme Robotics']);
  });

  it('reads an About heading numbered as a note to editors (5. About the X, 四、关于X)', () => {
    const en = parseRelease('Seagrass Stores More Carbon Than Thought\n\nLONDON, 5 March 2026 – Researchers at Calderbrook University found seagrass stores more carbon.\n\n-ENDS-\n\nNotes to editors\n\n1. The paper is published in Nature Geoscience.\n\n4. About Calderbrook University\nCalderbrook University is a research-intensive university in the north of England.\n\n5. About the Coastal Futures Trust\nThe Coastal Futures Trust is an independent charity.');
    expect(en.about.map((a) => [a.organization, a.text])).toEqual([
      ['Calderbrook University', 'Calderbrook University is a research-intensive university in the north of England.'],
      ['Coastal Futures Trust', 'The Coastal Futures Trust is an independent charity.'],
    ]);
    const zh = parseRelease('青禾农业发布新品种\n\n（北京，2025年3月5日）青禾农业今日发布耐盐碱水稻新品种。\n\n四、关于青禾农业\n青禾农业是一家专注于作物育种的农业科技企业。');
    expect(zh.about.map((a) => [a.organization, a.text])).toEqual([['青禾农业', '青禾农业是一家专注于作物育种的农业科技企业。']]);
  });

  it('leaves the article out of an About heading\'s name (About the Federation of Independent Retailers)', () => {
    const r = parseRelease('Survey Finds Shops Cutting Energy Use\n\nLONDON, 5 March 2026 – A survey by the Federation of Independent Retailers found shops are cutting energy use.\n\nFederation chair Priya Desai said: "Shops need help."\n\nAbout the Federation of Independent Retailers\nThe Federation represents 14,000 shops.');
    expect(r.about.map((a) => a.organization)).toEqual(['Federation of Independent Retailers']);
    expect(r.quotes.map((q) => q.speaker)).toEqual([{ name: 'Priya Desai', honorific: null, title: 'chair', organization: 'Federation' }]);
  });

  it('leaves the part a trust gives an organization out of its About heading\'s name (About the Sponsor, Kestrel Group Holdings), not a name\'s own comma', () => {
    const r = parseRelease('Kestrel Logistics Trust Reports Results\n\nSINGAPORE, 5 March 2026 – Kestrel Logistics Trust reported higher income.\n\nAbout the Sponsor, Kestrel Group Holdings\nKestrel Group Holdings is a Singapore-based real estate group.\n\nAbout Acme, Inc.\nAcme builds robots.');
    expect(r.about.map((a) => a.organization)).toEqual(['Kestrel Group Holdings', 'Acme, Inc.']);
  });

  it('reads an About heading in brackets (【关于华禾新材】)', () => {
    const r = parseRelease('华禾新材发布业绩\n\n2026年3月9日，江苏常州——华禾新材今日发布业绩。\n\n【关于华禾新材】\n华禾新材料股份有限公司成立于2009年，总部位于江苏常州。\n\n【媒体联系人】\n刘女士\n电话：0519-8000 0000');
    expect([r.about.map((a) => [a.organization, a.text]), r.body]).toEqual([[['华禾新材', '华禾新材料股份有限公司成立于2009年，总部位于江苏常州。']], ['华禾新材今日发布业绩。']]);
  });

  it('reads 有關X as an About heading, like 關於X', () => {
    expect(release('有關香港賽馬會\n香港賽馬會成立於一八八四年。').about.map((a) => [a.organization, a.text])).toEqual([['香港賽馬會', '香港賽馬會成立於一八八四年。']]);
  });

  it('ends an About text at a legal notice after it: trademarks, a news service\'s line', () => {
    const r = release('About Kasumi Precision\nKasumi Precision makes optical sensors. It has 8,400 employees.\n\n* Company names and product names mentioned in this release are trademarks or registered trademarks of their respective owners.\n\nAbout Harbourline Energy PLC\nHarbourline develops solar assets.\n\nThis information is provided by RNS, the news service of the London Stock Exchange.\n\n關於晶鋒能源\n晶鋒能源成立於2009年。\n\n※ 本新聞稿所提及之產品名稱均為各公司之註冊商標。');
    expect(r.about.map((a) => a.text)).toEqual(['Kasumi Precision makes optical sensors. It has 8,400 employees.', 'Harbourline develops solar assets.', '晶鋒能源成立於2009年。']);
  });

  it('reads a heading with a colon after it, and leaves a stock listing out of the name', () => {
    const r = release('关于星河云：\n星河云成立于2016年。\n\nAbout Harbourview Holdings Limited (HKEX: 1234)\nHarbourview invests in offices.\n\n關於晶鋒能源（股票代號：6999）\n晶鋒能源成立於2009年。\n\nAbout Acme (Europe)\nAcme Europe makes tools.');
    expect(r.about.map((a) => a.organization)).toEqual(['星河云', 'Harbourview Holdings Limited', '晶鋒能源', 'Acme (Europe)']);
  });

  it('reads an About paragraph that opens with its heading', () => {
    const r = release('About Acme: Acme Corp. is a leading maker of robots. Learn more at acme.com.\n\n关于星河云：星河云成立于2016年。官网：www.xinghecloud.com');
    expect(r.about.map(({ organization, text, urls }) => ({ organization, text, urls }))).toEqual([
      { organization: 'Acme', text: 'Acme Corp. is a leading maker of robots. Learn more at acme.com.', urls: ['acme.com'] },
      { organization: '星河云', text: '星河云成立于2016年。官网：www.xinghecloud.com', urls: ['www.xinghecloud.com'] },
    ]);
    expect(r.body).toEqual(['Acme opened a lab in Hong Kong today, its first in Asia.']);
    expect(release('About 300 guests attended: they toured the lab.\n\nAbout the program: It runs for two years.').about).toEqual([]);
  });

  it('does not take a sentence that starts with "About" or 关于 for a heading', () => {
    expect(release('About 300 guests attended the opening ceremony on Monday.').about).toEqual([]);
    expect(release('关于此次合作，双方将成立联合工作小组。').about).toEqual([]);
  });
});

describe('links', () => {
  it('lists every URL once, keeping the first spelling', () => {
    const r = release('Visit www.hkstp.org or https://www.wuxixdc.com. More at horizon.cc\nhttp://www.hkstp.org/\nmailto:a@b.com');
    expect(r.links).toEqual(['www.hkstp.org', 'https://www.wuxixdc.com', 'horizon.cc']);
  });
});
