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
    ['LONDON, Thursday, June 30, 2023 – Acme today', 'LONDON', '2023-06-30', 'LONDON, Thursday, June 30, 2023 –'],
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

  it('keeps the issuer printed after the place on the dateline\'s line in the dateline, out of the body', () => {
    const r = parseRelease('Government invests in clean water\n\nMarch 4, 2025 – Ottawa, Ontario – Indigenous Services Canada\n\nToday the Minister announced $45 million for water treatment plants.');
    expect(r.dateline).toMatchObject({ location: 'Ottawa, Ontario', date: '2025-03-04', text: 'March 4, 2025 – Ottawa, Ontario – Indigenous Services Canada' });
    expect(r.body).toEqual(['Today the Minister announced $45 million for water treatment plants.']);
    // Words that start the paragraph stay in it.
    expect(read('LONDON – Acme Launches Its New Lab Today.')).toMatchObject({ location: 'LONDON', rest: 'Acme Launches Its New Lab Today.' });
  });
});
