import { describe, expect, it } from 'vitest';
import { parseRelease } from '../../index.js';

const quotes = (body: string) =>
  parseRelease(`Acme Opens New Lab in Hong Kong\n\n${body}`).quotes.map(({ text, speaker, kind }) => ({ text, speaker, kind }));

describe('direct quotes', () => {
  it('signs quotes under a "Quotes" heading with the name line under each, no dash before it (a government\'s style)', () => {
    const r = quotes('OTTAWA, March 4, 2026 – The funding was announced today.\n\nQuotes\n\n“Healthy wetlands are some of the hardest-working infrastructure we have.”\n\nThe Honourable Marie-Claude Tremblay, Minister of Infrastructure and Waterways\n\n“Farmers have always been stewards of this land.”\n\nLorraine Beaudry, Executive Director, Prairie Wetlands Alliance\n\nQuick facts');
    expect(r.map((q) => q.speaker)).toEqual([
      { name: 'Marie-Claude Tremblay', honorific: 'The Honourable', title: 'Minister of Infrastructure and Waterways', organization: null },
      { name: 'Lorraine Beaudry', honorific: null, title: 'Executive Director', organization: 'Prairie Wetlands Alliance' },
    ]);
    // A sentence under a quote is no signature.
    expect(quotes('OTTAWA, March 4, 2026 – The funding was announced today.\n\n“Healthy wetlands are some of the hardest-working infrastructure we have.”\n\nJane Doe, a farmer near Yorkton, has restored ten hectares.')[0]!.speaker).toBeNull();
  });

  it('splits Chinese descriptors: a defined short name with its industry word and suffix, a department after an industry word, a role ending in 員', () => {
    const speaker = (who: string, intro = '') => quotes(`${intro}（香港，2024年4月18日）今日公布業績。\n\n${who}表示：「數據令人鼓舞，我們會繼續努力。」`)[0]!.speaker;
    expect(speaker('恒泰生物科技集團行政總裁梁志遠博士', '恒泰生物科技集團有限公司（「恒泰生物」）今日公布。\n\n')).toEqual({ name: '梁志遠', honorific: '博士', title: '行政總裁', organization: '恒泰生物科技集團' });
    expect(speaker('聯宏證券數位金融處協理江怡君')).toEqual({ name: '江怡君', honorific: null, title: '數位金融處協理', organization: '聯宏證券' });
    expect(speaker('能源轉型部部長周振邦')).toEqual({ name: '周振邦', honorific: null, title: '部長', organization: '能源轉型部' });
    expect(speaker('江臨市氣象台首席預報員許文斌')).toEqual({ name: '許文斌', honorific: null, title: '首席預報員', organization: '江臨市氣象台' });
    expect(speaker('第一階段學員黃亞福先生')).toEqual({ name: '黃亞福', honorific: '先生', title: '第一階段學員', organization: null });
    // A body, then its department (司) and a title; a company's short form in 股份; an engineer named after the title.
    expect(speaker('國家能源局能源節約和科技裝備司副司長李文博')).toEqual({ name: '李文博', honorific: null, title: '能源節約和科技裝備司副司長', organization: '國家能源局' });
    expect(speaker('恒岳股份董事長鄭國棟')).toEqual({ name: '鄭國棟', honorific: null, title: '董事長', organization: '恒岳股份' });
    expect(speaker('運維工程師陳磊')).toEqual({ name: '陳磊', honorific: null, title: '運維工程師', organization: null });
    // 院士 before a name is a title; the region a person serves opens the title.
    expect(speaker('中国科学院院士郑国栋')).toEqual({ name: '郑国栋', honorific: null, title: '院士', organization: '中国科学院' });
    expect(speaker('Veltrix大中华区总裁Sophie Laurent女士')).toEqual({ name: 'Sophie Laurent', honorific: '女士', title: '大中华区总裁', organization: 'Veltrix' });
    expect(speaker('Vantora Systems 亞太區副總裁 Kevin Lin')).toEqual({ name: 'Kevin Lin', honorific: null, title: '亞太區副總裁', organization: 'Vantora Systems' });
    // 部門 is one word, not 部 and a title starting 門; a patient (病人) has a title, not an organization.
    expect(speaker('骨科及創傷科部門主管羅雅詩醫生')).toEqual({ name: '羅雅詩', honorific: '醫生', title: '主管', organization: '骨科及創傷科部門' });
    expect(speaker('病人梁惠芬女士')).toEqual({ name: '梁惠芬', honorific: '女士', title: '病人', organization: null });
    // 我院 is no other speaker's academy (中国科学院) for ending in 院.
    const school = quotes('（北京，2025年4月8日）我院孙海涛教授团队取得重要进展。\n\n孙海涛教授表示：「我们花了三年时间。」\n\n中国科学院院士郑怀远表示：「这项研究抓住了关键瓶颈。」');
    expect(school.map((q) => q.speaker?.organization)).toEqual(['我院', '中国科学院']);
    expect(speaker('香港科技園公司轉化研發所高級總監劉思雅博士')).toEqual({ name: '劉思雅', honorific: '博士', title: '轉化研發所高級總監', organization: '香港科技園公司' });
    // An office's short name: 新聞辦 (新聞辦公室).
    expect(speaker('省政府新聞辦副主任羅春暉')).toEqual({ name: '羅春暉', honorific: null, title: '副主任', organization: '省政府新聞辦' });
  });

  it('gives a quote no honorific another quote of the same name has when its title ends with it (化學與材料學院教授陳立峰), and that quote\'s organization', () => {
    const r = quotes('近日，東江大學化學與材料學院陳立峰教授團隊取得進展。\n\n東江大學化學與材料學院教授陳立峰表示：「晶格氧就像房子的承重牆。」\n\n圖為陳立峰教授（中）與研究團隊成員討論數據\n\n談及下一步，陳立峰說：「我們希望在兩到三年內把技術推向產業應用。」');
    expect(r[0]!.speaker).toEqual({ name: '陳立峰', honorific: null, title: '化學與材料學院教授', organization: '東江大學' });
    // Named before with the school in the organization, as 東江大學 / 化學與材料學院教授 the first quote splits it.
    expect(r[1]!.speaker).toMatchObject({ title: '化學與材料學院教授', organization: '東江大學' });
  });

  it('reads an organization before a title and a name ("Harbourside FC head coach Daniel Okafor"), and a family name before a clause', () => {
    const r = quotes('Harbourside FC have signed midfielder Lucas Ferreira from Estrela do Norte.\n\nHarbourside FC head coach Daniel Okafor said: "Lucas is exactly the type of player we have been looking for."\n\nFerreira, who completed his medical on Thursday, said: "I\'m so happy to be here and I cannot wait to play."');
    expect(r.map((q) => q.speaker)).toEqual([
      { name: 'Daniel Okafor', honorific: null, title: 'head coach', organization: 'Harbourside FC' },
      { name: 'Lucas Ferreira', honorific: null, title: null, organization: null },
    ]);
  });

  it('reads a results item\'s heading before a colon ("Cash Position: Cash … were …") as no speaker, a person named before as one', () => {
    expect(quotes('Acme today reported results for the quarter ended March 31, 2024.\n\nCash Position: Cash, cash equivalents and marketable securities were $412.6 million as of March 31, 2024.')).toEqual([]);
    expect(quotes('Acme today welcomed Jane Doe to its board.\n\nJane Doe: We are delighted to be joining at such an exciting time, and we thank the board for its trust.').map((q) => q.speaker?.name)).toEqual(['Jane Doe']);
  });

  it('reads the title on the line under a signature\'s name, a name with particles after a title, and a portfolio listed with commas', () => {
    const signed = quotes('TORONTO — The province is investing $18.6 million.\n\nQuotes\n\n“Young people here have told me again and again that they want to build their careers here.”\n\n- Darlene Ruttan\nMPP for Thunder Bay—Atikokan\n\n“Our programs have had waiting lists for three years running, and this changes that.”\n\n- Rachel Lindqvist\nPresident, Northern Shield College');
    expect(signed.map((q) => q.speaker)).toEqual([
      { name: 'Darlene Ruttan', honorific: null, title: 'MPP for Thunder Bay—Atikokan', organization: null },
      { name: 'Rachel Lindqvist', honorific: null, title: 'President', organization: 'Northern Shield College' },
    ]);
    expect(quotes('JOHANNESBURG, 5 March 2024 – Umhlaba reported results.\n\nGroup Financial Director Pieter van der Merwe said that net debt had fallen to R1.1 billion.')[0]!.speaker)
      .toEqual({ name: 'Pieter van der Merwe', honorific: null, title: 'Group Financial Director', organization: null });
    const listed = quotes('NEW DELHI, 5 March 2024 – The Union Minister for Ports, Shipping and Waterways, Shri Arvind Kumar Thakur, launched the platform today.\n\nShri Thakur said, “Waterways are the cheapest way to move cargo in the country today.”');
    expect(listed[0]!.speaker).toEqual({ name: 'Arvind Kumar Thakur', honorific: 'Shri', title: 'Union Minister for Ports, Shipping and Waterways', organization: null });
  });

  it('reads a name with a capital inside a word (Marie-Claude, McDonald, O’Brien) whole, and a title before a colon without it', () => {
    for (const name of ['Marie-Claude Tremblay', 'Ronald McDonald', 'Sean O’Brien']) {
      expect(quotes(`LONDON, 4 March 2026 – Today, ${name}, Chair of the Council, announced the plan.\n\n“We are glad to be here today,” she said.`)[0]!.speaker).toEqual({ name, honorific: null, title: 'Chair', organization: 'the Council' });
    }
    expect(quotes('LONDON, 4 March 2026 – The Council met today.\n\nKwame Asante-Boateng, Chair of the Council:\n\n“We are glad to be here today.”')[0]!.speaker).toEqual({ name: 'Kwame Asante-Boateng', honorific: null, title: 'Chair', organization: 'the Council' });
  });

  it('splits a Chinese speaker into organization, title, name and honorific', () => {
    expect(quotes('香港科技园公司行政总裁黄克强先生表示：「科技园公司作为香港最大的科技研发及企业孵化基地，具备完善的基础设施。」')).toEqual([
      { text: '科技园公司作为香港最大的科技研发及企业孵化基地，具备完善的基础设施。', kind: 'direct', speaker: { name: '黄克强', honorific: '先生', title: '行政总裁', organization: '香港科技园公司' } },
    ]);
  });

  it('reads a Chinese name whose last character starts a verb (黃克強, 强调), the verb 指, and a speaker after the quote', () => {
    const hkstp = { name: '黃克強', honorific: null, title: '行政總裁', organization: '香港科技園公司' };
    for (const body of [
      '香港科技園公司行政總裁黃克強表示：「計劃將為初創企業提供全方位支援，助他們走向國際市場。」',
      '香港科技園公司行政總裁黃克強指：「計劃將為初創企業提供全方位支援，助他們走向國際市場。」',
      '「計劃將為初創企業提供全方位支援，助他們走向國際市場。」香港科技園公司行政總裁黃克強說。',
    ]) expect(quotes(`（香港，2023年10月18日）科技園公司今日宣布推出計劃。\n\n${body}`).map((q) => q.speaker)).toEqual([hkstp]);
  });

  it('reads a speaker after the quote named there first, or by family name and honorific (「…」鄭博士說), and keeps a quote ending in a comma', () => {
    const cheng = { name: '鄭美華', honorific: '博士', title: '研發總監', organization: null };
    const r = quotes('晶宇科技今日發布新一代液冷伺服器，研發總監鄭美華博士出席。\n\n「液冷將是資料中心的主流，晶宇已做好準備。」陳大文說。\n\n「我們以椰殼作原料，既減少廢物，又降低成本，」鄭博士說。\n\n「愛心飯堂」計劃負責人何志明表示，計劃將擴展至十八區。');
    expect(r.filter((q) => q.kind === 'direct')).toEqual([
      { text: '液冷將是資料中心的主流，晶宇已做好準備。', kind: 'direct', speaker: { name: '陳大文', honorific: null, title: null, organization: null } },
      { text: '我們以椰殼作原料，既減少廢物，又降低成本', kind: 'direct', speaker: cheng },
    ]);
    // A short sentence, and the halves of a quote split by who said it.
    const short = quotes('星驰汽车高级副总裁赵敏女士出席发布会。\n\n“E7会是爆款。”赵女士说。\n\n“我们很有信心，”赵女士说，“交付没有问题。”');
    expect(short.map((q) => [q.text, q.speaker?.name])).toEqual([['E7会是爆款。', '赵敏'], ['我们很有信心', '赵敏'], ['交付没有问题。', '赵敏']]);
  });

  it('reads a family name and an honorific after a title or a role as the name (行政总裁黄先生, 游客林先生), not a given name after a one-character title (李长春先生)', () => {
    const speaker = (s: string) => quotes(`（香港，2023年10月18日）科技园公司今日宣布推出计划。\n\n${s}`)[0]?.speaker;
    expect(speaker('行政总裁黄先生表示：“计划反应热烈。”')).toEqual({ name: '黄', honorific: '先生', title: '行政总裁', organization: null });
    expect(speaker('在发布会现场，游客林先生说：“外观很有科技感。”')).toEqual({ name: '林', honorific: '先生', title: '游客', organization: null });
    expect(speaker('市民陳小姐表示：「很方便。」')).toEqual({ name: '陳', honorific: '小姐', title: '市民', organization: null });
    expect(speaker('李长春先生表示：“计划反应热烈。”')).toEqual({ name: '李长春', honorific: '先生', title: null, organization: null });
    // Without an honorific, the word after such a role is a verb's more often than a name: 居民關注晚間… names no
    // 關注晚, and 他 after the quote is the official named before.
    const pronoun = quotes('　　海濱發展署署長梁思華今日表示，長廊將於下周開放。\n\n　　「我們明白居民關注晚間噪音問題，」他補充說，「署方已與區議會建立通報機制。」');
    expect(pronoun.map((q) => q.speaker?.name)).toEqual(['梁思華', '梁思華', '梁思華']);
    // An English name with its honorific ends where the Chinese text goes on.
    expect(speaker('園區首席科技官Dr. Priya Raman表示：「計劃反應熱烈。」')?.name).toBe('Priya Raman');
    // The Chinese title before it is theirs, its organization the one the release names; 首席科技官 stays whole.
    expect(speaker('香港數碼創新園公司（「數碼創新園」）今日公布計劃。數碼創新園首席科技官Dr. Priya Raman表示：「計劃反應熱烈。」')).toEqual({ name: 'Priya Raman', honorific: 'Dr.', title: '首席科技官', organization: '數碼創新園' });
    expect(speaker('數碼創新園首席科技官黃大文表示：「計劃反應熱烈。」')?.title).toMatch(/首席科技官$/);
  });

  it('reads institutes (院), trade associations (公會) and cities (市) as organizations', () => {
    const q = quotes('（台北，2025年5月14日）工研院今日宣布新製程。\n\n工研院院長劉文雄指出，新製程可望每年減少約120萬噸碳排放。\n\n台灣水泥公會理事長陳志明表示：「業界期待這項技術。」\n\n台中市副市長王大明表示，市府會全力配合。');
    expect(q.map((x) => x.speaker)).toEqual([
      { name: '劉文雄', honorific: null, title: '院長', organization: '工研院' },
      { name: '陳志明', honorific: null, title: '理事長', organization: '台灣水泥公會' },
      { name: '王大明', honorific: null, title: '副市長', organization: '台中市' },
    ]);
  });

  it('ends a company\'s name at its ending when an industry word follows: the field is the title\'s (生物醫藥科技總監)', () => {
    const q = quotes('（香港，2026年3月4日）港灣生物今天宣佈完成融資。\n\n香港科技園公司生物醫藥科技總監黃志偉先生表示，科學園將繼續支援本地企業。');
    expect(q.map((x) => x.speaker)).toEqual([{ name: '黃志偉', honorific: '先生', title: '生物醫藥科技總監', organization: '香港科技園公司' }]);
  });

  it('keeps a place before a short name the release defines (香港科技園公司, not 科技園公司), and a city\'s office whole (南江市生态环境局)', () => {
    const speakers = (body: string) => quotes(body).map((q) => q.speaker && [q.speaker.organization, q.speaker.title]);
    expect(speakers('（香港，2025年3月12日）—星海資本有限公司（「星海資本」）今日與香港科技園公司（「科技園公司」）簽署合作備忘錄。\n\n香港科技園公司行政總裁黃克強博士表示：「深科技初創企業往往需要較長的研發周期及耐心資本，是次合作十分重要。」'))
      .toEqual([['香港科技園公司', '行政總裁']]);
    expect(speakers('南江市召开会议。\n\n市生态环境局党组书记、局长郑国栋表示：“我们将压实责任，确保任务落实到位。”\n\n南江市生态环境局局长郑国栋指出，全市空气质量持续改善。\n\n合肥市副市长王小明表示：“我们将持续优化营商环境，推动经济发展。”')).toEqual([
      ['市生态环境局', '党组书记、局长'], ['南江市生态环境局', '局长'], ['合肥市', '副市长'],
    ]);
    // A short name in a bracket with no quotes (香港恒理大學（恒大）) opens a speaker's description as a defined one
    // does; one that only cuts the full name's end (（研究院）) is no such name. 教授 before a name and a speech verb
    // is a title (工程學系教授陳大文表示), not the honorific of a name 程學系.
    expect(speakers('香港恒理大學（恒大）研究團隊成功研發新型薄膜。\n\n恒大土木及環境工程學系博士研究生莫詠琪表示：「我們試了超過一百種配方。」\n\n恒大土木工程學系教授陳大文表示：「這是好事。」')).toEqual([
      ['恒大', '土木及環境工程學系博士研究生'], ['恒大', '土木工程學系教授'],
    ]);
    expect(speakers('（香港，2026年3月4日）— 香港創意設計研究院（研究院）今日發布報告。\n\n香港創意設計研究院行政總裁顏卓勤先生表示：「設計關乎生命周期。」')).toEqual([['香港創意設計研究院', '行政總裁']]);
    // After the short name a release defines, 集團 is the full name's (恒峰地產集團); after the full name, the title's.
    expect(speakers('（香港，2026年3月4日）— 恒峰地產控股有限公司（「恒峰地產」）今日公布業績。\n\n恒峰地產集團行政總裁李志明先生表示：「業績理想。」\n\n恒峰地產控股有限公司集團主席黃永康先生表示：「前景樂觀。」')).toEqual([
      ['恒峰地產集團', '行政總裁'], ['恒峰地產控股有限公司', '集團主席'],
    ]);
    // A commission's or a Party committee's short name ends in 委 (发展改革委, 卫健委, 市委), and 书记 is a title.
    expect(speakers('滨溪市召开发布会。\n\n滨溪市发展改革委党组书记、主任刘建华指出，今年新登记经营主体4.2万户。\n\n市卫健委副主任王丽表示：“我们将继续推进医疗改革。”\n\n中共滨溪市委书记张国强强调：“要持续优化营商环境。”')).toEqual([
      ['滨溪市发展改革委', '党组书记、主任'], ['市卫健委', '副主任'], ['中共滨溪市委', '书记'],
    ]);
  });

  it('reads a speaker before where and when they spoke (在发布会上表示, 今日於記者會上說)', () => {
    const q = quotes('（上海，2026年3月5日）星轨工作室今日发布新游戏。\n\n星轨工作室创始人兼制作人周逸凡在公测发布会上表示：“我们花了五年时间打磨这款游戏。”\n\n海景控股主席陳偉德今日於記者會上說：「我們對前景充滿信心。」\n\n副总裁于洋表示：“于总的团队功不可没。”');
    expect(q.map((x) => x.speaker)).toEqual([
      { name: '周逸凡', honorific: null, title: '创始人兼制作人', organization: '星轨工作室' },
      { name: '陳偉德', honorific: null, title: '主席', organization: '海景控股' },
      { name: '于洋', honorific: null, title: '副总裁', organization: null },
    ]);
  });

  it('reads a name written with middle dots whole, and Malaysian honorifics printed before a name', () => {
    const q = quotes('（北京，2026年3月5日）极曜汽车今日发布新车。\n\n极曜汽车全球副总裁马克·韦伯（Mark Webber）在发布会上表示：“Terra代表了极曜的最高水准。”\n\n总裁安娜‧施密特说：“中国是最重要的市场。”\n\n金马仑集团董事经理拿督陈国荣表示：“集团业绩理想。”\n\n拿汀斯里黄美玲则说：“我们将继续扩张。”\n\n主席丹斯里拿督斯里陈志远说：“市场充满信心。”');
    expect(q.map((x) => x.speaker)).toEqual([
      { name: '马克·韦伯', honorific: null, title: '全球副总裁', organization: '极曜汽车' },
      { name: '安娜‧施密特', honorific: null, title: '总裁', organization: null },
      { name: '陈国荣', honorific: '拿督', title: '董事经理', organization: '金马仑集团' },
      { name: '黄美玲', honorific: '拿汀斯里', title: null, organization: null },
      // Stacked, as Malaysia's are printed.
      { name: '陈志远', honorific: '丹斯里拿督斯里', title: '主席', organization: null },
    ]);
  });

  it('splits a role with no name into organization and title (醫管局發言人), and reads 館, 會 and 警方 as organizations', () => {
    const q = quotes('（香港，2026年3月5日）醫院管理局今日公布新措施。\n\n醫管局發言人表示：「我們會密切留意情況，並作出適當安排。」\n\n警方發言人說：「警方會嚴肅跟進事件，呼籲市民提供資料。」\n\n文化館館長馬思蘊博士表示：「是次展覽展出逾百件珍貴藏品。」\n\n香港耆康會總幹事陳國強博士表示：「長者服務需求與日俱增。」\n\n賽馬會慈善及社區事務執行總監梁嘉琪表示：「我們會繼續支持社區。」');
    expect(q.map((x) => x.speaker && [x.speaker.organization, x.speaker.title, x.speaker.name])).toEqual([
      ['醫管局', '發言人', null], ['警方', '發言人', null], ['文化館', '館長', '馬思蘊'], ['香港耆康會', '總幹事', '陳國強'], ['賽馬會', '慈善及社區事務執行總監', '梁嘉琪'],
    ]);
  });

  it('reads a name with a family name of two characters after a title (副局長歐陽偉倫), and 補充指', () => {
    const q = quotes('澳門，2025年3月5日——文化遺產局推出導賞計劃。\n\n文化遺產局副局長歐陽偉倫補充指，局方已培訓首批共四十名導賞員。他說：「我們希望導賞員能夠把感情分享出來。」');
    expect(q.map((x) => [x.kind, x.speaker])).toEqual([
      ['indirect', { name: '歐陽偉倫', honorific: null, title: '副局長', organization: '文化遺產局' }],
      ['direct', { name: '歐陽偉倫', honorific: null, title: '副局長', organization: '文化遺產局' }],
    ]);
  });

  it('splits 社會福利署署長 and 體育部長兼…, keeps a paragraph\'s number out of the organization, and reads an English name in brackets as the same person', () => {
    const q = quotes('（新加坡，2025年8月12日）政府今天宣布新计划。\n\n1. 社區發展與體育部今天宣布，政府將撥款2億元，推出新計劃，涵蓋全島五十個組屋區。\n\n2. 社区发展与体育部长兼卫生部第二部长黄国豪博士（Dr Ng Kok Hao）今早在活动中心主持推介礼时指出，新加坡人口老化速度加快。“保持活跃不仅关乎个人健康。”\n\n3. 社會福利署署長李佩詩表示：「政府會繼續支持樂齡科技的發展。」');
    expect(q.map((x) => x.speaker && [x.speaker.name, x.speaker.title, x.speaker.organization])).toEqual([
      ['黄国豪', '部长兼卫生部第二部长', '社区发展与体育部'], ['黄国豪', '部长兼卫生部第二部长', '社区发展与体育部'], ['李佩詩', '署長', '社會福利署'],
    ]);
  });

  it('leaves a one-character office out (市長, 院长): it names no organization', () => {
    const q = quotes('（台北，2026年3月5日）臺北市政府今日宣布新措施。\n\n市長林宏達表示：「我們會全力推動。」\n\n院长宋立群说：“手术非常成功。”');
    expect(q.map((x) => x.speaker)).toEqual([
      { name: '林宏達', honorific: null, title: '市長', organization: null },
      { name: '宋立群', honorific: null, title: '院长', organization: null },
    ]);
  });

  it('keeps a portfolio in brackets after a Chinese title in the title', () => {
    const q = quotes('（香港，2025年3月5日）應科院今日發布研究成果。\n\n運輸署助理署長（交通管理）陳嘉明在活動上致辭時說，政府歡迎業界應用新技術。');
    expect(q.map((x) => x.speaker)).toEqual([{ name: '陳嘉明', honorific: null, title: '助理署長（交通管理）', organization: '運輸署' }]);
    // With an honorific after the name too; a place in a photo after a title is no portfolio.
    const honoured = quotes('（香港，2026年3月5日）醫服局今日公布輪候時間。\n\n醫服局總行政經理（服務轉型）何綺雯醫生表示：「我們會繼續善用科技。」');
    expect(honoured.map((x) => x.speaker)).toEqual([{ name: '何綺雯', honorific: '醫生', title: '總行政經理（服務轉型）', organization: '醫服局' }]);
    const pictured = quotes('（香港，2026年3月5日）大學今日公布研究成果。\n\n研究團隊成員（左起）博士生黃樂怡女士說：「實驗很成功。」');
    expect(pictured.map((x) => x.speaker?.title)).toEqual(['博士生']);
  });

  it('knows a short name defined in brackets after the full one', () => {
    const q = quotes('海景控股有限公司（「海景」或「集團」；股份代號：1234）今天公布中期業績。\n\n海景主席陳偉德先生表示：「我們對香港的長遠發展充滿信心，集團會繼續投資。」');
    expect(q.map((x) => x.speaker)).toEqual([{ name: '陳偉德', honorific: '先生', title: '主席', organization: '海景' }]);
    // After the stock codes in the same bracket; and the short name with the full name's suffix after it.
    const after = quotes('恒信医疗器械股份有限公司（上交所：603919；港交所：2219，“恒信医疗”或“公司”）今日公布年度业绩。\n\n恒信医疗董事长兼总裁邱建民先生表示：“公司坚持创新驱动和国际化两大战略，交出了一份稳健的答卷。”\n\n恒信医疗集团行政总裁陈大文先生表示：“我们将继续加大高端产品的研发投入。”');
    expect(after.map((x) => x.speaker && [x.speaker.organization, x.speaker.title])).toEqual([['恒信医疗', '董事长兼总裁'], ['恒信医疗集团', '行政总裁']]);
  });

  it('reads the speaker of "According to Name, Title of Org, “…”"', () => {
    expect(quotes('According to Jane Doe, CEO of Acme Corp, “the program is the first of its kind in the region.”')).toEqual([
      { text: 'the program is the first of its kind in the region.', kind: 'direct', speaker: { name: 'Jane Doe', honorific: null, title: 'CEO', organization: 'Acme Corp' } },
    ]);
  });

  it('takes no quote from marks around nothing', () => {
    expect(quotes('Jane Doe, CEO of Acme, said: “”. Then she left.\n\n陳大文博士表示：「」')).toEqual([]);
  });

  it('reads a speaker with accented names the same, composed or decomposed', () => {
    const text = '“We will grow in Asia, and we will grow fast,” said Dr. Renée Dubé, director of Ångström Labs.';
    for (const form of ['NFC', 'NFD'] as const) {
      const [q] = quotes(text.normalize(form));
      expect(q!.speaker).toEqual({ name: 'Renée Dubé'.normalize(form), honorific: 'Dr.', title: 'director', organization: 'Ångström Labs'.normalize(form) });
    }
  });

  it('reads English attributions before and after the quote', () => {
    const qs = quotes(
      'Albert Wong, CEO of HKSTP, said, “We are extremely pleased to welcome BioMap to Science Park today.”\n\n' +
        '"Cold-chain failures are costly in any industry, and in healthcare they put patients at risk," said Jane Doe, chief executive officer of Northwind Robotics.',
    );
    expect(qs.map((q) => q.speaker)).toEqual([
      { name: 'Albert Wong', honorific: null, title: 'CEO', organization: 'HKSTP' },
      { name: 'Jane Doe', honorific: null, title: 'chief executive officer', organization: 'Northwind Robotics' },
    ]);
    expect(qs[1]!.text).toBe('Cold-chain failures are costly in any industry, and in healthcare they put patients at risk');
  });

  it('gives the second half of a split quote the same speaker', () => {
    const qs = quotes('“We are ready,” said Dr Mary Chan, Director of Carewell. “Our teams have trained for two years and the first patients arrive next week.”');
    expect(qs).toHaveLength(2);
    expect(qs[1]!.speaker).toEqual(qs[0]!.speaker);
    expect(qs[0]!.speaker).toMatchObject({ name: 'Mary Chan', honorific: 'Dr', title: 'Director', organization: 'Carewell' });
  });

  it('resolves pronouns and short references to the person named before', () => {
    const zh = quotes('阿斯利康全球執行副總裁王磊先生亦對是次合作表示振奮。他表示：「作為一家領先全球的生物科技公司，我們對合作充滿信心。」');
    expect(zh[0]!.speaker).toMatchObject({ name: '王磊', honorific: '先生' });
    const en = quotes('The line was opened by Professor Edwin Lok, Chairman of HAMA, on Monday.\n\nProf Lok commented: "Hong Kong still has deep manufacturing know-how, and this line is a shared workshop for the whole industry."');
    expect(en[0]!.speaker).toMatchObject({ name: 'Edwin Lok', honorific: 'Professor', title: 'Chairman', organization: 'HAMA' });
    const she = quotes('Grace Lim, Head of Digital at Acme, opened the event.\n\n“It has been a long road for our whole team, and we are proud of it,” she added.');
    expect(she[0]!.speaker).toMatchObject({ name: 'Grace Lim', title: 'Head of Digital', organization: 'Acme' });
  });

  it('keeps a quote that runs over several paragraphs as one', () => {
    const qs = quotes('Dr Alan Park, President of Example Foundation, said: “The first paragraph of what he said goes on here.\n\n“The second paragraph ends the quote and closes it.”');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text).toBe('The first paragraph of what he said goes on here.\nThe second paragraph ends the quote and closes it.');
  });

  it('does not take scare quotes, quoted names or book titles for speech', () => {
    expect(quotes('HKSTP serves as a ‘super-connector’ for the city’s start-ups, and guests joined the “Light Up” ceremony.')).toEqual([]);
    expect(quotes('今年更將合作「升級」，並推出《香港創新科技發展藍圖》。')).toEqual([]);
    expect(quotes('The project, called “Open by default for every resident of the city”, starts in May.')).toEqual([]);
  });

  it('reads speech in straight single quotes, as British and Canadian releases print it, and no apostrophe as a quote', () => {
    const okoye = { name: 'Amara Okoye', honorific: 'Dr.', title: 'Executive Director', organization: 'the Coalition' };
    expect(quotes("'This is a solvable problem,' said Dr. Amara Okoye, Executive Director of the Coalition. 'What is missing is the money.'")).toEqual([
      { text: 'This is a solvable problem', kind: 'direct', speaker: okoye },
      { text: 'What is missing is the money.', kind: 'direct', speaker: okoye },
    ]);
    expect(quotes("The firm's growth since the '90s, and its students' work, won the 'Best Employer' award, said Jane Doe.").filter((q) => q.kind === 'direct')).toEqual([]);
  });

  it('resolves "Mr Rivers says" to the minister a release is from, printed over their office at its top', () => {
    const page = 'Skip to main content\nBeehive.govt.nz\nSearch\nReleases\nSpeeches\nMinisters\n\nHon Sam Kowhai\nMinister for Conservation\n\nPublished: 5 July 2024\n\nIsland pest-free push steps up\n\nThe Government is committing $11.5 million over four years to remove rats, possums and feral cats from the island, bringing it a step closer to becoming pest-free.\n\nThe funding will support the first phase of eradication across 21,000 hectares of the northern part of the island.\n\n"This is one of the most ambitious conservation projects in the world," Mr Kowhai says.';
    const wrapped = 'The Hon. Priya Rangan MP\nMinister for Transport\n\nMedia release\n\nOvernight buses for hospital workers\n\nSYDNEY – New overnight bus routes start on Monday.\n\n"These routes are planned around rosters," Minister Rangan said.';
    expect([parseRelease(page).quotes[0]?.speaker, parseRelease(wrapped).quotes[0]?.speaker]).toEqual([
      { name: 'Sam Kowhai', honorific: 'Hon', title: 'Minister for Conservation', organization: null },
      { name: 'Priya Rangan', honorific: 'The Hon.', title: 'Minister for Transport', organization: null },
    ]);
  });

  it('leaves the auxiliary of "has today announced that" out of who speaks, not the May of Theresa May', () => {
    const r = quotes('The Minister of Water and Sanitation, Ms Thandiwe Mokoena, has today announced that construction of the scheme will begin in September 2024.\n\n"We will act," said Theresa May.');
    expect(r.map((q) => q.speaker)).toEqual([
      { name: 'Thandiwe Mokoena', honorific: 'Ms', title: 'Minister of Water and Sanitation', organization: null },
      { name: 'Theresa May', honorific: null, title: null, organization: null },
    ]);
  });

  it('resolves a title alone to the person named before with it', () => {
    const en = quotes('Professor Frederick Ma, Chairman of HAMA, opened the line.\n\n“We have waited ten years for a shared line like this one,” the Chairman said.');
    expect(en[0]!.speaker).toMatchObject({ name: 'Frederick Ma', title: 'Chairman', organization: 'HAMA' });
    const zh = quotes('香港科技園公司主席查毅超博士出席儀式。\n\n主席表示：「生物科技不僅是香港經濟發展的重要支柱，對人類福祉也至關重要。」');
    expect(zh[0]!.speaker).toMatchObject({ name: '查毅超', title: '主席' });
    // A title with its portfolio after it: "the Minister" is its head.
    const portfolio = quotes('Minister of Coastal Affairs, Shri Arvind Rao, said that the drive would restore 2,000 mangrove sites.\n\n"Every mangrove we restore protects a village," the Minister said.');
    expect(portfolio.map((q) => q.speaker?.name)).toEqual(['Arvind Rao', 'Arvind Rao']);
  });

  it('reads transcripts: a speaker, a colon and what they said', () => {
    const qs = quotes('Following is the transcript of remarks by the Chief Secretary for Administration, Mr Matthew Cheung, today.\n\nChief Secretary for Administration: On the first question, it would be wrong to link the testing programme with the election.\n\nKey facts: the programme runs for two weeks and covers every district of the city.');
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ kind: 'direct', text: 'On the first question, it would be wrong to link the testing programme with the election.' });
    expect(qs[0]!.speaker).toMatchObject({ name: 'Matthew Cheung', title: 'Chief Secretary for Administration' });
    // A title and its subtitle are no speaker and sentence.
    expect(quotes('Tides of Silver: The Whaling Coast in Art, 1780–1880 runs from 12 April to 30 August in the main gallery.\n\nJane Austen: A Life in Letters is also on display until May, with forty letters.')).toEqual([]);
    // Under an intro that ends in a colon, each paragraph still names its own speaker; a question is asked.
    const asked = quotes('Following is the transcript of remarks by the Secretary for Justice, Mr Paul Lam, SC, at a media session today:\n\nReporter: Will the Government introduce the bill this year?\n\nSecretary for Justice: We have completed the consultation, and we will introduce it soon.');
    expect(asked.map((q) => [q.text, q.speaker?.name ?? null, q.speaker?.title ?? null])).toEqual([
      ['Will the Government introduce the bill this year?', null, 'Reporter'],
      ['We have completed the consultation, and we will introduce it soon.', 'Paul Lam', 'Secretary for Justice'],
    ]);
  });

  it('reads British styles before a name as honorifics, and leaves degrees and honours after it out', () => {
    const speakers = (quote: string) => quotes(`LEEDS, 5 March 2024 – Acme opened a lab in Leeds today.\n\n${quote}`).map((q) => q.speaker);
    expect(speakers('Councillor Tom Reilly, Executive Member for Housing at Leeds City Council, said: ‘This partnership has delivered homes people can afford.’')).toEqual([
      { name: 'Tom Reilly', honorific: 'Councillor', title: 'Executive Member for Housing', organization: 'Leeds City Council' },
    ]);
    expect(speakers('Dr. Maria Lopez, Ph.D., director of the Center for Genomics at Acme University, said, “We are proud of our staff and of this result.”')).toEqual([
      { name: 'Maria Lopez', honorific: 'Dr.', title: 'director of the Center for Genomics', organization: 'Acme University' },
    ]);
    expect(speakers('Executive Vice-President Margrethe Vestager, in charge of competition policy, said: “This scheme will help Spain grow its production of hydrogen.”')).toEqual([
      { name: 'Margrethe Vestager', honorific: null, title: 'Executive Vice-President', organization: null },
    ]);
    expect(speakers('“We are proud of our staff and of this result,” said Baroness Jane Smith MBE, chair of Acme Trust.')).toEqual([
      { name: 'Jane Smith', honorific: 'Baroness', title: 'chair', organization: 'Acme Trust' },
    ]);
  });

  it('reads a title with its portfolio before the name, and an honorific between them', () => {
    const speaker = (who: string) => quotes(`LONDON, 5 March 2024 – Acme opened a lab in London today.\n\n${who} said: “This is the kind of investment we want to see.”`)[0]?.speaker;
    const person = (name: string, honorific: string | null, title: string, organization: string | null) => ({ name, honorific, title, organization });
    expect(speaker('Secretary of State for Science, Innovation and Technology Peter Kyle')).toEqual(person('Peter Kyle', null, 'Secretary of State for Science, Innovation and Technology', null));
    expect(speaker('Peter Kyle, Secretary of State for Science, Innovation and Technology,')).toEqual(person('Peter Kyle', null, 'Secretary of State for Science, Innovation and Technology', null));
    expect(speaker('Secretary for Innovation, Technology and Industry Professor Sun Dong')).toEqual(person('Sun Dong', 'Professor', 'Secretary for Innovation, Technology and Industry', null));
    expect(speaker('President of the European Commission Ursula von der Leyen')).toEqual(person('Ursula von der Leyen', null, 'President', 'the European Commission'));
    expect(speaker('Minister of State for Trade Policy Mary J. Blige')).toEqual(person('Mary J. Blige', null, 'Minister of State for Trade Policy', null));
    expect(speaker('Head of Marketing Sam Green')).toEqual(person('Sam Green', null, 'Head of Marketing', null));
    // An honorific that is a title too, after a place's short name or a ward's number: the title, not the name's.
    expect(speaker('Ward 4 Councillor Dana Whitford')).toEqual(person('Dana Whitford', null, 'Ward 4 Councillor', null));
    expect(speaker('City Councillor Dana Whitford')).toEqual(person('Dana Whitford', null, 'City Councillor', null));
    // A role in lower case, as British releases print it.
    expect(speaker('Director of football Anya Brooks')).toEqual(person('Anya Brooks', null, 'Director of football', null));
    expect(speaker('head of communications Priya Shah')).toEqual(person('Priya Shah', null, 'head of communications', null));
    // A minister's "of" names a portfolio; a company's secretary works for an organization.
    expect(speaker('Julie Dabrusin, Minister of Environment and Climate Change,')).toEqual(person('Julie Dabrusin', null, 'Minister of Environment and Climate Change', null));
    expect(speaker('Jane Roe, Secretary of Acme Holdings Ltd,')).toEqual(person('Jane Roe', null, 'Secretary', 'Acme Holdings Ltd'));
    // The word before "of" is the minister's: a secretary general serves a body, an assistant secretary a portfolio.
    expect(speaker('Henrik Aaltonen, Secretary General of Clearwater Relief International,')).toEqual(person('Henrik Aaltonen', null, 'Secretary General', 'Clearwater Relief International'));
    expect(speaker('Ana Ruiz, Assistant Secretary of Commerce,')).toEqual(person('Ana Ruiz', null, 'Assistant Secretary of Commerce', null));
    // "for" an organization's name; "for" a field or a portfolio stays in the title.
    expect(speaker('Grace Achieng, Kenya Country Director for WellSpring Alliance,')).toEqual(person('Grace Achieng', null, 'Kenya Country Director', 'WellSpring Alliance'));
    expect(speaker('Ben Cole, Vice President for Research,')).toEqual(person('Ben Cole', null, 'Vice President for Research', null));
    expect(speaker('Ben Cole, Minister for the Cabinet Office,')).toEqual(person('Ben Cole', null, 'Minister for the Cabinet Office', null));
    // A trade names a firm after a CEO, a portfolio after or before a minister.
    expect(speaker('Stephen Lecce, Minister of Energy and Mines,')).toEqual(person('Stephen Lecce', null, 'Minister of Energy and Mines', null));
    expect(speaker('Secretary of Energy Jennifer Granholm')).toEqual(person('Jennifer Granholm', null, 'Secretary of Energy', null));
    expect(speaker('Energy Minister Stephen Lecce')).toEqual(person('Stephen Lecce', null, 'Energy Minister', null));
    expect(speaker('Jane Doe, CEO of Northwind Energy,')).toEqual(person('Jane Doe', null, 'CEO', 'Northwind Energy'));
    expect(speaker('Northwind Energy CEO Jane Doe')).toEqual(person('Jane Doe', null, 'CEO', 'Northwind Energy'));
    // "the company's": a common noun in the possessive names no organization; a name does.
    expect(speaker("Dr. Amara Okoye, the coalition's executive director,")).toEqual(person('Amara Okoye', 'Dr.', 'executive director', null));
    expect(speaker("Jane Doe, the Coalition's executive director,")).toEqual(person('Jane Doe', null, 'executive director', 'Coalition'));
    // A US legislator: an abbreviated title, and party and state in brackets after the name.
    expect(speaker('Sen. Ted Cruz (R-Texas)')).toEqual(person('Ted Cruz', null, 'Sen.', null));
    expect(speaker('Senator Maria Cantwell (D-WA)')).toEqual(person('Maria Cantwell', null, 'Senator', null));
    expect(speaker('Lt. Gov. Dan Patrick')).toEqual(person('Dan Patrick', null, 'Lt. Gov.', null));
    // Police and military ranks, abbreviated with a dot as with none.
    expect(speaker('Det. Supt. Mark Ellison')).toEqual(person('Mark Ellison', null, 'Det. Supt.', null));
    expect(speaker('Sgt. Dana Whitfield')).toEqual(person('Dana Whitfield', null, 'Sgt.', null));
    expect(speaker('Lt. Col. Ana Ruiz')).toEqual(person('Ana Ruiz', null, 'Lt. Col.', null));
    expect(speaker('Cpl Ben Osei')).toEqual(person('Ben Osei', null, 'Cpl', null));
    // An organization's word alone before the title is the title's: it names no one body.
    expect(speaker('Police Chief Larry Gonzalez')).toEqual(person('Larry Gonzalez', null, 'Police Chief', null));
    expect(speaker('Police Sgt. Dana Whitfield')).toEqual(person('Dana Whitfield', null, 'Police Sgt.', null));
    expect(speaker('HKSTP CEO Dr Albert Wong')).toEqual(person('Albert Wong', 'Dr', 'CEO', 'HKSTP'));
    expect(speaker('Associate Professor Jane Doe')).toEqual(person('Jane Doe', null, 'Associate Professor', null));
    // A name of three words after an honorific (Singapore's style).
    expect(speaker('Minister of State for Health Dr Tan Mei Ling')).toEqual(person('Tan Mei Ling', 'Dr', 'Minister of State for Health', null));
    expect(speaker('Health Minister Mr Ong Ye Kung')).toEqual(person('Ong Ye Kung', 'Mr', 'Health Minister', null));
    // A second role after the organization ("… and Cabinet Member for …") is title; a name with "and" in it is not.
    expect(speaker('Cllr Helen Hayden, Deputy Leader of Leeds City Council and Cabinet Member for Finance,'))
      .toEqual(person('Helen Hayden', 'Cllr', 'Deputy Leader of Leeds City Council and Cabinet Member for Finance', 'Leeds City Council'));
    // A department after the title word ("Group Manager Infrastructure") is the title's; "Group" after a body's name opens it.
    expect(speaker('Waipārae District Council Group Manager Infrastructure Tamsin Rowe'))
      .toEqual(person('Tamsin Rowe', null, 'Group Manager Infrastructure', 'Waipārae District Council'));
    expect(speaker('Acme Group CEO Jane Doe')).toEqual(person('Jane Doe', null, 'CEO', 'Acme Group'));
    expect(speaker('Sam Lee, President of the Hong Kong Science and Technology Parks Corporation,'))
      .toEqual(person('Sam Lee', null, 'President', 'the Hong Kong Science and Technology Parks Corporation'));
  });

  it('reads a paragraph that ends with a British closing quote as prose, not a subheadline', () => {
    const r = parseRelease('Acme Opens New Lab in Leeds\n\nJane Doe, chief executive of Acme, said: ‘This lab will train a new generation of engineers.’\n');
    expect(r.subheadline).toBeNull();
    expect(r.quotes.map((q) => q.speaker?.name)).toEqual(['Jane Doe']);
  });

  it('reads a paragraph after "X said:" as their words, marks or none (GOV.UK)', () => {
    const r = parseRelease('New funding for surgical hubs\n\nHospitals will receive £45 million to open two new surgical hubs, the Health Secretary announced today.\n\nHealth Secretary Victoria Atkins said:\n\nThese hubs will help patients get the treatment they need more quickly.\n\nThe hubs will open in 2025.\n');
    expect(r.quotes.map(({ text, speaker, kind }) => ({ text, speaker, kind }))).toEqual([
      { text: 'These hubs will help patients get the treatment they need more quickly.', kind: 'direct', speaker: { name: 'Victoria Atkins', honorific: null, title: 'Health Secretary', organization: null } },
    ]);
  });

  it('reads a speaker in brackets, on a signature line under the quote, and after "Quote attributable to"', () => {
    const speakers = (body: string) => quotes(`BERLIN, 3 April 2025 – Acme Energy today launched solar roof tiles in Germany.\n\n${body}`).map((q) => q.speaker);
    const person = (name: string, title: string, organization: string) => ({ name, honorific: null, title, organization });
    expect(speakers('Lukas Becker (Managing Director, SolarHaus GmbH) said: "Our installers were trained in a single week."')).toEqual([person('Lukas Becker', 'Managing Director', 'SolarHaus GmbH')]);
    expect(speakers('"This is a milestone for European manufacturing."\n\n— Marie Laurent, Head of Energy Policy, EuroSolar Association')).toEqual([person('Marie Laurent', 'Head of Energy Policy', 'EuroSolar Association')]);
    expect(speakers('Quote attributable to Tom Fischer, Chief Technology Officer of Acme Energy:\n\n"Each tile carries its own micro-inverter, so a shaded tile never drags down the roof."')).toEqual([person('Tom Fischer', 'Chief Technology Officer', 'Acme Energy')]);
    expect(quotes('（香港，2025年6月3日）港大公布研究成果。\n\n「我們希望三年內將技術推出市場。」\n——香港大學工程學院院長李明').map((q) => q.speaker?.name)).toEqual(['李明']);
    // A dash line that names no one signs nothing.
    expect(speakers('"This is a milestone for European manufacturing."\n\n– see the full report for details')).toEqual([null]);
  });

  it('gives "she said" the subject of the sentence before it when no one was named with a title', () => {
    const q = quotes('LEEDS, 5 March 2024 – Acme opened a lab in Leeds today.\n\nJane Doe has led Acme since 2019. "Leeds has the engineers we need," she said.');
    expect(q.map((x) => [x.text, x.speaker?.name])).toEqual([['Leeds has the engineers we need', 'Jane Doe']]);
  });

  it('takes no speaker from a heading word before a colon ("Question:", "Reply:")', () => {
    const r = parseRelease('LCQ12: Support for start-ups\n\nFollowing is a question by the Hon Chan Siu-ming and a written reply by the Secretary for Innovation, Technology and Industry, Professor Sun Dong, in the Legislative Council today (October 18):\n\nQuestion:\n\nIt has been reported that the number of start-ups has increased in recent years.\n\nReply:\n\nPresident,\n\nThe number of start-ups rose by 9 per cent in 2023.\n');
    expect(r.quotes).toEqual([]);
  });

  it('gives a quote an organization as its speaker, or none when a group or someone unnamed said it', () => {
    const org = (organization: string) => ({ name: null, honorific: null, title: null, organization });
    const q = quotes([
      'LEEDS, 5 March 2024 – Acme Ltd opened a plant in Leeds today.',
      '"We are proud to bring these jobs to the region," Acme Ltd said in a statement.',
      '"Plants like this one need skilled people," said the Ministry of Health.',
      '"Every child deserves clean air," UNICEF said.',
      '"The plant will run on wind power from day one," the company said.',
      '"Those who defend clean water are being harassed," the experts said. "This must stop."',
    ].join('\n\n'));
    expect(q.map((x) => [x.text, x.speaker])).toEqual([
      ['We are proud to bring these jobs to the region', org('Acme Ltd')],
      ['Plants like this one need skilled people', org('Ministry of Health')],
      ['Every child deserves clean air', org('UNICEF')],
      ['The plant will run on wind power from day one', null],
      ['Those who defend clean water are being harassed', null],
      ['This must stop.', null],
    ]);
  });

  it('reads a "Quote(s)" section: each paragraph signed by the name and title on the line under it', () => {
    const q = quotes([
      'Brussels, 12 March 2025', 'Today, the Commission proposed new rules to cut packaging waste.', 'Quote(s)',
      'Packaging waste keeps growing. With these rules, we make reuse and recycling the norm.',
      'Elena Marković, Executive Vice-President for the Green Deal - 12/03/2025',
      'Businesses get one set of rules instead of twenty-seven, and consumers get less waste.',
      'Jan Novak, Commissioner for Environment',
      'Background', 'In 2023, each European generated almost 190 kg of packaging waste, a record.',
    ].join('\n\n'));
    expect(q.map((x) => [x.text.slice(0, 22), x.speaker?.name, x.speaker?.title])).toEqual([
      ['Packaging waste keeps ', 'Elena Marković', 'Executive Vice-President for the Green Deal'],
      ['Businesses get one set', 'Jan Novak', 'Commissioner for Environment'],
    ]);
  });

  it('reads an acronym\'s title (WHO Director-General), a title before a name with a relative clause after it, a rank before a job, and a title with a family name', () => {
    const q = quotes('GENEVA, 4 March 2026 – WHO launched the initiative. Gisborne Mayor Hinemoa Kerekere welcomed it.\n\n"We must act now to close this gap," said Dr Amara Nwosu-Lindgren, WHO Director-General.\n\nOlympic champion Josh Adeyemi-Clarke, who learned to row at a council-run club in Nottingham, said: "Rowing changed my life and I want every child to have that chance."\n\nCaptain Yousef Al Mansoori, Chief Executive Officer of Falcon Crest Airways, added: "Our customers have asked for this route for years."\n\n"It is about making sure a kid in a small town can get to school safely," Mayor Kerekere said.');
    expect(q.map((x) => x.speaker)).toEqual([
      { name: 'Amara Nwosu-Lindgren', honorific: 'Dr', title: 'Director-General', organization: 'WHO' },
      { name: 'Josh Adeyemi-Clarke', honorific: null, title: 'Olympic champion', organization: null },
      { name: 'Yousef Al Mansoori', honorific: 'Captain', title: 'Chief Executive Officer', organization: 'Falcon Crest Airways' },
      { name: 'Hinemoa Kerekere', honorific: null, title: 'Mayor', organization: null },
    ]);
  });

  it('reads a last part after a title as the organization (Staff Engineer, Parcelbird), not a department or a place', () => {
    const q = quotes('“Search latency fell by half after the switch to the new index,” said Ruth Adeyemi, Staff Engineer, Parcelbird.\n\n“We expect to roll it out to every customer this year,” said Jane Doe, Vice President, Marketing.');
    expect(q.map((x) => x.speaker && [x.speaker.title, x.speaker.organization])).toEqual([['Staff Engineer', 'Parcelbird'], ['Vice President, Marketing', null]]);
  });

  it('reads an organization with an abbreviation in it (the St. Brendan Heart Rhythm Center) whole', () => {
    const q = quotes('Dr. Samuel Okafor, an electrophysiologist and director of the St. Brendan Heart Rhythm Center, performed the first procedure.\n\n“We can now offer these patients pacing without hardware in the chest,” Okafor said.');
    expect(q.map((x) => x.speaker?.organization)).toEqual(['the St. Brendan Heart Rhythm Center']);
  });

  it('reads a Chinese term in quotes inside a sentence that goes on as no quote (介紹「貨聯通」數碼平台)', () => {
    expect(quotes('（香港，2025年3月18日）物流局今日宣布推出新計劃。\n\n物流局總裁區詠琪女士介紹「貨聯通」數碼平台的最新功能。')).toEqual([]);
    // A code in Latin letters and digits (「AM-7」蛋白) opening a reported clause: the report, not a quote.
    const code = quotes('（香港，2024年7月9日）嶺大研究團隊今日公布研究成果。\n\n嶺大生物醫學學院副教授區志聰表示，「AM-7」蛋白在小鼠實驗中並未發現明顯副作用。');
    expect(code.map((q) => [q.kind, q.text, q.speaker?.name])).toEqual([['indirect', '「AM-7」蛋白在小鼠實驗中並未發現明顯副作用', '區志聰']]);
  });

  it('gives a family name alone (said Welling-Ashby, said O’Brien) the full name the text gave it first', () => {
    const q = quotes('LOS ANGELES, March 6, 2026 – The Lantern Keepers, the new feature from director Tomasz Welling-Ashby, opens the festival. Writer Niamh O’Brien joined him.\n\n“I grew up near a lighthouse and never stopped thinking about the family,” said Welling-Ashby. “This film is my love letter to them.”\n\n“It was a joy to write,” said O’Brien.\n\n“We are thrilled,” said Halvorsen.');
    expect(q.map((x) => x.speaker?.name)).toEqual(['Tomasz Welling-Ashby', 'Tomasz Welling-Ashby', 'Niamh O’Brien', 'Halvorsen']);
    // With an initial between the names.
    expect(quotes('Director of Athletics Franklin R. Oduya announced the hire on Monday.\n\n"We are thrilled to welcome her," said Oduya.').map((x) => x.speaker?.name)).toEqual(['Franklin R. Oduya']);
    // After an abbreviated title or honorific, whose dot ends no sentence; a sentence's stop still ends one.
    expect(quotes('Sen. Laura Pike (D-Calif.) thanked the officers.\n\n"This is good police work," Sen. Pike said.').map((x) => x.speaker)).toEqual([
      { name: 'Laura Pike', honorific: null, title: 'Sen.', organization: null },
    ]);
    expect(quotes('Crews arrived by noon. Dr. Ana Ruiz led them.\n\n"We were ready," Ruiz said.').map((x) => x.speaker?.name)).toEqual(['Ana Ruiz']);
    expect(quotes('The crews came from Reno. Then Ruiz led them.\n\n"We were ready," Ruiz said.').map((x) => x.speaker?.name)).toEqual(['Ruiz']);
  });

  it('reads a word that starts the name of the organization the release is about as that organization, not a family name', () => {
    const q = quotes('LEEDS, 5 March 2024 – Acme Ltd opened a plant in Leeds today.\n\n"This plant doubles our output," Acme said.\n\n"We hired locally," Smith said.\n\nAbout Acme Ltd\nAcme Ltd makes kettles.');
    expect(q.map((x) => [x.speaker?.name ?? null, x.speaker?.organization ?? null])).toEqual([[null, 'Acme'], ['Smith', null]]);
  });

  it('splits an organization the release is about from the title before a name ("Acme CEO Jane Doe")', () => {
    const about = '\n\nAbout Acme\nAcme Ltd makes kettles.\n\nAbout Acme Ltd\nAcme Ltd is listed in London.';
    const speaker = (who: string) => quotes(`LEEDS, 5 March 2024 – Acme Ltd opened a plant today.\n\n"This plant doubles our output," said ${who}.${about}`)[0]!.speaker;
    expect(speaker('Acme CEO Jane Doe')).toEqual({ name: 'Jane Doe', honorific: null, title: 'CEO', organization: 'Acme' });
    expect(speaker('Acme Ltd CEO Jane Doe')).toEqual({ name: 'Jane Doe', honorific: null, title: 'CEO', organization: 'Acme Ltd' });
    // The release's name shortened to its first words; a place before a title is no organization.
    const northwind = (who: string) => quotes(`TORONTO, March 3, 2026 – Northwind Grid Inc. signed a deal.\n\n"It is a good day," said ${who}.\n\nAbout Northwind Grid\nNorthwind Grid Inc. stores energy.`)[0]!.speaker;
    expect(northwind('Northwind CEO Priya Raman')).toEqual({ name: 'Priya Raman', honorific: null, title: 'CEO', organization: 'Northwind' });
    expect(northwind('Toronto Mayor Olivia Chow')).toEqual({ name: 'Olivia Chow', honorific: null, title: 'Toronto Mayor', organization: null });
    const r = parseRelease(`Acme Opens Plant\n\nLEEDS, 5 March 2024 – Acme Ltd opened a plant today.\n\n"This plant doubles our output," said Acme CEO Jane Doe.${about}`);
    expect(r.people.map((p) => [p.name, p.title, p.organization])).toEqual([['Jane Doe', 'CEO', 'Acme']]);
  });

  it('takes no one from a list of links ("Link to Executive Summary Webpage:")', () => {
    const r = parseRelease('Report Launched\n\nLEEDS, 5 March 2024 – The institute published its report today.\n\nIEEP: https://ieep.example.eu/report\nLink to Executive Summary Webpage:\n\nhttps://spark.example.com/page/1/');
    expect(r.people).toEqual([]);
  });

  it('reads what a speaker does after their name ("shares his insights") as no title', () => {
    const q = quotes('LEEDS, 5 March 2024 – Greencoin launched today.\n\nThe sole creator, Wang Yong Chan, shares his insights: “Greencoin solves the problems other currencies left, and it does so today.”');
    expect(q.map((x) => x.speaker)).toEqual([{ name: 'Wang Yong Chan', honorific: null, title: 'sole creator', organization: null }]);
  });

  it('takes no title from what follows a name\'s comma when it says what someone does', () => {
    const r = parseRelease('Shane Ryan Runs for Council\n\nMILL BAY, B.C., May 3, 2021 – Shane Ryan has raised funds for the lunch program at Francis Kelsey, and is currently facilitating 52 units of affordable seniors housing.');
    expect(r.people).toEqual([]);
  });

  it('takes a name quoted after a quote in the same paragraph for no quote', () => {
    const q = quotes('"We love what the team has built," said Jane Doe, CEO of Acme. The product, called "Zeta", ships in May.');
    expect(q.map((x) => x.text)).toEqual(['We love what the team has built']);
  });

  it('reads a title that shares its first character with the organization (行政院長), and a family name with that title later (卓院長)', () => {
    const premier = { name: '卓榮泰', honorific: null, title: '院長', organization: '行政院' };
    const q = quotes('行政院長卓榮泰今（12）日在院會表示，淨零轉型是國家發展的重要方向。\n\n卓院長指出：「我們要讓企業有明確的轉型路徑。」');
    expect(q.map((x) => [x.kind, x.speaker])).toEqual([['indirect', premier], ['direct', premier]]);
  });

  it('reads an adverb between a speaker and the verb (又指, 續指, 同时指出, 进一步表示) as no part of the name, and 介绍 as a speech verb', () => {
    const zhao = { name: '赵敏', honorific: '女士', title: '高级副总裁', organization: '星驰汽车有限公司' };
    const he = { name: '何建华', honorific: '院士', title: '首席科学家', organization: null };
    const q = quotes('星驰汽车有限公司高级副总裁赵敏女士及首席科学家何建华院士今日出席发布会。\n\n赵女士续指，公司将于下月开放预订。\n\n她同时指出，售后网络将覆盖三十个城市。\n\n何院士介绍，团队从2019年开始研发这项技术。\n\n何院士亦指出，电池续航达到八百公里。\n\n他进一步表示：“我们将继续加大研发投入，推动行业发展。”\n\n專家們表示，新車型的設計符合市場需求。');
    expect(q.map((x) => [x.kind, x.speaker, x.text])).toEqual([
      ['indirect', zhao, '公司将于下月开放预订'],
      ['indirect', zhao, '售后网络将覆盖三十个城市'],
      ['indirect', he, '团队从2019年开始研发这项技术'],
      ['indirect', he, '电池续航达到八百公里'],
      ['direct', he, '我们将继续加大研发投入，推动行业发展。'],
    ]);
    const hant = quotes('海景控股行政總裁何志明先生今日出席開幕禮。\n\n何先生又指，基金會今年需額外籌募一千二百萬港元。');
    expect(hant.map((x) => x.speaker?.name)).toEqual(['何志明']);
  });

  it('reads a qualified portfolio title ("Federal Minister for Infrastructure"), "said construction would …", and a quote paragraph after a speaker\'s as theirs', () => {
    const whitfield = { name: 'Catherine Whitfield', honorific: null, title: 'Federal Minister for Infrastructure', organization: null };
    const okafor = { name: 'Daniel Okafor', honorific: null, title: 'Queensland Transport Minister', organization: null };
    const q = quotes([
      'BRISBANE, 3 March 2025 – The governments will spend $1.2 billion on the Bruce Highway.',
      'Federal Minister for Infrastructure Catherine Whitfield said the investment would save lives.',
      '“This is the biggest upgrade in a decade,” Ms Whitfield said.',
      '“These works will also support around 1,100 local jobs.”',
      'Queensland Transport Minister Daniel Okafor said construction would be staged to limit delays.',
      '“Drivers will see the first works this winter.”',
      'The highway carries 40,000 vehicles a day.',
      '“Nobody claimed this one, and no one said it before.”',
    ].join('\n\n'));
    expect(q.map((x) => [x.kind, x.speaker, x.text])).toEqual([
      ['indirect', whitfield, 'the investment would save lives'],
      ['direct', whitfield, 'This is the biggest upgrade in a decade'],
      ['direct', whitfield, 'These works will also support around 1,100 local jobs.'],
      ['indirect', okafor, 'construction would be staged to limit delays'],
      ['direct', okafor, 'Drivers will see the first works this winter.'],
      ['direct', null, 'Nobody claimed this one, and no one said it before.'],
    ]);
  });

  it('reads India\'s honorifics (Shri, Smt.), two honorifics (Prof. Dr.) and a middle initial, and gives a later pronoun the whole name', () => {
    const q = quotes('NEW DELHI, March 5, 2026 – India added solar capacity.\n\nUnion Minister Shri Arvind Kumar Menon said the scheme works. Smt. Nirmala Rao, Joint Secretary, said that vendors were trained. "We trained 1.2 lakh technicians," she said.\n\nExecutive Director Dr. Marilou V. Sarmiento said farmers were trained. "Seeds alone are not enough," she explained.\n\n"We need people," said Prof. Dr. Matthias Reuter, Vice President of the university.');
    expect(q.map((x) => [x.speaker?.name, x.speaker?.honorific])).toEqual([
      ['Arvind Kumar Menon', 'Shri'], ['Nirmala Rao', 'Smt.'], ['Nirmala Rao', 'Smt.'], ['Marilou V. Sarmiento', 'Dr.'], ['Marilou V. Sarmiento', 'Dr.'], ['Matthias Reuter', 'Prof. Dr.'],
    ]);
    // An abbreviation (Rs., approx.) does not end the reported sentence.
    const rs = quotes('NEW DELHI, March 5, 2026 – India added solar capacity.\n\nThe Minister said that Central Financial Assistance of Rs. 19,840 crore has been released to approx. 40 lakh households.');
    expect(rs.map((x) => x.text)).toEqual(['Central Financial Assistance of Rs. 19,840 crore has been released to approx. 40 lakh households']);
  });

  it('keeps a line that opens a statement under the headline (何志明今日表示：, …發表以下聲明：) in the body, and gives the quote under it to its subject', () => {
    for (const intro of ['民進聯盟立法會議員何志明今日表示：', '民進聯盟立法會議員何志明今日發表以下聲明：']) {
      const r = parseRelease(`何志明就預算案的聲明\n\n${intro}\n\n「本人歡迎預算案提出寬減薪俸稅等措施。然而，預算案令人失望。」`);
      expect(r.body[0]).toBe(intro);
      expect(r.quotes.map((q) => q.speaker?.name)).toEqual(['何志明']);
    }
    // A heading with a colon stays one: "产品介绍：" has no subject before its verb.
    expect(parseRelease('星驰发布E7车型\n\n星驰汽车今日在上海发布E7车型，售价20万元起。\n\n产品介绍：\n\nE7续航700公里。').body).toEqual(['星驰汽车今日在上海发布E7车型，售价20万元起。', '产品介绍：', 'E7续航700公里。']);
  });

  it('takes no report from a few words that run on into a quote (said the bill "would be …"), and gives the quote their speaker', () => {
    const q = quotes('WASHINGTON – Senator Jane Doe introduced a bill today.\n\nJohn Reyes, Executive Director of the Coalition, said the bill "would be the single biggest step Congress could take."');
    expect(q.map((x) => [x.kind, x.text, x.speaker?.name])).toEqual([['direct', 'would be the single biggest step Congress could take.', 'John Reyes']]);
  });

  it('reads a title and a name with where they serve after them, with no comma ("Assistant Attorney General Daniel K. Morrow of the …")', () => {
    const q = quotes('WASHINGTON – A federal grand jury returned an indictment today.\n\n"These defendants turned a lab into a machine for billing," said Assistant Attorney General Daniel K. Morrow of the Justice Department\'s Criminal Division.\n\n"Fraud drains resources meant for our seniors," said U.S. Attorney Carla M. Vance for the Southern District of Florida.');
    expect(q.map((x) => x.speaker)).toEqual([
      { name: 'Daniel K. Morrow', honorific: null, title: 'Assistant Attorney General', organization: 'the Justice Department\'s Criminal Division' },
      { name: 'Carla M. Vance', honorific: null, title: 'U.S. Attorney', organization: 'the Southern District of Florida' },
    ]);
  });

  it('reads police ranks as titles, and "of X" after the name as where they serve', () => {
    const q = quotes([
      'DARWEN, 3 March 2025 – Police are appealing for witnesses after a serious collision on the A666.',
      'Sergeant Ryan Holroyd, of the Roads Policing Unit, said: "We need anyone who saw the collision to come forward."',
      'Detective Inspector Amy Clegg, of West Pennine Police, said: "The driver has been arrested and remains in custody."',
      'Chief Constable Mark Ellery said: "Our thoughts are with the family of the man who was hurt."',
    ].join('\n\n'));
    expect(q.map((x) => x.speaker)).toEqual([
      { name: 'Ryan Holroyd', honorific: null, title: 'Sergeant', organization: 'Roads Policing Unit' },
      { name: 'Amy Clegg', honorific: null, title: 'Detective Inspector', organization: 'West Pennine Police' },
      { name: 'Mark Ellery', honorific: null, title: 'Chief Constable', organization: null },
    ]);
  });

  it('resolves 刘总 and 刘董事长 to the Liu named before with a title, and splits a firm named for its industry (星驰汽车) from the title', () => {
    const liu = { name: '刘振宇', honorific: null, title: '董事长', organization: '星驰汽车' };
    const q = quotes('星驰汽车今日发布E7车型，星驰汽车董事长刘振宇出席发布会。\n\n“E7会是我们今年最重要的产品，市场反应非常好。”刘董事长说。\n\n刘总表示：“交付没有问题，我们已经做好充分准备。”');
    expect(q.map((x) => x.speaker)).toEqual([liu, liu]);
  });

  it('reads a Latin organization before a Chinese title (KKday執行長), and leaves the English name before a Chinese one out of the title', () => {
    expect(quotes('KKday執行長陳明明表示：「資金將用於拓展東南亞市場。」\n\nVisa台灣區總裁 Daniel Fonseca 方德仁表示：「我們很高興合作。」\n\nGoogle台灣董事總經理林大同說：「需求持續成長。」\n\nAcme Group President 陳大文說：「很好。」').map((q) => q.speaker)).toEqual([
      { name: '陳明明', honorific: null, title: '執行長', organization: 'KKday' },
      { name: '方德仁', honorific: null, title: '總裁', organization: 'Visa台灣區' },
      { name: '林大同', honorific: null, title: '董事總經理', organization: 'Google台灣' },
      // Title words are no one's name.
      { name: '陳大文', honorific: null, title: 'Acme Group President', organization: null },
    ]);
  });

  it('reads a customs office as the organization (海州海关副关长), and 主持人 as a role, no one\'s name', () => {
    expect(quotes('海州海关副关长欧阳慧敏说：“我们将继续深化智慧海关建设。”\n\n主持人：今天的新闻发布会到此结束，谢谢大家！').map((q) => q.speaker)).toEqual([
      { name: '欧阳慧敏', honorific: null, title: '副关长', organization: '海州海关' },
      { name: null, honorific: null, title: '主持人', organization: null },
    ]);
  });

  it('reads 党组成员 after a title as part of it, not the organization\'s', () => {
    expect(quotes('国家能网有限公司副总经理、党组成员许建峰说：“这是重要的一步。”')[0]!.speaker).toEqual({
      name: '许建峰', honorific: null, title: '副总经理、党组成员', organization: '国家能网有限公司',
    });
  });

  it('reads a two-character name after a title that holds a shorter one (董事长周海, not 董事 长周海), and 据 before a description as no part of it', () => {
    const q = quotes('测试公司今日宣布新计划。\n\n测试公司董事长周海说：“我们会继续努力。”\n\n测试机构秘书长李明说：“第二阶段已经开始。”\n\n集团董事长周海波表示：“明年继续扩大投资。”\n\n据市文旅局市场管理科科长葛晓棠介绍，今年游客人数增长两成。');
    expect(q.map((x) => x.speaker && [x.speaker.name, x.speaker.title, x.speaker.organization])).toEqual([
      ['周海', '董事长', '测试公司'], ['李明', '秘书长', '测试机构'], ['周海波', '董事长', '集团'], ['葛晓棠', '市场管理科科长', '市文旅局'],
    ]);
  });

  it('starts a description after 由 and 的, which no title holds', () => {
    const q = quotes('（香港，2025年3月12日）香港大學今日宣布研發新技術。研究由機械工程系講座教授梁志偉教授領導。\n\n梁教授表示：「我們希望這項技術能夠廣泛應用於本地建築業。」\n\n受惠長者、現年八十二歲的周婆婆表示：「以前成日食麵包，而家有熱飯食，好開心。」');
    expect(q.map((x) => x.speaker && [x.speaker.name, x.speaker.title, x.speaker.organization])).toEqual([['梁志偉', '機械工程系講座教授', null], ['周婆婆', null, null]]);
  });

  it('takes no person for a meeting or a document that says something (会议指出, 《…》提出)', () => {
    const q = quotes('新华社北京3月12日电 国务院常务会议今日召开。\n\n会议指出，推动大规模设备更新，是促进投资和消费的重要举措。\n\n会议强调：“要加大财政金融支持力度，调动企业更新设备的积极性。”\n\n《关于推动设备更新的行动方案》提出，到2027年工业设备投资规模较2023年增长25%以上。');
    expect(q.map((x) => [x.kind, x.speaker])).toEqual([['direct', null]]);
  });

  it('reads a name with its other form in brackets before a Chinese honorific (Ronald Leung（梁子健）先生, 黃美玲（Maggie Wong）女士)', () => {
    const q = quotes('（香港，2025年8月18日）海景控股今日公布中期業績。\n\n集團首席財務官Ronald Leung（梁子健）先生補充：「我們會繼續審慎管理成本。」');
    expect(q.map((x) => x.speaker)).toEqual([{ name: 'Ronald Leung', honorific: '先生', title: '首席財務官', organization: '集團' }]);
    const latin = quotes('（香港，2025年8月18日）海景控股今日公布中期業績。\n\n營運總監黃美玲（Maggie Wong）女士指出：「新店反應理想。」');
    expect(latin.map((x) => x.speaker)).toEqual([{ name: '黃美玲', honorific: '女士', title: '營運總監', organization: null }]);
  });

  it('takes no speaker from a Chinese heading before a colon (业绩亮点：), and keeps 有關 in a role', () => {
    expect(quotes('（上海，2025年3月12日）星河科技今日公布年度业绩。\n\n业绩亮点：\n\n1. 营业收入达人民币52.3亿元，同比增长18%；')).toEqual([]);
    expect(quotes('（香港，2025年3月12日）綠能科技今日推出新系統。\n\n有關負責人指出，系統將於四月起接受預訂。').map((q) => q.speaker?.title)).toEqual(['有關負責人']);
  });

  it('keeps a role with no name as the title', () => {
    const qs = quotes('A Government spokesman said that the scheme would open for applications in July.');
    expect(qs).toEqual([{ text: 'the scheme would open for applications in July', kind: 'indirect', speaker: { name: null, honorific: null, title: 'Government spokesman', organization: null } }]);
  });
});

