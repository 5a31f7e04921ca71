import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTables } from '../locales/index.js';
import { foldForMatching } from '../normalize/fold.js';
import { format } from 'date-fns/format';
import { findDates, isoDate } from './dates.js';

const months = buildTables().months;
const iso = (s: string): (string | null)[] =>
  findDates(foldForMatching(s), months).map((d) => (d.year === null ? `--${d.month}-${d.day}` : isoDate(d.year, d.month, d.day)));

describe('findDates', () => {
  it.each([
    ['（香港，2023 年 10 月 18 日）', '2023-10-18'],
    ['香港2023年10月18日 /美通社/', '2023-10-18'],
    ['二〇二三年十月十八日', '2023-10-18'],
    ['二〇二四年六月五日上午十時', '2024-06-05'],
    ['２０２４年６月５日', '2024-06-05'],
    ['民國112年10月18日', '2023-10-18'],
    ['發布日期：114年3月5日', '2025-03-05'],
    ['HONG KONG, Oct. 18, 2023 /PRNewswire/', '2023-10-18'],
    ['Ends/Thursday, June 29, 2023', '2023-06-29'],
    ['(Hong Kong, 18 October 2023)', '2023-10-18'],
    ['Sept. 5, 2023', '2023-09-05'],
    ['NAIROBI, 16TH MAY, 2025', '2025-05-16'],
    ['MAY 16TH, 2025', '2025-05-16'],
    ['published 2023-10-18', '2023-10-18'],
    ['Strasbourg, le 5 juin 2019', '2019-06-05'],
    ['Berlin, den 12. März 2025', '2025-03-12'],
    ['Madrid, a 12 de marzo de 2025', '2025-03-12'],
    ['發佈日期：2023/10/18', '2023-10-18'],
    ['2023.1.5', '2023-01-05'],
    ['Date: 18/10/2023', '2023-10-18'],
    ['Date: 10/18/2023', '2023-10-18'],
    ['Date: 03/03/2021', '2021-03-03'],
    ['發布日期：113-09-27', '2024-09-27'],
    ['發言日期：113/10/29', '2024-10-29'],
    ['NEWS RELEASE 5-MAR-2024', '2024-03-05'],
    ['05-Mar-2024', '2024-03-05'],
  ])('%s → %s', (text, want) => {
    expect(iso(text)).toEqual([want]);
  });

  it('reads no Republic year from a version number, a phone number or a four-digit year\'s last digits', () => {
    expect(iso('version 113.09.27')).toEqual([]);
    expect(iso('Tel: 138-1234-5678')).toEqual([]);
    expect(iso('2024-09-27')).toEqual(['2024-09-27']);
  });

  it('reports a date printed without its year as such', () => {
    expect(iso('HONG KONG, June 5 (Reuters)')).toEqual(['--6-5']);
    expect(iso('今日（六月三十日）')).toEqual(['--6-30']);
  });

  it('does not guess between day and month when both could be the month', () => {
    expect(iso('Date: 03/04/2021')).toEqual([]);
  });

  it('finds no date in impossible or unrelated numbers', () => {
    expect(iso('31/02/2023')).toEqual([]);
    // The German and Spanish forms are read only with their year.
    expect(iso('See point 12. March sales rose.')).toEqual([]);
    expect(iso('v2023.10.18, 192.168.1.1, 1.2.2023')).toEqual([]);
    expect(iso('2023/10-18')).toEqual([]);
    expect(iso('February 30, 2023')).toEqual([]);
    expect(iso('2023年13月1日')).toEqual([]);
    expect(iso('revenue of $61.4 million, up 37% in May')).toEqual([]);
    expect(iso('13,000 名研究人才')).toEqual([]);
  });
});

describe('isoDate', () => {
  it('writes a date as date-fns formats it, overflowing days and months and two-digit years included', () => {
    const byDateFns = (y: number, m: number, d: number): string => format(new Date(y, m - 1, d), 'yyyy-MM-dd');
    fc.assert(fc.property(fc.integer({ min: 0, max: 10050 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 33 }), (y, m, d) => {
      expect(isoDate(y, m, d)).toBe(byDateFns(y, m, d));
    }), { numRuns: 5000, seed: 5 });
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2023, 2, 29)).toBe('2023-03-01');
    expect(isoDate(999, 12, 31)).toBe(byDateFns(999, 12, 31));
  });
});
