import { describe, expect, it } from 'vitest';
import { buildTables } from '../../locales/index.js';
import { foldForMatching } from '../../normalize/fold.js';
import { readDateline } from './index.js';
import { parseRelease } from '../../index.js';

const tables = buildTables();
const read = (text: string) => {
  const d = readDateline({ text, fold: foldForMatching(text) }, tables);
  return d && { location: d.location, date: d.date, text: d.text, rest: text.slice(d.cut) };
};

describe('readDateline', () => {
  it.each([
    ['（香港，2023 年 10 月 18 日）— 香港科技園公司宣布', '香港', '2023-10-18', '（香港，2023 年 10 月 18 日）—'],
    ['（香港，2023 年 10 月 18 日） - 香港科技园公司', '香港', '2023-10-18', '（香港，2023 年 10 月 18 日） -'],
    ['(Hong Kong, 18 October 2023) – Acme today', 'Hong Kong', '2023-10-18', '(Hong Kong, 18 October 2023) –'],
    ['HONG KONG, Oct. 18, 2023 /PRNewswire/ -- Acme', 'HONG KONG', '2023-10-18', 'HONG KONG, Oct. 18, 2023 /PRNewswire/ --'],
    ['HONG KONG - September 18, 2025 (NEWMEDIAWIRE) - Acme', 'HONG KONG', '2025-09-18', 'HONG KONG - September 18, 2025 (NEWMEDIAWIRE) -'],
    ['NEW YORK--(BUSINESS WIRE)--Acme Inc. today', 'NEW YORK', null, 'NEW YORK--(BUSINESS WIRE)--'],
    ['香港2023年10月18日 /美通社/ -- 星澜储能', '香港', '2023-10-18', '香港2023年10月18日 /美通社/ --'],
    ['（香港，二〇二四年六月五日）— 基金', '香港', '2024-06-05', '（香港，二〇二四年六月五日）—'],
    ['SHANGHAI, China, Jan. 5, 2024 /PRNewswire/ -- X', 'SHANGHAI, China', '2024-01-05', 'SHANGHAI, China, Jan. 5, 2024 /PRNewswire/ --'],
    ['TORONTO, Jan. 9, 2024 (GLOBE NEWSWIRE) -- X', 'TORONTO', '2024-01-09', 'TORONTO, Jan. 9, 2024 (GLOBE NEWSWIRE) --'],
    ['Espoo, Finland - October 5, 2017: New materials', 'Espoo, Finland', '2017-10-05', 'Espoo, Finland - October 5, 2017:'],
    ['Grand Rapids, MI - Geert saw a hole', 'Grand Rapids, MI', null, 'Grand Rapids, MI -'],
    ['LONDON -- Acme today said', 'LONDON', null, 'LONDON --'],
    // A place the tables know, not in capitals, before a dash and the sentence it opens.
    ['London – Halvard Motors today unveiled', 'London', null, 'London –'],
    ['Hong Kong — Acme today opened', 'Hong Kong', null, 'Hong Kong —'],
    ['SALT LAKE CITY, UTAH — Acme today said', 'SALT LAKE CITY, UTAH', null, 'SALT LAKE CITY, UTAH —'],
    ['LONDON, Thursday, June 30, 2023 – Acme today', 'LONDON', '2023-06-30', 'LONDON, Thursday, June 30, 2023 –'],
    ['2026年3月4日，中国·合肥——星河新能源', '中国·合肥', '2026-03-04', '2026年3月4日，中国·合肥——'],
    ['（中國・上海，2026年3月4日）星河', '中國・上海', '2026-03-04', '（中國・上海，2026年3月4日）'],
  ])('%s', (text, location, date, cut) => {
    const d = read(text);
    expect(d).not.toBeNull();
    expect(d).toMatchObject({ location, date, text: cut });
    expect(d!.rest.startsWith(' ')).toBe(false);
  });

  it.each([
    'HKSTP – the largest science park in Hong Kong – today announced',
    'Acme Corp - the leader in widgets - said on Monday',
    'According to HAMA\'s estimates, a typical manufacturer spends HK$8 million.',
    'The company reported results on October 18, 2023 - its best quarter yet.',
    '香港科技園公司今日宣布——新一輪計劃',
    'Wisconsin – Advocates and supporters have launched a campaign',
    // A headline set in capitals: an en dash joining two words, or too many words for a place.
    'EMERALD ATLANTIC TO LAUNCH YEAR-ROUND SHANNON–CHICAGO SERVICE',
    'ACME TO OPEN NEW RESEARCH LABORATORY IN CORK – FIRST IN IRELAND',
  ])('reads no dateline in: %s', (text) => {
    expect(read(text)).toBeNull();
  });
});

