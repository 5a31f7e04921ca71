import { describe, expect, it } from 'vitest';
import { buildTables } from '../locales/index.js';
import { foldForMatching } from '../normalize/fold.js';
import { parseRelease } from '../index.js';
import { dateLineLabel, isBreadcrumb, isChrome, isContactHeading, isLabel, isUrlOnly } from './line-kinds.js';

const tables = buildTables();

describe('isContactHeading', () => {
  it('takes a heading and leaves a sentence that points elsewhere', () => {
    expect(isContactHeading('For more information, please contact:', tables)).toBe(true);
    expect(isContactHeading('Media contact', tables)).toBe(true);
    expect(isContactHeading('For more information, visit www.example.com.', tables)).toBe(false);
    expect(isContactHeading('For more information about Acme, see the website.', tables)).toBe(false);
    // Naming a contact makes it a heading again.
    expect(isContactHeading('For more information about the event, contact:', tables)).toBe(true);
  });
});

describe('line kinds', () => {
  it('reads a label or a chrome line with any colons, stops and spaces after it', () => {
    expect(isLabel('PRESS RELEASE :. ', tables)).toBe(true);
    expect(isChrome('Share this:', tables)).toBe(true);
  });

  it('reads a cookie banner\'s lines and a prompt to log in as chrome, and a release\'s sentence about cookies as none', () => {
    for (const line of ['Cookies on GOV.UK', 'We use some essential cookies to make this website work.', 'Accept additional cookies Reject additional cookies View cookies', 'This site uses cookies to improve your browsing experience. Learn more', 'Cookie settings', '本网站使用Cookies以提升您的浏览体验。', 'Log in for embargoed content', 'Sign in to read more', '请登录后查看全文']) {
      expect(isChrome(foldForMatching(line), tables), line).toBe(true);
    }
    for (const line of ['We use cookies donated by local bakeries to raise funds.', 'Cookies on sale this weekend only at all our stores', 'Cookies on sale', 'Accept cookies from strangers at your peril, the campaign warns.']) {
      expect(isChrome(foldForMatching(line), tables), line).toBe(false);
    }
    // Over a web page's release: the banner is not its headline.
    const r = parseRelease('Skip to main content\nCookies on GOV.UK\nWe use some essential cookies to make this website work.\nAccept additional cookies Reject additional cookies View cookies\n\nPress release\n£48 million to protect coastal communities\n\nTwelve coastal schemes will share new funding, the Department announced today.');
    expect([r.labels, r.headline]).toEqual([['Press release'], '£48 million to protect coastal communities']);
  });

  it('reads a copyright line with words before its mark as chrome, and its record number as no contact', () => {
    expect(isChrome(foldForMatching('版权所有 © 2026 澜途汽车 沪ICP备20190417号'), tables)).toBe(true);
    expect(isChrome(foldForMatching('The 2026 season opens in May.'), tables)).toBe(false);
    const r = parseRelease('澜途汽车发布新车\n\n2026年3月4日，中国·上海——澜途汽车今日发布新车。\n\n媒体联系：澜途汽车品牌公关部\n邮箱：media@lantu.example.cn\n\n版权所有 © 2026 澜途汽车 沪ICP备20190417号');
    expect(r.contacts.map((c) => [c.organization, c.phones, c.emails])).toEqual([['澜途汽车品牌公关部', [], ['media@lantu.example.cn']]]);
  });

  it('reads a breadcrumb with slashes as chrome when it names a site section, and a name with a slash as none', () => {
    expect(isChrome('Newsroom / Press Releases', tables)).toBe(true);
    expect(isChrome('Acme / Beta Announce Merger', tables)).toBe(false);
  });

  it('reads a breadcrumb with doubled arrows or none spaced (新闻网>>时政>>正文, 首页>新闻) as one, and a comparison as none', () => {
    for (const crumbs of ['沅川新闻网>>时政>>正文', '首页>新闻>正文', 'Home » News » Releases']) {
      expect([isBreadcrumb(crumbs, tables), isChrome(crumbs, tables)]).toEqual([true, true]);
    }
    expect([isBreadcrumb('Revenue grew>20% in 2025', tables), isBreadcrumb('营收同比增长>20%', tables)]).toEqual([false, false]);
  });

  it('reads a decomposed label as its composed form (text and metadata from macOS)', () => {
    for (const label of ['プレスリリース', 'Communiqué de presse']) {
      const nfd = label.normalize('NFD');
      expect(nfd).not.toBe(label);
      expect(isLabel(nfd, tables)).toBe(true);
    }
    expect(isLabel('プレスリリースのお知らせ'.normalize('NFD'), tables)).toBe(false);
  });

  it('reads a label after its publisher\'s name, but not a headline that ends in one', () => {
    for (const line of ['經濟部新聞稿', '香港科技園公司 新聞稿', 'City of Maple Grove News Release', 'ACME CORP. PRESS RELEASE']) {
      expect(isLabel(foldForMatching(line), tables), line).toBe(true);
    }
    for (const line of ['Acme Responds to Press Release', 'Acme, Beta Issue Joint Press Release', '科技園公司今日發出新聞稿，澄清報道', 'Releases']) {
      expect(isLabel(foldForMatching(line), tables), line).toBe(false);
    }
    expect(isChrome(foldForMatching('發布單位：中小及新創企業署'), tables)).toBe(true);
  });

  it('reads a site footer\'s fields on one line as chrome, and a contact\'s fields as none', () => {
    expect(isChrome(foldForMatching('联系电话：0551-6512 0000  地址：合肥市经开区繁华大道100号  ICP备案号：皖ICP备12345678号-1'), tables)).toBe(true);
    expect(isChrome(foldForMatching('地址：台北市信義路五段7號　版權所有：財團法人資訊工業策進會'), tables)).toBe(true);
    expect(isChrome(foldForMatching('联系人：王敏　电话：021-6088 1234　邮箱：pr@kangyuanbio.com'), tables)).toBe(false);
    expect(isChrome(foldForMatching('Tel: 2123 4567  Email: info@example.org'), tables)).toBe(false);
  });

  // A run of them that does not end the line once took time quadratic in its length (a "[…]+$" regex).
  it('reads a line with a long run of spaces, colons or stops inside in one pass', () => {
    for (const ch of [' ', ':', '.']) {
      const line = `Press release${ch.repeat(200_000)}of the year`;
      expect(isLabel(line, tables)).toBe(false);
      expect(isChrome(line, tables)).toBe(false);
    }
    expect(isLabel(`Press release${' '.repeat(200_000)}:`, tables)).toBe(true);
  });
});