describe('English speakers in more styles', () => {
  it('reads stacked Gulf and royal honorifics and a long Arabic name with its particles', () => {
    const speakers = (body: string) => quotes(body).map((q) => q.speaker);
    expect(speakers('His Excellency Sheikh Ahmed bin Saeed Al Maktoum, Chairman of Emirates Energy, said: "We welcome this partnership."')).toEqual([
      { name: 'Ahmed bin Saeed Al Maktoum', honorific: 'His Excellency Sheikh', title: 'Chairman', organization: 'Emirates Energy' },
    ]);
    // "H.E." ends no sentence.
    expect(speakers('"The tile supports our goals," said H.E. Suhail Al Mazrouei.')).toEqual([
      { name: 'Suhail Al Mazrouei', honorific: 'H.E.', title: null, organization: null },
    ]);
    // "Engineer" before the name, as the Gulf's officials are addressed.
    expect(speakers('Engineer Mariam Abdulla Al Hammadi, Assistant Under-Secretary for Water Resources at the Ministry, added: "We are inviting companies to partner with us."')).toEqual([
      { name: 'Mariam Abdulla Al Hammadi', honorific: 'Engineer', title: 'Assistant Under-Secretary for Water Resources', organization: 'the Ministry' },
    ]);
  });

  it('gives someone named by honorific and family name the full name the text printed before, once among the people', () => {
    const r = parseRelease('Firm Hires Partners\n\nLONDON, 5 March 2026 — The firm announced that Eleanor Matsuda-Reid and Oluwaseun Adeyemi have joined as partners.\n\nMs. Matsuda-Reid joins in London.\n\nCommenting on the move, Ms. Matsuda-Reid said: "We are excited."');
    expect(r.quotes.map((q) => q.speaker)).toEqual([{ name: 'Eleanor Matsuda-Reid', honorific: 'Ms.', title: null, organization: null }]);
    expect(r.people.map((p) => [p.name, p.honorific])).toEqual([['Eleanor Matsuda-Reid', 'Ms.']]);
  });

  it('reads a degree after a name (", MD,") as no title: the title is the part after it', () => {
    const q = quotes('Professor Anand Raghunathan, MD, principal investigator at Northgate University Hospital, said the effect was striking. "We saw meaningful weight loss," he said.');
    const speaker = { name: 'Anand Raghunathan', honorific: 'Professor', title: 'principal investigator', organization: 'Northgate University Hospital' };
    expect(q.map((x) => x.speaker)).toEqual([speaker, speaker]);
  });

  it('leaves a participle\'s clause before the speaker out of the title, and a member\'s letters (TD, MLA) out of the name', () => {
    expect(quotes('Announcing the allocations, Minister Siobhán Brennan said: "Sport is at the heart of every community."')[0]!.speaker)
      .toEqual({ name: 'Siobhán Brennan', honorific: null, title: 'Minister', organization: null });
    expect(quotes('"It will make a real difference," said the Minister of State for Tourism, Ciarán Ó Dálaigh TD.')[0]!.speaker)
      .toEqual({ name: 'Ciarán Ó Dálaigh', honorific: null, title: 'Minister of State for Tourism', organization: null });
  });

  it('leaves where or when someone spoke out of their title ("…, at a ceremony held at …", "…, speaking at …")', () => {
    expect(quotes('"This tile changes how homes make power," said Jane Doe, Chief Executive Officer of Acme, at a ceremony held at the company\'s headquarters.')[0]!.speaker)
      .toEqual({ name: 'Jane Doe', honorific: null, title: 'Chief Executive Officer', organization: 'Acme' });
    expect(quotes('"We did it," said Jane Doe, Director of Acme Labs, speaking at the launch.')[0]!.speaker)
      .toEqual({ name: 'Jane Doe', honorific: null, title: 'Director', organization: 'Acme Labs' });
  });

  it('takes no speaker from a call to action before a colon ("Watch:", "Learn More:") or a lone word no one was named by', () => {
    expect(quotes('Acme opened a lab today.\n\nWatch: A video of the launch is available on our website.\n\nLearn More: Visit the product page for details.\n\nHighlights: The lab employs 40 people.')).toEqual([]);
    expect(quotes('（香港，2025年3月5日）科創公司今日發佈新產品。\n\n觀看：發佈會影片已上載至公司網站。')).toEqual([]);
  });
});

