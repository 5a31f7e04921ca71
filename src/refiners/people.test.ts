import { describe, expect, it } from 'vitest';
import { parseRelease } from '../index.js';

const people = (text: string) => parseRelease(text).people.map(({ span: _s, ...p }) => p);

describe('people', () => {
  it('lists everyone named with a title once, across Chinese scripts, with caption positions', () => {
    const r = parseRelease(
      '香港科技園公司與阿斯利康合作\n\n（香港，2023 年 4 月 4 日）— 備忘錄由阿斯利康香港及澳門總經理吴珊女士及香港科技園公司行政總裁黃克強先生簽署。\n\n' +
        '香港科技园公司行政总裁黄克强先生表示：「我们很荣幸能与阿斯利康合作，推动香港生物科技发展。」\n\n' +
        '圖一：香港科技園公司行政總裁黃克強先生（左前排）、阿斯利康香港及澳門總經理吴珊女士（右前排）共同簽署合作備忘錄。\n\n關於阿斯利康\n阿斯利康是一家全球製藥企業。',
    );
    expect(r.people.map(({ span: _s, ...p }) => p)).toEqual([
      { name: '吴珊', honorific: '女士', title: '香港及澳門總經理', organization: '阿斯利康', positions: [{ caption: 0, position: '右前排' }] },
      { name: '黃克強', honorific: '先生', title: '行政總裁', organization: '香港科技園公司', positions: [{ caption: 0, position: '左前排' }] },
    ]);
    expect(r.text.slice(r.people[1]!.span[0], r.people[1]!.span[1])).toContain('黃克強');
  });

  it('gives a caption\'s position to a person named before with a title and no honorific (林建華（左）)', () => {
    const r = people('貿發局展覽閉幕\n\n（香港，2026年3月5日）貿發局主席林建華今日宣布展覽圓滿結束。貿發局總裁陳美玲亦有出席。\n\n圖一：林建華（左）與陳美玲（右）主持閉幕禮。');
    expect(r.map((p) => [p.name, p.positions])).toEqual([['林建華', [{ caption: 0, position: '左' }]], ['陳美玲', [{ caption: 0, position: '右' }]]]);
  });

  it('takes no one from a profession after a word that follows names (每周为工程师节省…)', () => {
    expect(people('腾达发布新工具\n\n深圳，2026年3月5日——腾达今日发布新工具。该工具每周为工程师节省约6小时，每月为律师节省约10小时。')).toEqual([]);
  });

  it('starts a listed guest\'s organization after the words that open the list and after the guest before', () => {
    expect(people('論壇開幕\n\n出席開幕式的嘉賓還包括澳門電子商務促進會會長吳家樂、澳門葡語國家商會聯合會副會長黃美玲，以及多個商會的代表。')).toEqual([
      { name: '吳家樂', honorific: null, title: '會長', organization: '澳門電子商務促進會', positions: [] },
      { name: '黃美玲', honorific: null, title: '副會長', organization: '澳門葡語國家商會聯合會', positions: [] },
    ]);
    // Roles listed with 、 before one name stay that person's title.
    expect(people('研究成果\n\n研究團隊負責人、生物醫學學院副教授陳大文表示，團隊會繼續研究。').map((p) => p.title)).toEqual(['研究團隊負責人、生物醫學學院副教授']);
  });

  it('splits English titles and organizations, "of" inside a title kept', () => {
    expect(people('Acme Opens Lab\n\nThe lab was opened by Gracie Ng, Chief of Staff of HKSTP, and Professor Max Shen, Vice-President and Pro-Vice-Chancellor (Research) of the University of Hong Kong, on Monday.')).toEqual([
      { name: 'Gracie Ng', honorific: null, title: 'Chief of Staff', organization: 'HKSTP', positions: [] },
      { name: 'Max Shen', honorific: 'Professor', title: 'Vice-President and Pro-Vice-Chancellor (Research)', organization: 'the University of Hong Kong', positions: [] },
    ]);
  });
});
