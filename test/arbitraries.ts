import fc from 'fast-check';

/** Characters that stress text handling: controls, NUL, bidi marks, zero-width, lone surrogates, page breaks. */
const AWKWARD = [
  '\0', '\u0001', '\u0007', '\b', '\t', '\v', '\f', '\r', '\n', '\u001b', '\u007f', '\u0085', '\u00a0', '\u00ad',
  '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202b', '\u202e', '\u2028', '\u2029', '\u2060',
  '\u3000', '\ufeff', '\ufffd', '\ud800', '\udbff', '\udc00', '\udfff',
];
const QUOTE_MARKS = ['“', '”', '「', '」', '『', '』', '"', "'", '‘', '’', '《', '》', '（', '）'];

const fromChars = (chars: readonly string[], maxLength = 200): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...chars), maxLength });

const cjkChar = fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c));
const latinWord = fc.constantFrom('Acme', 'said', 'the', 'Hong', 'Kong', 'Dr.', 'Ltd.', 'CEO', 'of', 'today', '2023', 'Tel:', 'a@b.com');

/** Arbitrary strings of every sort the task names; each branch stresses a different class of input. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  // Any UTF-16 code unit: lone surrogates included.
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 300 }),
  fc.string({ unit: fc.oneof(fc.constantFrom(...AWKWARD), fc.constantFrom('a', 'B', '中', '。', ' ', '1')), maxLength: 200 }),
  fc.array(fc.oneof(cjkChar, latinWord, fc.constantFrom(' ', '\n', '，', '。', ', ', '. ', '\n\n')), { maxLength: 120 }).map((a) => a.join('')),
  fromChars(QUOTE_MARKS),
  fromChars([...QUOTE_MARKS, ' ', '\n', '說', 'said', '表示：']),
  fromChars(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']),
  fromChars(['0', '5', '8', '9', ' ', '+', '-', '(', ')', '\n', '年', '月', '日', '/', ':', '.']),
);

const LABELS = [
  'PRESS RELEASE', 'FOR IMMEDIATE RELEASE', 'News Release', 'MEDIA STATEMENT', 'For immediate release', '新闻稿', '新聞稿',
  '實時發佈', '即時發佈', '即时发布', '新聞公報', '新闻发布',
];
const EMBARGOES = [
  'EMBARGOED UNTIL 10:00 HKT, 18 October 2023', 'Embargoed until 00:01 GMT Tuesday 5 March 2024',
  'EMBARGO: 9 a.m. ET, Nov. 2, 2023', '禁止發佈，直至2023年10月18日上午10時', '新闻禁发时间：2024年3月8日上午10:00',
  '（此新聞稿於2023年10月18日下午3時前禁止發佈）',
];
const DATELINES = [
  'HONG KONG, Oct. 18, 2023 /PRNewswire/ --', '（香港，2023 年 10 月 18 日）', '（香港，2023 年 10 月 18 日）—',
  'NEW YORK--(BUSINESS WIRE)--', 'LONDON, 5 March 2024 --', 'SAN FRANCISCO, March 5, 2024 (GLOBE NEWSWIRE) --',
  '【2024年3月8日，北京】', '中国北京，2024年3月8日 /美通社/ --', '台北，2023年10月18日電', 'Singapore, 12 January 2024 –',
];
const HEADLINES = [
  'Acme Opens Autonomous Cold-Chain Hub in Hong Kong', 'Beta Corp. Reports Record Third-Quarter Revenue',
  'University Team Finds New Way to Store Solar Power', '香港綠色運輸發展局與港灣電動巴士簽署合作協議',
  '星澜储能发布新一代液冷储能系统', '三年內引入二百輛氫能巴士 推動公共交通減碳', 'Acme and Beta sign agreement to cut emissions by 40%',
];
const BODY = [
  'Acme, a developer of warehouse robots, today opened a research lab in Tsing Yi.',
  'The 14,000-square-metre facility will store vaccines and other medicines for hospitals across the region.',
  'The hub runs 46 robots across three temperature zones, from minus 70 to plus 8 degrees Celsius.',
  'Further details are available at www.acme.com/news and https://beta.example.org/ir.',
  '香港綠色運輸發展局（綠運局）今日與港灣電動巴士有限公司簽署合作協議，推動本港公共交通減碳。',
  '星澜储能今日在北京发布新一代储能系统，能量密度提升百分之三十。',
  '協議由綠運局行政總裁麥詠琳女士與港灣巴士董事總經理霍子謙先生簽署。',
  'Mr. Chan Tai-man, Chairman of Acme, and Dr. Alan Park attended the ceremony.',
];
const QUOTES = [
  '"We are proud to open this lab in Hong Kong, and we will keep investing here," said Jane Doe, chief executive officer of Acme.',
  '“Our customers asked for this, and today we deliver it to them,” said Dr. Alan Park, President of Beta Corp.',
  'Jane Doe said: “This is a big step for us, and for every hospital we serve.”',
  '“It works,” he said. “We will now take it to every city in the region, one by one.”',
  '陳大文博士表示：「這是一個重要的里程碑，我們會繼續與業界攜手努力。」',
  '「我們對今天的成果感到非常自豪，感謝各方的支持。」李小明先生說。',
  '王芳女士表示：“我们将继续投入研发，为客户创造更大的价值。”',
  '他表示，公司將於明年在香港增聘一百名員工。',
  'The chairman said that the company would open two more sites next year.',
  '『這是我們的承諾。』',
];
const CONTACTS = [
  'Media contact:', 'Media Enquiries', 'For media enquiries, please contact:', 'Jane Doe', 'Senior Manager, Corporate Communications',
  'Tel: +852 1234 5678', 'Tel: (852) 2345 6789 / 9123 4567', 'Email: a@b.com', 'E-mail: press@acme.com.hk', 'Fax: +852 2345 0000',
  '傳媒查詢，請聯絡：', '區嘉怡', '電話：+852 3618 2045', '電郵：carrie.au@example.org.hk', '媒体联系人：王芳', '电话：010-1234 5678',
  '邮箱：press@example.cn', 'Acme Limited',
];
const ABOUTS = [
  'About Acme', 'About Beta Corp.', 'Acme is a maker of warehouse robots based in Hong Kong. For more, visit www.acme.com.',
  '关于星澜储能', '星澜储能成立于2015年，总部位于北京，专注于储能系统。', '關於香港綠色運輸發展局',
  '香港綠色運輸發展局於2019年成立，負責推動本港運輸工具轉用低碳能源。', 'Notes to editors:',
];
const MARKS = ['###', '# # #', '- Ends -', '-ENDS-', '- 完 -', '（完）', '-END-'];
const CAPTIONS = [
  '圖一：嘉賓參觀首輛氫能巴士樣板車。', '圖二：麥詠琳女士（右）與霍子謙先生（左）簽署合作協議。', '图一：签约仪式现场。',
  'Photo 1: Jane Doe (left) and Dr. Alan Park (right) at the opening.', 'Photo caption: The new hub in Tsing Yi.', '附圖：',
];

export const POOLS = { LABELS, EMBARGOES, DATELINES, HEADLINES, BODY, QUOTES, CONTACTS, ABOUTS, MARKS, CAPTIONS } as const;

const fragment = fc.oneof(
  ...Object.values(POOLS).map((pool) => ({ arbitrary: fc.constantFrom(...pool), weight: 4 })),
  // A little noise between fragments, so the parser meets releases that are not quite releases.
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }), weight: 1 },
  { arbitrary: fromChars(QUOTE_MARKS, 3), weight: 1 },
);

const LF_SEPARATORS = ['\n', '\n', '\n\n', '\n\n', ' ', '  \n', '\n \n', '\f', '\n\f\n', '\t'];

/** Release fragments in random order, joined by `separators`. */
export const fragments = (separators: readonly string[]): fc.Arbitrary<string> =>
  fc.array(fc.tuple(fragment, fc.constantFrom(...separators)), { minLength: 1, maxLength: 30 })
    .map((parts) => parts.map(([f, sep]) => f + sep).join(''));