describe('a dateline on its own line above the headline', () => {
  const top = (first: string) => {
    const r = parseRelease(`${first}\n\nCommission approves hydrogen scheme\n\nThe European Commission has approved a scheme to support renewable hydrogen.\n`);
    return { headline: r.headline, dateline: r.dateline && { location: r.dateline.location, date: r.dateline.date }, date: r.date };
  };

  it.each([
    ['Brussels, 5 March 2024', 'Brussels', '2024-03-05'],
    ['香港，2023年6月30日（星期四）', '香港', '2023-06-30'],
  ])('%s is the dateline, not the headline', (first, location, date) => {
    expect(top(first)).toEqual({ headline: 'Commission approves hydrogen scheme', dateline: { location, date }, date });
  });

  it('takes a day of the week for no place', () => {
    expect(top('Thursday, June 30, 2023')).toEqual({ headline: 'Commission approves hydrogen scheme', dateline: null, date: '2023-06-30' });
  });

  it('takes a date\'s label for no place, a Chinese one that ends in a listed one too (發稿日期, 更新時間)', () => {
    for (const label of ['發稿日期', '发布日期', '更新時間', 'Date']) {
      expect(top(`${label}：2026/03/04`)).toEqual({ headline: 'Commission approves hydrogen scheme', dateline: null, date: '2026-03-04' });
    }
  });

  it('reads a news agency\'s dispatch line, with or without its year and reporter', () => {
    expect(read('新华社北京3月5日电（记者张晓华）中国人民银行5日宣布下调存款准备金率。')).toEqual({ location: '北京', date: null, text: '新华社北京3月5日电（记者张晓华）', rest: '中国人民银行5日宣布下调存款准备金率。' });
    expect(read('新华社北京2025年3月5日电 中国人民银行宣布下调存款准备金率。')).toMatchObject({ location: '北京', date: '2025-03-05', rest: '中国人民银行宣布下调存款准备金率。' });
    expect(read('本報香港3月5日訊（記者 王明）港府今日公布財政預算案。')).toMatchObject({ location: '香港', text: '本報香港3月5日訊（記者 王明）' });
    // A sentence about electricity is no dispatch.
    expect(read('今年3月5日电价上涨百分之三。')).toBeNull();
    // Where it was filed, in brackets, with no date; a news agency alone is no place.
    expect(read('【台北訊】晶宇科技今日發布新一代伺服器。')).toEqual({ location: '台北', date: null, text: '【台北訊】', rest: '晶宇科技今日發布新一代伺服器。' });
    expect(read('（中央社／台北訊）晶宇科技今日發布新一代伺服器。')).toMatchObject({ location: '台北', text: '（中央社／台北訊）' });
    expect(read('【新華社電】晶宇科技今日發布新一代伺服器。')).toBeNull();
    // The day before the mark (Malaysia's papers), a date and a place after a slash, a paper's own report.
    expect(read('（吉隆坡5日讯）金马仑集团今日宣布派发股息。')).toEqual({ location: '吉隆坡', date: null, text: '（吉隆坡5日讯）', rest: '金马仑集团今日宣布派发股息。' });
    expect(read('【2026年3月5日／臺北訊】臺大研究團隊今日發表研究成果。')).toMatchObject({ location: '臺北', date: '2026-03-05', text: '【2026年3月5日／臺北訊】' });
    expect(read('本报讯（通讯员 刘雅婷 记者 孟凡超）3月4日，江南省人民医院完成首例手术。')).toEqual({ location: null, date: null, text: '本报讯（通讯员 刘雅婷 记者 孟凡超）', rest: '3月4日，江南省人民医院完成首例手术。' });
    // A dash or colon after the mark, a comma after the place; an agency's reporter before the place.
    expect(read('新加坡3月5日讯——新加坡数码银行今日推出新服务。')).toMatchObject({ location: '新加坡', text: '新加坡3月5日讯——', rest: '新加坡数码银行今日推出新服务。' });
    expect(read('新加坡，2026年3月5日讯——星汇银行今日推出新服务。')).toMatchObject({ location: '新加坡', date: '2026-03-05', rest: '星汇银行今日推出新服务。' });
    expect(read('北京2026年3月5日电：国家能源局今日发布数据。')).toMatchObject({ location: '北京', date: '2026-03-05', rest: '国家能源局今日发布数据。' });
    expect(read('吉隆坡5日讯——金马仑集团今日宣布派发股息。')).toEqual({ location: '吉隆坡', date: null, text: '吉隆坡5日讯——', rest: '金马仑集团今日宣布派发股息。' });
    expect(read('（中央社記者張書瑋新竹5日電）晶創今日公布營收。')).toEqual({ location: '新竹', date: null, text: '（中央社記者張書瑋新竹5日電）', rest: '晶創今日公布營收。' });
    expect(read('（中央社新竹5日電）晶創今日公布營收。')).toMatchObject({ location: '新竹' });
    expect(read('北京5日是个好日子，天气晴朗。')).toBeNull();
    // An event or an organization is no place.
    expect(read('2026年3月5日新闻发布会——证监会今日举行例行发布会。')).toBeNull();
  });

  it('reads Taiwan\'s official date line with a Republic year and no 民國', () => {
    const r = parseRelease('經濟部新聞稿\n\n經濟部推動中小企業數位轉型\n\n發布日期：114年3月5日\n\n經濟部今日公布補助計畫，每案最高補助新臺幣300萬元。');
    expect({ subheadline: r.subheadline, date: r.date }).toEqual({ subheadline: null, date: '2025-03-05' });
  });

  it('keeps the issuer printed after the place on the dateline\'s line in the dateline, out of the body', () => {
    const r = parseRelease('Government invests in clean water\n\nMarch 4, 2025 – Ottawa, Ontario – Indigenous Services Canada\n\nToday the Minister announced $45 million for water treatment plants.');
    expect(r.dateline).toMatchObject({ location: 'Ottawa, Ontario', date: '2025-03-04', text: 'March 4, 2025 – Ottawa, Ontario – Indigenous Services Canada' });
    expect(r.body).toEqual(['Today the Minister announced $45 million for water treatment plants.']);
    // Words that start the paragraph stay in it.
    expect(read('LONDON – Acme Launches Its New Lab Today.')).toMatchObject({ location: 'LONDON', rest: 'Acme Launches Its New Lab Today.' });
  });

  it('reads the place a Chinese time zone names (香港時間…), and a paper\'s own report in brackets as no place', () => {
    expect(read('香港時間2026年3月18日 — 恒嶺物流控股有限公司今日公布全年業績。')).toEqual({ location: '香港', date: '2026-03-18', text: '香港時間2026年3月18日 —', rest: '恒嶺物流控股有限公司今日公布全年業績。' });
    expect(read('【本報訊】（記者 張三）3月5日，省政府召開會議。')).toMatchObject({ location: null, date: null, text: '【本報訊】' });
  });
});