describe('dateLineLabel', () => {
  it('finds a label printed before or after the date, with any separator, in each language', () => {
    // Lines are read folded (Simplified, half-width), as blocks are; the label is cut from the line as printed.
    const label = (line: string) => {
      const at = dateLineLabel(foldForMatching(line), tables);
      return at && line.slice(...at);
    };
    expect(label('FOR IMMEDIATE RELEASE: March 3, 2021')).toBe('FOR IMMEDIATE RELEASE');
    expect(label('Press Release — 12 May 2020')).toBe('Press Release');
    expect(label('March 3, 2021 | Press Release')).toBe('Press Release');
    expect(label('Press release, January 5th, 2022')).toBe('Press release');
    expect(label('新闻稿 2024年3月5日')).toBe('新闻稿');
    expect(label('新聞稿（2024年3月5日）')).toBe('新聞稿');
    // The day of the week goes with the date.
    expect(label('For immediate release: Thursday 5 March 2026')).toBe('For immediate release');
    expect(label('FOR IMMEDIATE RELEASE – Thursday, March 5, 2026')).toBe('FOR IMMEDIATE RELEASE');
    expect(label('新闻稿 2024年3月5日（星期二）')).toBe('新闻稿');
  });

  it('leaves a date line with anything else on it, and a label without a date', () => {
    expect(dateLineLabel('John Smith, Press Release: January 5, 2022', tables)).toBeNull();
    expect(dateLineLabel('Posted on March 3, 2021', tables)).toBeNull();
    expect(dateLineLabel('PRESS RELEASE', tables)).toBeNull();
    expect(dateLineLabel('Press release: March 3 and March 4, 2021', tables)).toBeNull();
    expect(dateLineLabel('Press release Thursday review: March 3, 2021', tables)).toBeNull();
  });
});

describe('isUrlOnly', () => {
  it('takes URLs, and one address without a scheme alone on its line', () => {
    expect(isUrlOnly('https://example.com/a https://example.com/b')).toBe(true);
    expect(isUrlOnly('twitter.com/acme_hk')).toBe(true);
    expect(isUrlOnly('  acme.org  ')).toBe(true);
  });

  it('leaves a capitalized name that is a domain, and any words beside an address', () => {
    expect(isUrlOnly('Booking.com')).toBe(false);
    expect(isUrlOnly('Visit acme.org')).toBe(false);
    expect(isUrlOnly('acme.org/news and more')).toBe(false);
  });
});