/** Fragment-built releases with any line ends. */
export const releaseText = fragments([...LF_SEPARATORS, '\r\n', '\r\n\r\n', '\r']);

/** Fragment-built releases whose only line end is "\n" (for comparing against other line ends). */
export const lfReleaseText = fragments(LF_SEPARATORS);

/** Names and words whose NFC and NFD forms differ. */
const ACCENTED = [
  'Zoë Müller, Directrice générale of Société Générale', 'José Núñez', 'Café Crème Ltd.', 'Ångström Labs', 'Dr. Renée Dubé',
  'Çağlar Öztürk', 'São Paulo', 'Ελληνικά', 'Ha Nội', 'Nguyễn Thị Ánh', 'About Société Générale',
  '“We will grow in Asia, and we will grow fast,” said Zoë Müller, directrice générale of Café Crème Ltd.',
  'José Núñez, CEO of Ångström Labs, said: “Our researchers have shown what this material can do.”',
  'Contact: Renée Dubé', 'Email: renee.dube@example.com',
];

/** Fragment-built releases with accented names and words mixed in. */
export const accentedReleaseText: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.oneof(fragment, fc.constantFrom(...ACCENTED)), fc.constantFrom(...LF_SEPARATORS)), { minLength: 1, maxLength: 30 })
  .map((parts) => parts.map(([f, sep]) => f + sep).join(''));

const HAN = /[\u3400-\u9fff]/;
const inLanguage = (pool: readonly string[], zh: boolean): string[] => pool.filter((x) => HAN.test(x) === zh);
const maybe = (pool: readonly string[]): fc.Arbitrary<string[]> => fc.option(fc.constantFrom(...pool), { nil: undefined }).map((x) => (x === undefined ? [] : [x]));
const some = (pool: readonly string[], max: number): fc.Arbitrary<string[]> => fc.array(fc.constantFrom(...pool), { maxLength: max });

/**
 * Releases laid out as releases are (label, headline, dateline opening the body, paragraphs and quotes,
 * captions, end mark, about, contacts), each part picked at random from one language's fragments, paragraphs
 * apart by blank lines.
 */
export const releaseShaped: fc.Arbitrary<string> = fc.boolean().chain((zh) => {
  const pool = (p: readonly string[]) => inLanguage(p, zh);
  return fc
    .tuple(
      maybe(pool(LABELS)), maybe(pool(EMBARGOES)), fc.constantFrom(...pool(HEADLINES)), fc.constantFrom(...pool(DATELINES)),
      fc.constantFrom(...pool(BODY)), fc.array(fc.constantFrom(...pool(BODY), ...pool(QUOTES)), { minLength: 1, maxLength: 5 }),
      some(pool(CAPTIONS), 2), maybe(MARKS), some(pool(ABOUTS), 2), some(pool(CONTACTS), 6),
    )
    .map(([label, embargo, headline, dateline, lead, paragraphs, captions, mark, about, contacts]) => [
      ...label, ...embargo, headline, `${dateline} ${lead}`, ...paragraphs, ...captions, ...mark, ...about,
      ...(contacts.length ? [[zh ? '傳媒查詢：' : 'Media contact:', ...contacts].join('\n')] : []),
    ].join('\n\n'));
});