describe('reported speech', () => {
  it('reads who reported a sentence named at its end (…, Regional Development Minister Aroha Whitcombe-Rangi says.), and a quote running on unclosed into the next paragraph as theirs', () => {
    const q = quotes('The Government is investing $86 million to strengthen State Highway 35, Regional Development Minister Aroha Whitcombe-Rangi says.\n\n"Since Cyclone Gabrielle, families have spent too many weeks stranded," Minister Whitcombe-Rangi said.\n\n"This package replaces four vulnerable bridges and builds retaining walls.\n\n"It is about making sure a kid in Ruatōria can get to school."\n\nThe council will contribute $4.2 million, Acme Holdings says.');
    expect(q.map((x) => [x.kind, x.speaker?.name, x.text.slice(0, 20)])).toEqual([
      ['indirect', 'Aroha Whitcombe-Rangi', 'The Government is in'],
      ['direct', 'Aroha Whitcombe-Rangi', 'Since Cyclone Gabrie'],
      ['direct', 'Aroha Whitcombe-Rangi', 'This package replace'],
    ]);
  });

  it('gives a quote after someone\'s reported speech in the same paragraph to them', () => {
    const q = quotes('（南京，2026年3月5日）江南省人民医院今日宣布完成首例肺移植手术。\n\n重症医学科副主任唐婉清指出，肺移植术后最大的风险是感染。“患者术后第3天就脱离了呼吸机，恢复情况良好。”\n\n副研究員王柏鈞則說，這項研究證明了保育工作的潛力，「但前提是我們必須為牠們爭取足夠的時間。」\n\nDr Amara Lindgren, Director of Research at Acme, said the results were encouraging. "We will publish the full data next month."');
    expect(q.map((x) => [x.kind, x.speaker?.name])).toEqual([
      ['indirect', '唐婉清'], ['direct', '唐婉清'], ['indirect', '王柏鈞'], ['direct', '王柏鈞'], ['indirect', 'Amara Lindgren'], ['direct', 'Amara Lindgren'],
    ]);
  });

  it('reads what someone told reporters (告诉记者，…) as indirect', () => {
    expect(quotes('市商务局局长李明告诉记者，今年将出台更多稳外贸措施。')).toEqual([
      { text: '今年将出台更多稳外贸措施', kind: 'indirect', speaker: { name: '李明', honorific: null, title: '局长', organization: '市商务局' } },
    ]);
  });

  it('reads "X stated that …" and X表示，… as indirect', () => {
    expect(quotes('The CEO at HKSTP stated that promising start-ups continue to face challenges.')).toEqual([
      { text: 'promising start-ups continue to face challenges', kind: 'indirect', speaker: { name: null, honorific: null, title: 'CEO', organization: 'HKSTP' } },
    ]);
    // News style: "said" and the report, without "that"; it ends where a direct quote opens.
    expect(quotes('Jane Doe, chief executive of Acme, said the company would hire 200 people at the lab by 2026.')).toEqual([
      { text: 'the company would hire 200 people at the lab by 2026', kind: 'indirect', speaker: { name: 'Jane Doe', honorific: null, title: 'chief executive', organization: 'Acme' } },
    ]);
    expect(quotes('Dr. Ann Moore says the new survey is a big improvement: “We can now measure damage to thousands of palms.”').map((q) => [q.kind, q.text])).toEqual([
      ['indirect', 'the new survey is a big improvement'], ['direct', 'We can now measure damage to thousands of palms.'],
    ]);
    expect(quotes('“The lab will double our research capacity,” said the chief executive, Jane Doe.').map((q) => q.kind)).toEqual(['direct']);
    // A phrase that opens the sentence is not the speaker's title.
    expect(quotes('In a statement, Acme CEO Jane Doe said: “The lab will double our research capacity.”')[0]!.speaker).toMatchObject({ name: 'Jane Doe', title: 'Acme CEO' });
    // Marks around a name do not end the report; a direct quote does.
    expect(quotes('星河云总裁赵敏表示，过去部署大模型需要数月，“天枢”希望把这一过程缩短到一周。')[0]!.text).toBe('过去部署大模型需要数月，“天枢”希望把这一过程缩短到一周');
    expect(quotes('星河云总裁赵敏表示，部署需要数月，“我们希望把这一过程缩短到一周以内，让企业更快用上AI。”')[0]).toMatchObject({ text: '部署需要数月', kind: 'indirect' });
    expect(quotes('發言人表示，當局將於七月中諮詢業界。')[0]).toEqual({
      text: '當局將於七月中諮詢業界', kind: 'indirect', speaker: { name: null, honorific: null, title: '發言人', organization: null },
    });
  });

  it('takes no report from an organization announcing its own news, though its name reads like a person\'s', () => {
    const r = parseRelease('Lumen Health expands telehealth\n\nNASHVILLE, Tenn., Feb. 18, 2025 – Lumen Health today announced that its platform will reach 120 rural clinics.\n\nAbout Lumen Health\nLumen Health runs telehealth services for two million patients.\n');
    expect(r.quotes).toEqual([]);
    const listed = parseRelease('Orion Bio wins approval\n\nCAMBRIDGE, Mass., April 22, 2025 /PRNewswire/ -- Orion Bio, Inc. (NASDAQ: ORBI) today announced that the FDA has approved ORX-12.\n\nAbout Orion Bio\nOrion Bio, Inc. develops medicines for rare liver diseases.\n');
    expect(listed.quotes).toEqual([]);
    // Its short name, the first word of the one its About section gives.
    const short = parseRelease('Harbor Drones unveils hull cleaner\n\nSAN DIEGO--(BUSINESS WIRE)--Harbor Drones, Inc. today introduced the HC-3. Harbor says the system can clean a container ship in under nine hours.\n\n"It leaves the harbor cleaner than it found it," said Ana Lucía Ferraz, director of operations at Terminal Marítima del Pacífico.\n\nAbout Harbor Drones\nHarbor Drones, Inc. designs underwater robots.\n');
    expect(short.quotes.map((q) => [q.kind, q.speaker?.name, q.speaker?.organization])).toEqual([['direct', 'Ana Lucía Ferraz', 'Terminal Marítima del Pacífico']]);
  });

  it('splits a Chinese descriptor before an English name, a computer maker\'s and a Malaysian firm\'s, and one in a numbered paragraph', () => {
    const speaker = (who: string) => quotes(`北京，2026年3月5日——研究团队今日发布成果。\n\n${who}表示，团队在研究中取得了重要突破。`)[0]?.speaker;
    expect(speaker('SkuNest技術總監Ravi Menon')).toEqual({ name: 'Ravi Menon', honorific: null, title: '技術總監', organization: 'SkuNest' });
    expect(speaker('华岳电脑产品副总裁许晨阳')).toEqual({ name: '许晨阳', honorific: null, title: '产品副总裁', organization: '华岳电脑' });
    expect(speaker('新宇科技首席执行员黄美仪')).toEqual({ name: '黄美仪', honorific: null, title: '首席执行员', organization: '新宇科技' });
    const numbered = quotes('新闻稿\n\n城市韧性计划启动\n\n1.   城市韧性发展局今天推出计划。\n\n2.   城市韧性部部长颜志豪先生今天上午在社区俱乐部主持推介仪式时说：“气候变化已经不再是遥远的问题。”\n\n3.   颜志豪部长指出，计划的核心是让居民共同参与。');
    expect(numbered.map((q) => q.speaker)).toEqual([
      { name: '颜志豪', honorific: '先生', title: '部长', organization: '城市韧性部' }, { name: '颜志豪', honorific: '先生', title: '部长', organization: '城市韧性部' },
    ]);
  });

  it('reads a Chinese name with its title after it (赵蕾研究员, 物理学院李明副主任), and a title alone as a role', () => {
    const speaker = (who: string) => quotes(`北京，2026年3月5日——研究团队今日发布成果。\n\n${who}指出，团队在研究中取得了重要突破。`)[0]?.speaker;
    expect(speaker('赵蕾研究员')).toEqual({ name: '赵蕾', honorific: null, title: '研究员', organization: null });
    expect(speaker('物理学院李明副主任')).toEqual({ name: '李明', honorific: null, title: '副主任', organization: '物理学院' });
    expect(speaker('高级研究员')).toEqual({ name: null, honorific: null, title: '高级研究员', organization: null });
  });

  it('reads names with family names that are less common (庞, 佘, 祝)', () => {
    const q = quotes('北京，2026年3月5日——研究团队今日发布成果。\n\n优创机器人CEO庞伟表示，公司将开放模型接口。\n\n“这是重要的一步。”佘文杰说。');
    expect(q.map((x) => x.speaker?.name)).toEqual(['庞伟', '佘文杰']);
  });

  it('reads a company\'s short name (宏碩 where the release prints 宏碩電子) as no person, and splits it from a title after it', () => {
    const q = quotes('宏碩電子今天公布2月營收。\n\n宏碩表示，營收月減主要受春節工作天數較少影響。\n\n宏碩財務長黃淑芬說：「我們預期第一季毛利率將介於57%至59%。」');
    expect(q.map((x) => x.speaker)).toEqual([{ name: '黃淑芬', honorific: null, title: '財務長', organization: '宏碩' }]);
    // Two words that meet inside a clause (借助手术机器人) make no company.
    const surgeon = quotes('医院借助手术机器人完成首例肺移植。\n\n手术主刀医师郑海峰说：“患者恢复良好。”');
    expect(surgeon.map((x) => x.speaker)).toEqual([{ name: '郑海峰', honorific: null, title: '手术主刀医师', organization: null }]);
  });

  it('reads ranks, professions, conjunctions and short names in brackets around a Chinese speaker', () => {
    const speaker = (who: string) => quotes(`北京，2026年3月5日——研究团队今日发布成果。\n\n${who}表示，团队在研究中取得了重要突破。`)[0]?.speaker;
    // A rank and a one-character office are one title (副省长), not an organization 副省.
    expect(speaker('副省长周建国')).toEqual({ name: '周建国', honorific: null, title: '副省长', organization: null });
    // 和 before the verb ends the name; it joins two names only when another follows.
    expect(speaker('本部部长张仁和')).toEqual({ name: '张仁和', honorific: null, title: '部长', organization: '本部' });
    // A profession that is also an honorific is a title before a family name, and so is a description ending in 的.
    expect(speaker('工程师陈先生')).toEqual({ name: '陈', honorific: '先生', title: '工程师', organization: null });
    expect(speaker('居于草堆街超过三十年的黄女士')).toEqual({ name: '黄', honorific: '女士', title: null, organization: null });
    // A legislator: the council, then the member.
    expect(speaker('立法會議員黃美玲')).toEqual({ name: '黃美玲', honorific: null, title: '議員', organization: '立法會' });
    // The short name in brackets after the organization is not the title's, nor is the title's rank the name's.
    expect(speaker('马来西亚华文教育促进总会（华教总会）总会长拿督陈文华')).toEqual({ name: '陈文华', honorific: '拿督', title: '总会长', organization: '马来西亚华文教育促进总会' });
    expect(speaker('华教总会总会长陈文华')).toEqual({ name: '陈文华', honorific: null, title: '总会长', organization: '华教总会' });
    // A federation's 總會長 after its short name, with ranks (署理, acting) before it; a statement issued between
    // the speaker and the verb is no part of them.
    expect(speaker('文联会总会长拿督陈文彬今日发表文告')).toEqual({ name: '陈文彬', honorific: '拿督', title: '总会长', organization: '文联会' });
    expect(speaker('文联会署理总会长林美玲')).toEqual({ name: '林美玲', honorific: null, title: '署理总会长', organization: '文联会' });
    // A board is the title's, not an organization.
    expect(speaker('董事會主席兼執行董事司徒浩賢')).toEqual({ name: '司徒浩賢', honorific: null, title: '董事會主席兼執行董事', organization: null });
  });

  it('reads a possessive after "of" as part of where the speaker serves', () => {
    const [q] = quotes('WASHINGTON, March 24, 2026 – The department announced a settlement.\n\n"The law applies to everyone," said Marcus T. Hollings, Acting Assistant Attorney General of the Justice Department\'s Environment and Natural Resources Division.');
    expect(q?.speaker).toEqual({ name: 'Marcus T. Hollings', honorific: null, title: 'Acting Assistant Attorney General', organization: 'the Justice Department\'s Environment and Natural Resources Division' });
  });

  it('reads where a speaker serves after their name, and a role after it', () => {
    const speaker = (who: string) => quotes(`GLASGOW, 3 March 2026 – A study found peat is losing carbon.\n\n"This matters," said ${who}.`)[0]?.speaker;
    expect(speaker('Jane Doe, of Acme Research')).toEqual({ name: 'Jane Doe', honorific: null, title: null, organization: 'Acme Research' });
    expect(speaker('Dr Arjun Pillai, of the Northern Ice and Peat Research Institute and a co-author of the study')).toEqual({ name: 'Arjun Pillai', honorific: 'Dr', title: 'co-author of the study', organization: 'Northern Ice and Peat Research Institute' });
  });

  it('reads "Chairman of the Board" as a title, and the organization after it', () => {
    const speakers = quotes('HONG KONG, 9 March 2026 – Acme Holdings Limited today announced record results.\n\n"We will invest," said Jane Doe, Chairman of the Board.\n\n"Good," said Jane Roe, Chairman of the Board of Beta Holdings Limited.').map((q) => q.speaker);
    expect(speakers).toEqual([
      { name: 'Jane Doe', honorific: null, title: 'Chairman of the Board', organization: null },
      { name: 'Jane Roe', honorific: null, title: 'Chairman of the Board', organization: 'Beta Holdings Limited' },
    ]);
  });

  it('resolves a pronoun or a family name to someone named after a title word or an honorific in running text ("club captain Callum Reid has signed …")', () => {
    const q = quotes('BRISTOL, 4 March 2026 - Harbourside Rovers are delighted to announce that club captain Callum Reid has signed a new three-year contract.\n\nHe said: “This club has been my home since I walked through the door as a 19-year-old, and I never thought about playing anywhere else.”');
    expect(q.map((x) => x.speaker)).toEqual([{ name: 'Callum Reid', honorific: null, title: 'captain', organization: null }]);
    // After an honorific, the title and organization before it are theirs, for the family name that refers to them.
    const cr = quotes('BRISBANE, 5 March 2026 - Bellamy Shire Council Mayor Cr Greg Paterson welcomed the funding.\n\n"Our towns have lived with water restrictions hanging over them for far too long," Cr Paterson said.');
    expect(cr.map((x) => x.speaker)).toEqual([{ name: 'Greg Paterson', honorific: 'Cr', title: 'Mayor', organization: 'Bellamy Shire Council' }]);
    // A given name alone refers to the full name it opened before ("Maisie Harland, 15, …" then "said Maisie"); a
    // level of government before a title is the title's, though the release is the State of Vermillion's.
    const given = quotes('LONDON, 4 March 2026 - Maisie Harland, 15, from Doncaster, has cared for her mother since she was nine.\n\n“Some mornings I am up at six doing Mum\'s tablets and breakfast,” said Maisie.');
    expect(given.map((x) => x.speaker?.name)).toEqual(['Maisie Harland']);
    const state = quotes('SPRINGTON, March 4, 2026 – The State of Vermillion today launched a broadband fund.\n\n"I have heard from farmers who drive twenty minutes to upload their reports," said State Senator Alicia Brennan-Cho.');
    expect(state.map((x) => x.speaker)).toEqual([{ name: 'Alicia Brennan-Cho', honorific: null, title: 'State Senator', organization: null }]);
    // A place after a title word is no one ("the Minister visited Hong Kong").
    expect(parseRelease('Visit\n\nLONDON, 4 March 2026 - The trade minister Hong Kong visit was a success.').people).toEqual([]);
  });

  it('gives a title before two names in a row to the first, and "Mr Leung" to the person named in full before a bare "Mr Leung"', () => {
    const q = quotes('The Secretary for Transport and Logistics, Mr Leung Ka-fai, inspected the pier works today (March 1).\n\nAccompanied by the Director of Civil Engineering and Development, Ms Carol Yip, Mr Leung toured the promenade.\n\nSpeaking to the media after the visit, Mr Leung said, "The pier will open in the fourth quarter."');
    expect(q.map((x) => x.speaker)).toEqual([{ name: 'Leung Ka-fai', honorific: 'Mr', title: 'Secretary for Transport and Logistics', organization: null }]);
    // Another person of that family name, whom the honorific tells apart.
    const two = quotes('Ms Leung Siu-ling, a resident, joined the Secretary for Transport, Mr Leung Ka-fai, today.\n\nLater Ms Leung met him.\n\nMs Leung said, "The pier will change our mornings."');
    expect(two.map((x) => x.speaker?.name)).toEqual(['Leung Siu-ling']);
    // An adverb between the pronoun and the verb ("He further added").
    expect(quotes('LONDON, 4 March 2026 - Acme opened a lab, said Mr. Rohit Malhotra, Managing Director.\n\nHe further added, "Our goal is to reach five lakh farmers."')[0]!.speaker?.name).toBe('Rohit Malhotra');
    // A comma after "and" in the organization (a parse of its second role once threw there).
    expect(quotes('LONDON, 4 March 2026 - The Director of Science and Technology, Research and Innovation, Dr Jane Roe, said: "We are ready."')[0]!.speaker)
      .toEqual({ name: 'Jane Roe', honorific: 'Dr', title: 'Director', organization: 'Science and Technology, Research and Innovation' });
  });

  it('reads a body\'s name whole after "for" or "of" (the Department of Health, not "Health"; the Environmental Protection Department, no name), a plural name\'s possessive, and "Cr"', () => {
    const speakers = quotes('HONG KONG, March 4, 2026 - The Environmental Protection Department will launch a trial.\n\nA spokesman for the Environmental Protection Department said, "Food waste makes up 30 per cent of waste."\n\nThe spokesman added, "We will also collect feedback from residents and estate management staff."\n\nA spokeswoman for the Department of Health said: "We are ready."\n\nHarbourside Rovers’ chairman Graham Tulloch said: "This is a statement of intent."\n\n"Good news," said Jane Roe, Professor of Chemistry at the University of Hong Kong.\n\n"Our towns have waited," Cr Greg Paterson said.').map((q) => q.speaker);
    expect(speakers).toEqual([
      { name: null, honorific: null, title: 'spokesman', organization: 'the Environmental Protection Department' },
      // "The spokesman" again: the one whose organization the first attribution gave.
      { name: null, honorific: null, title: 'spokesman', organization: 'the Environmental Protection Department' },
      { name: null, honorific: null, title: 'spokeswoman', organization: 'the Department of Health' },
      { name: 'Graham Tulloch', honorific: null, title: 'chairman', organization: 'Harbourside Rovers' },
      { name: 'Jane Roe', honorific: null, title: 'Professor of Chemistry', organization: 'the University of Hong Kong' },
      { name: 'Greg Paterson', honorific: 'Cr', title: null, organization: null },
    ]);
  });

  it('reads 本公司 and "the Company" as the issuer the release defines them for, and a numbered list\'s term as no speaker', () => {
    const org = (text: string) => parseRelease(text).quotes.map((q) => q.speaker?.organization);
    // The short name defined beside the word, as printed (Traditional stays Traditional).
    expect(org('恒嶺物流公布全年業績\n\n香港時間2026年3月18日 — 恒嶺物流控股有限公司（「恒嶺物流」或「本公司」）今日公布全年業績。\n\n本公司主席鄭志遠先生表示：「2025年是本集團落實策略的關鍵一年，我們的網絡已覆蓋大灣區。」')).toEqual(['恒嶺物流']);
    // With none, the company's name before the bracket, not the words before it.
    expect(org('澄峰智能訂立框架協議\n\n本公告乃澄峰智能製造控股有限公司（「本公司」）自願作出。\n\n本公司行政總裁林詠芝女士表示：「合作將有助本集團拓展東南亞市場，並提升產能利用率。」')).toEqual(['澄峰智能製造控股有限公司']);
    // 集團 alone is the issuer too.
    expect(org('海景控股公布中期業績\n\n（香港，2026年3月9日）海景控股有限公司（「海景控股」或「本公司」）今日公布中期業績。\n\n集團行政總裁李小明說：「前景樂觀。」')).toEqual(['海景控股']);
    expect(org('Acme Opens Lab\n\nHONG KONG, March 4, 2026 -- Acme Holdings Limited ("Acme" or the "Company") today opened a lab.\n\n"We are proud of the team," said John Smith, Chief Executive Officer of the Company.')).toEqual(['Acme']);
    // "(the Club)": the common noun a bracket defines after a full name stands for that name.
    expect(org('Club Closes Record Season\n\nHONG KONG, 14 July 2025 – The Harbour Turf & Charities Club (the Club) closed its season with record turnover.\n\n"That has made our pools deeper," said Nicholas Lau, Chief Executive Officer of the Club.')).toEqual(['The Harbour Turf & Charities Club']);
    // Defined nowhere, 集团 is the one organization the release's About section or speakers name that ends in it;
    // 下称 inside a word (照料下称重, weighed under care) defines nothing.
    expect(org('克兰芝野生动物保育集团宣布穿山甲幼崽诞生\n\n新加坡，2025年5月22日——克兰芝野生动物保育集团今天宣布，一只穿山甲幼崽诞生。\n\n集团首席生命科学官陈爱玲博士解释：“母穿山甲在怀孕后期对噪音特别敏感。”\n\n图一：幼崽在保育人员的照料下称重。（照片来源：克兰芝野生动物保育集团）\n\n关于克兰芝野生动物保育集团\n克兰芝野生动物保育集团是一家非营利机构，管理克兰芝动物园。')).toEqual(['克兰芝野生动物保育集团']);
    // A college's own news says 我院: the one organization its About section names that ends in 院.
    expect(org('我院团队在新材料研究中取得进展\n\n近日，我院孙海涛教授团队取得重要进展。\n\n我院孙海涛教授表示：“这项工作意义重大。”\n\n关于东岳大学化学学院\n东岳大学化学学院成立于1952年。')).toEqual(['东岳大学化学学院']);
    // Defined nowhere: as printed.
    expect(org('Acme Opens Lab\n\nHONG KONG, March 4, 2026 -- Acme Holdings Limited today opened a lab.\n\n"We are proud of the team," said John Smith, Chief Executive Officer of the Company.')).toEqual(['the Company']);
    expect(quotes('三、合同主要条款\n\n2、支付方式：合同签订后支付30%预付款，设备到货验收后支付40%，剩余5%作为质保金。')).toEqual([]);
  });

  it('reads any title an honorific ends ("Senior Meteorologist Ms. …"), and gives each quote of one person the description another gives', () => {
    const r = parseRelease('Orange Alert Issued\n\nPIARCO, Trinidad, 12 August 2025 – An orange alert is in effect.\n\nSenior Meteorologist Ms. Alicia Bharath-Ferguson explained that the heaviest activity is expected after 2 p.m. "Tobago is likely to feel the effects first," she said.\n\nToday Ms. Jane Doe said that shelters were open.');
    expect(r.quotes.map((q) => [q.kind, q.speaker])).toEqual([
      ['indirect', { name: 'Alicia Bharath-Ferguson', honorific: 'Ms.', title: 'Senior Meteorologist', organization: null }],
      ['direct', { name: 'Alicia Bharath-Ferguson', honorific: 'Ms.', title: 'Senior Meteorologist', organization: null }],
    ]);
    // A time word before an honorific is no title.
    expect(r.quotes.map((q) => q.speaker?.title)).not.toContain('Today');
    // A second role's title keeps its own organization, or none.
    const two = parseRelease('Acme Opens Lab\n\nLONDON, 5 March 2024 – Acme opened a lab.\n\n"We are proud," said Jane Doe, CEO of Acme.\n\n"The city gains too," said Jane Doe, Chair.');
    expect(two.quotes.map((q) => q.speaker)).toEqual([
      { name: 'Jane Doe', honorific: null, title: 'CEO', organization: 'Acme' },
      { name: 'Jane Doe', honorific: null, title: 'Chair', organization: null },
    ]);
  });

  it('takes what a person said after their name\'s comma ("…, Dr Vikram Sethi, said engineers began …") for no title of theirs', () => {
    const r = parseRelease('Services Restored After Outage\n\nSYDNEY, 11 November 2025 – Kookaburra Mobile restored services today.\n\nKookaburra Mobile\'s Chief Technology Officer, Dr Vikram Sethi, said engineers began rolling back the change within 40 minutes of identifying it, but the rollback had to be done router by router.\n\n"Restoring a network of this size is not like flicking a switch," Dr Sethi said.');
    expect(r.quotes.map((q) => q.speaker)).toEqual([{ name: 'Vikram Sethi', honorific: 'Dr', title: 'Chief Technology Officer', organization: 'Kookaburra Mobile' }]);
    const plain = parseRelease('Court Opens E-Filing\n\nNAIROBI, 16 May 2025 – The Judiciary opened e-filing today.\n\nRosemary Kiptoo, said that the move would bring justice closer to ordinary Kenyans.\n\n"We are aware that not everyone has a smartphone," she added.');
    expect(plain.quotes.map((q) => q.speaker?.title ?? null)).not.toContain('said that the move would bring justice closer to ordinary Kenyans');
  });
});
