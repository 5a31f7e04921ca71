import { describe, expect, it } from 'vitest';
import { type PressRelease, parseRelease } from '../../index.js';
import { phonesIn } from './lines.js';
import { phoneParser, releaseRegions } from './numbers.js';
import { buildTables } from '../../locales/index.js';

const release = (block: string) =>
  parseRelease(`Acme Opens New Lab\n\nHONG KONG, Oct. 18, 2023 /PRNewswire/ -- Acme opened a lab today.\n\n${block}`);
const contacts = (block: string) =>
  release(block).contacts.map(({ organization, name, phones, emails }) => ({ organization, name, phones, emails }));

describe('phonesIn', () => {
  it('splits several numbers on one line', () => {
    expect(phonesIn('+852 2837 4718/ 6010 9246')).toEqual(['+852 2837 4718', '6010 9246']);
    expect(phonesIn('+852 3756 8623／6986 5822')).toEqual(['+852 3756 8623', '6986 5822']);
    expect(phonesIn(' (852)2584 4554')).toEqual(['(852)2584 4554']);
    expect(phonesIn('02-2712-3456 分機 123')).toEqual(['02-2712-3456 分機 123']);
    expect(phonesIn('(+32 2 29 56298)')).toEqual(['+32 2 29 56298']);
    expect(phonesIn('+86 21 5383 1200；+86 186 2101 7788')).toEqual(['+86 21 5383 1200', '+86 186 2101 7788']);
    expect(phonesIn('2183 2345，9123 4567')).toEqual(['2183 2345', '9123 4567']);
  });

  it('keeps an extension whole, however long and however marked', () => {
    expect(phonesIn('+886-3-5636688 分機 7125566')).toEqual(['+886-3-5636688 分機 7125566']);
    expect(phonesIn('02-2712-3456 分機：1234')).toEqual(['02-2712-3456 分機：1234']);
    expect(phonesIn('+886-3-5636688 #7125566')).toEqual(['+886-3-5636688 #7125566']);
    expect(phonesIn('+1 614 555 0100 ext. 1234567')).toEqual(['+1 614 555 0100 ext. 1234567']);
    expect(release('新聞聯絡人：\n林雅婷\n電話：+886-2-2712-3456 分機：1234').contacts[0]?.numbers[0]?.e164).toBe('+886227123456');
    // After a comma, marked in English or in Canadian French; a comma before another number still separates.
    expect(phonesIn('613-555-0142, ext. 2218')).toEqual(['613-555-0142, ext. 2218']);
    expect(phonesIn('613-555-0142, poste 2218')).toEqual(['613-555-0142, poste 2218']);
    expect(phonesIn('613-555-0142, 613-555-0199')).toEqual(['613-555-0142', '613-555-0199']);
  });

  it('reads a role alone on its line ("Media (U.S.)") as the role of the contacts under it, and after a name as the person\'s', () => {
    const r = release('Contacts\n\nMedia (Ireland/EMEA)\nAoife Brennan\n+353 1 555 0274\naoife.brennan@acme.example.com\n\nMedia (U.S.)\nTomás Ruiz\n+1 512-555-0166\ntomas.ruiz@acme.example.com');
    expect(r.contacts.map(({ organization, name, role }) => ({ organization, name, role }))).toEqual([
      { organization: null, name: 'Aoife Brennan', role: 'Media (Ireland/EMEA)' },
      { organization: null, name: 'Tomás Ruiz', role: 'Media (U.S.)' },
    ]);
    // A world region or a place alone on its line over a contact is a sub-heading too, not a person.
    const regional = release('For media enquiries, please contact:\n\nAsia Pacific\nMichelle Yeo, Director of Communications, Acme Hotels\nT: +65 6812 4470 | E: michelle.yeo@acme.example.com\n\nSingapore\nMariyam Nashwa, Communications Manager, Acme Singapore\nT: +65 6664 2210 | E: nashwa.m@acme.example.com');
    expect(regional.contacts.map(({ name, role }) => ({ name, role }))).toEqual([
      { name: 'Michelle Yeo', role: 'Asia Pacific' },
      { name: 'Mariyam Nashwa', role: 'Singapore' },
    ]);
    // Under a name or an organization, before the numbers, a place is the address's last line, no second contact.
    for (const place of ['Hong Kong', 'Kowloon, Hong Kong', 'Hong Kong SAR', 'New York, NY 10001']) {
      expect(contacts(`Media contact:\nMary Chan\nAcme Robotics Ltd\n${place}\nTel: +852 2345 6789\nEmail: mary.chan@acme.example.com`)).toEqual([
        { organization: 'Acme Robotics Ltd', name: 'Mary Chan', phones: ['+852 2345 6789'], emails: ['mary.chan@acme.example.com'] },
      ]);
    }
    expect(contacts('Media contact:\nAcme Robotics Ltd\nHong Kong\nMary Chan\nTel: +852 2345 6789').map((c) => [c.organization, c.name])).toEqual([
      ['Acme Robotics Ltd', 'Mary Chan'],
    ]);
    // After the name, on its line, the role opens no new contact: the numbers under it are still the person's.
    expect(contacts('Contacts\n\nAlyssa Moreau, Investor Relations\nToll free: 1-888-555-0135\nir@acme.example.com').map((c) => [c.name, c.phones])).toEqual([
      ['Alyssa Moreau', ['1-888-555-0135']],
    ]);
  });

  it('reads a bilingual release\'s contact printed again under its other language\'s heading as one contact', () => {
    const r = release('Media contact:\nGeneviève Tremblay\nCommunications Advisor, City of Lanark Rapids\n613-555-0142, ext. 2218\nmedia@lanarkrapids.example.ca\n\nRelations avec les médias :\nGeneviève Tremblay\n613-555-0142, poste 2218\nmedia@lanarkrapids.example.ca');
    expect(r.contacts.map(({ name, phones, emails }) => ({ name, phones, emails }))).toEqual([
      { name: 'Geneviève Tremblay', phones: ['613-555-0142, ext. 2218'], emails: ['media@lanarkrapids.example.ca'] },
    ]);
    expect(r.contacts[0]!.numbers[0]!.e164).toBe('+16135550142');
    // Another extension at the same number is another contact's line.
    expect(release('Media contact:\nJane Doe\n613-555-0142, ext. 2218\njane@acme.example.com\n\nInvestor contact:\nJane Doe\n613-555-0142, ext. 2219\njane@acme.example.com').contacts).toHaveLength(2);
    // Signed again under an e-mail, with a number in common and an office line added: one contact, with both.
    const signed = release('Media contact: Isla Murdoch, 07700 900462, isla@wildcat.example.org\n\n--\nIsla Murdoch | Communications Officer\nWildcat Recovery Ltd\nTel: 01479 555 210 | Mob: 07700 900462');
    expect(signed.contacts.map(({ name, phones, emails }) => ({ name, phones, emails }))).toEqual([
      { name: 'Isla Murdoch', phones: ['07700 900462', '01479 555 210'], emails: ['isla@wildcat.example.org'] },
    ]);
  });

  it('reads an organization printed under a name as the organization when the address under it is the person\'s', () => {
    expect(contacts('Media Contact:\nEllery Nakamura\nPinehurst Strategies\n(212) 555-0174\nenakamura@pinehurst.example.com')).toEqual([
      { organization: 'Pinehurst Strategies', name: 'Ellery Nakamura', phones: ['(212) 555-0174'], emails: ['enakamura@pinehurst.example.com'] },
    ]);
    // Two people, the address the second's: two contacts.
    expect(contacts('Media Contacts:\nEllery Nakamura\nJonah Whitcombe\n(212) 555-0174\njwhitcombe@pinehurst.example.com').map((c) => c.name)).toEqual(['Ellery Nakamura', 'Jonah Whitcombe']);
  });

  it('takes no short numbers for phones', () => {
    expect(phonesIn('Room 1203, 12/F')).toEqual([]);
    expect(phonesIn('2020-10')).toEqual([]);
  });
});

describe('contacts', () => {
  it('reads a department column as the organization\'s, and takes a footer\'s row of links (Contact Us | Privacy Policy | …) for no contact', () => {
    expect(contacts('媒体联系：\n姓名\t部门\t电话\t邮箱\n韩雪\t品牌宣传部\t0755-8836 2210\thanxue@nanyue.example.cn')).toEqual([
      { organization: '品牌宣传部', name: '韩雪', phones: ['0755-8836 2210'], emails: ['hanxue@nanyue.example.cn'] },
    ]);
    expect(contacts('Photo captions: Photo 1 shows the new lab.\n\nContact Us | Privacy Policy | Disclaimer | Responsible Gambling Policy | Sitemap\nCopyright © 2025 Acme. All rights reserved.')).toEqual([]);
  });

  it('takes a release number under the label ("No. 2025-0617") for no contact\'s phone', () => {
    const r = parseRelease('BUREAU OF CUSTOMS\nPort of Batangas\n\nPRESS RELEASE\nNo. 2025-0617\nJune 17, 2025\n\nBOC-Batangas seizes misdeclared cigarettes\n\nBATANGAS CITY — The Bureau of Customs intercepted three containers today.');
    expect([r.contacts, r.headline, r.date]).toEqual([[], 'BOC-Batangas seizes misdeclared cigarettes', '2025-06-17']);
  });

  it('reads each row of a contact table under its header in a release whose paragraphs are wrapped', () => {
    const para = 'Acme launched a multi-currency account today for customers who hold money in more than\none currency and want to move it at any hour of the day, from any of its branches or apps.';
    const r = parseRelease(`Acme Launches Account\n\nHONG KONG, 3 March 2026 – ${para}\n\n${para}\n\n${para}\n\nMedia enquiries to:\n\nName                   Title                                   Telephone        Email\nRebecca Tse            Senior Manager, Media Relations         +852 2555 4182   rebecca.tse@harbourcrest.example.com.hk\nJonathan Wu Ka-lok     Manager, Corporate Communications       +852 2555 4367   jonathan.ka.lok.wu@harbourcrest.example.com.hk\n`);
    expect(r.contacts.map((c) => [c.name, c.title, c.phones, c.emails])).toEqual([
      ['Rebecca Tse', 'Senior Manager, Media Relations', ['+852 2555 4182'], ['rebecca.tse@harbourcrest.example.com.hk']],
      ['Jonathan Wu Ka-lok', 'Manager, Corporate Communications', ['+852 2555 4367'], ['jonathan.ka.lok.wu@harbourcrest.example.com.hk']],
    ]);
  });

  it('reads where a contact sits before a colon ("Geneva: Mathilde Keller, …") as no part of them, and an organization there as theirs', () => {
    expect(contacts('For more information, please contact:\n\nGeneva: Mathilde Keller, Media Relations Manager, Clearwater Relief\n+41 22 555 01 37 | mkeller@clearwater.example.org\n\nNairobi: Brian Kiprop, Regional Communications Officer\n+254 20 555 0188 | bkiprop@clearwater.example.org')).toEqual([
      { organization: 'Clearwater Relief', name: 'Mathilde Keller', phones: ['+41 22 555 01 37'], emails: ['mkeller@clearwater.example.org'] },
      { organization: 'Clearwater Relief', name: 'Brian Kiprop', phones: ['+254 20 555 0188'], emails: ['bkiprop@clearwater.example.org'] },
    ]);
    expect(contacts('Media contact:\nHarbour Energy Ltd: Jane Doe, +852 2345 6789, jane@harbour.example.com')).toEqual([
      { organization: 'Harbour Energy Ltd', name: 'Jane Doe', phones: ['+852 2345 6789'], emails: ['jane@harbour.example.com'] },
    ]);
  });

  it('reads a note in brackets after a number ("(24 hours)") and who issued the release ("Issued by:") as no part of the contact', () => {
    expect(contacts('Issued by: Northvale Constabulary Press Office\nTel: 01632 960 418 (24 hours)\nEmail: press@northvale.example.org')).toEqual([
      { organization: 'Northvale Constabulary Press Office', name: null, phones: ['01632 960 418'], emails: ['press@northvale.example.org'] },
    ]);
    expect(contacts('Media contact:\nJane Doe 01632 960 418 (24 hours) jane@acme.example.com')).toEqual([
      { organization: null, name: 'Jane Doe', phones: ['01632 960 418'], emails: ['jane@acme.example.com'] },
    ]);
  });

  it('reads "Media queries:" as a contact heading, with the details on its line', () => {
    expect(contacts('Media queries: Press Office, Department of Island Affairs, tel. 01 555 0142, email press@islands.example.org')).toEqual([
      { organization: 'Press Office, Department of Island Affairs', name: null, phones: ['01 555 0142'], emails: ['press@islands.example.org'] },
    ]);
  });

  it('keeps the honorific printed with a name apart from it, as a speaker\'s is', () => {
    const people = (block: string) => release(block).contacts.map(({ name, honorific }) => [name, honorific]);
    expect(people('Media enquiries:\nMs. Cherry Wong\nTel: (852) 5550 1187\n\nDr Aubrey Moore\nTel: (852) 5550 1192\n\nJane Doe\nTel: (852) 5550 1193')).toEqual([
      ['Cherry Wong', 'Ms.'], ['Aubrey Moore', 'Dr'], ['Jane Doe', null],
    ]);
    expect(people('傳媒查詢：\n晴天社會服務協會\n黃德倫先生\n電話：2345 6701\n\n李小姐\n電話：2345 6702')).toEqual([['黃德倫', '先生'], ['李', '小姐']]);
  });

  it('reads a title line under a name as theirs though a surname starts a word in it (投資者關係經理), and 如有询问，请联系： as a heading', () => {
    expect(release('傳媒查詢：\n瀚峰國際控股有限公司\n李穎欣小姐\n投資者關係經理\n電話：(852) 3618 2200').contacts.map((c) => [c.organization, c.name, c.title])).toEqual([
      ['瀚峰國際控股有限公司', '李穎欣', '投資者關係經理'],
    ]);
    expect(contacts('媒体询问\n\n如有询问，请联系：\n\n陈佩玲小姐\n电话：6123 4587')).toEqual([{ organization: null, name: '陈佩玲', phones: ['6123 4587'], emails: [] }]);
  });

  it('takes a page\'s tags under the last contact, and a footer\'s links under "Contact …", for no contacts', () => {
    expect(contacts('Press contact: press@ferncastle.example.com\n\nStartups\nFintech\nAgriculture\nSeed Funding')).toEqual([
      { organization: null, name: null, phones: [], emails: ['press@ferncastle.example.com'] },
    ]);
    expect(contacts('Contact USESA\nHotlines\nFOIA Requests\nFrequent Questions')).toEqual([]);
    // One name alone under its heading is a contact printed without details.
    expect(contacts('Media contact:\nJane Doe').map((c) => c.name)).toEqual(['Jane Doe']);
  });

  it('reads contacts printed side by side column by column, and a section heading after them as no contact', () => {
    const gap = ' '.repeat(12);
    expect(contacts(`For further information, please contact:\n\nFiona Lee${gap}Harrison Lowe\nKarrawong Minerals Limited${gap}Ridgeline Communications\n+61 8 6555 0143${gap}+61 412 555 908\ninfo@karrawong.example.com${gap}harrison@ridgeline.example.com\n\nCompetent Person Statement\n\n${'The information in this announcement that relates to Exploration Results is based on information compiled by a Competent Person. '.repeat(3)}`)).toEqual([
      { organization: 'Karrawong Minerals Limited', name: 'Fiona Lee', phones: ['+61 8 6555 0143'], emails: ['info@karrawong.example.com'] },
      { organization: 'Ridgeline Communications', name: 'Harrison Lowe', phones: ['+61 412 555 908'], emails: ['harrison@ridgeline.example.com'] },
    ]);
    expect(contacts(`傳媒查詢：\n瑞豐銀行企業傳訊部\n譚嘉欣${gap}羅志偉\n電話：(852) 3608 2211${gap}電話：(852) 3608 2245\n電郵：tracy@suifung.example.com${gap}電郵：alan@suifung.example.com`)).toEqual([
      { organization: '瑞豐銀行企業傳訊部', name: '譚嘉欣', phones: ['(852) 3608 2211'], emails: ['tracy@suifung.example.com'] },
      { organization: '瑞豐銀行企業傳訊部', name: '羅志偉', phones: ['(852) 3608 2245'], emails: ['alan@suifung.example.com'] },
    ]);
    // The addresses' row with one space where the second column starts: cut where the rows above it are.
    const col = (a: string, b: string) => a.padEnd(45) + b;
    expect(contacts(`For queries, please contact:\nKestrel Trust Management Pte. Ltd.\n\n${col('Ms Tan Wei Ling', 'Mr Darren Oei')}\n${col('Tel: +65 6713 2298', 'Tel: +65 6713 2251')}\nEmail: weiling.tan@kestrel-lt.example.com.sg Email: darren.oei@kestrel-lt.example.com.sg`).map((c) => [c.name, c.phones, c.emails])).toEqual([
      ['Tan Wei Ling', ['+65 6713 2298'], ['weiling.tan@kestrel-lt.example.com.sg']],
      ['Darren Oei', ['+65 6713 2251'], ['darren.oei@kestrel-lt.example.com.sg']],
    ]);
  });

  it('reads 媒体询问 as a heading, a name with its English form in brackets, 電子信箱, and the organization over two people', () => {
    expect(contacts('媒体询问：\n新加坡人力部\n李慧敏（Lee Hui Min）\n电话：+65 6438 5122\n电邮：lee@mom.example.sg\n\n郑志强（Teng Chee Keong）\n电话：+65 6438 5127\n電子信箱：teng@mom.example.sg')).toEqual([
      { organization: '新加坡人力部', name: '李慧敏（Lee Hui Min）', phones: ['+65 6438 5122'], emails: ['lee@mom.example.sg'] },
      { organization: '新加坡人力部', name: '郑志强（Teng Chee Keong）', phones: ['+65 6438 5127'], emails: ['teng@mom.example.sg'] },
    ]);
  });

  it('reads a heading over each column ("Investor Contact        Media Contact", with colons or not) as each column\'s role', () => {
    const gap = ' '.repeat(30);
    for (const colon of ['', ':']) {
      const r = release(`Investor Contact${colon}${gap}Media Contact${colon}\nSarah Lindgren${gap}Owen Pritchard\nAurelis Biosciences${gap}Halcyon Health Communications\n+1 617-555-0131${gap}+1 212-555-0175\nir@aurelis.example.com${gap}opritchard@halcyon.example.com`);
      expect(r.contacts.map((c) => [c.role, c.organization, c.name, c.phones])).toEqual([
        ['Investor', 'Aurelis Biosciences', 'Sarah Lindgren', ['+1 617-555-0131']],
        ['Media', 'Halcyon Health Communications', 'Owen Pritchard', ['+1 212-555-0175']],
      ]);
    }
  });

  it('reads columns whose cells start at the same places, though a row mixes a name and a number, and a last line under the first column', () => {
    const pad = (a: string, b = '') => (b ? a.padEnd(41) + b : a);
    const r = release(['For further information, please contact:', '', pad('Investors', 'Media'), pad('Fiona Delaney', 'Tom Hargreaves'), pad('Managing Director and CEO', 'Westbrook Communications'),
      pad('Kestrel Ridge Minerals Limited', '+61 412 555 019'), pad('+61 8 6555 0100', 'tom@westbrookcomms.com.au'), 'investors@kestrelridge.com.au'].join('\n'));
    expect(r.contacts.map((c) => [c.role, c.organization, c.name, c.phones, c.emails])).toEqual([
      ['Investors', 'Kestrel Ridge Minerals Limited', 'Fiona Delaney', ['+61 8 6555 0100'], ['investors@kestrelridge.com.au']],
      ['Media', 'Westbrook Communications', 'Tom Hargreaves', ['+61 412 555 019'], ['tom@westbrookcomms.com.au']],
    ]);
    // A row per contact has a number in every row: read as printed, each row its contact.
    const rows = release(['Media contacts:', pad('Jane Roe', '+852 2837 4718'), pad('John Doe', '+852 2837 4719'), pad('Mary Poe', '+852 2837 4720')].join('\n'));
    expect(rows.contacts.map((c) => [c.name, c.phones])).toEqual([['Jane Roe', ['+852 2837 4718']], ['John Doe', ['+852 2837 4719']], ['Mary Poe', ['+852 2837 4720']]]);
  });

  it('reads no contact in a page\'s footer under "Related news", nor in a wire page\'s furniture after the contacts', () => {
    const footer = release('Media enquiries\nRebecca Hollis, Senior Press Officer\nTel: 01632 960 418\n\nRelated news\n\nNorthmoor awarded £4m to study upland flood risk\n2 May 2024\n\nUniversity of Northmoor\nNorthmoor Road\nBradleigh\n+44 (0)1632 960 000');
    expect(footer.contacts.map((c) => [c.name, c.phones])).toEqual([['Rebecca Hollis', ['01632 960 418']]]);
    const wire = release('Contacts\n\nMei Lin Ong\nVeritas Speech Labs\nmei.ong@veritasspeech.ai\n\nRelease Summary\nLumora launches Halo Buds Pro, wireless earbuds with offline translation.\n\nRelease Versions\nEnglish\n\nSocial Media Profiles\nLumora on Instagram');
    expect(wire.contacts.map((c) => c.name)).toEqual(['Mei Lin Ong']);
  });

  it('reads a contact line with its labelled numbers over a note, and ends the contacts at an e-mail\'s closing', () => {
    const gap = ' '.repeat(6);
    const note = release(`传媒查询：\n博思财经公关顾问有限公司\n陈凯琳${gap}电话：+852 2864 4812${gap}电邮：kathy.chan@boscomm.com.hk\n\n本新闻稿备有英文、繁体中文及简体中文版本。如各版本内容有任何歧异，概以英文版本为准。`);
    expect(note.contacts.map((c) => [c.organization, c.name, c.phones])).toEqual([['博思财经公关顾问有限公司', '陈凯琳', ['+852 2864 4812']]]);
    const mail = release('傳媒查詢：\n周凱琳（傳訊主任）\n電話：2345 6789\n\n謝謝！\n\n香港晴天長者服務協會\n傳訊及籌募部 謹啟');
    expect(mail.contacts.map((c) => c.name)).toEqual(['周凱琳']);
  });

  it('reads a sentence\'s "Title at Organization" after the name as the title and the organization', () => {
    const r = release('For more information please contact Jess Harland, Head of Communications at Harbourside Rovers FC, on 0117 496 0321 or email media@harbourrovers.example.co.uk.');
    expect(r.contacts.map((c) => [c.name, c.title, c.organization, c.phones])).toEqual([['Jess Harland', 'Head of Communications', 'Harbourside Rovers FC', ['0117 496 0321']]]);
  });

  it('reads "For accreditation please contact:" as a contact heading', () => {
    expect(contacts('For accreditation please contact:\nHarriet Vossberg\nPR Manager, Meridian Events Ltd\nT: +44 20 7946 0832\nE: press@meridian.example.co.uk')).toEqual([
      { organization: 'Meridian Events Ltd', name: 'Harriet Vossberg', phones: ['+44 20 7946 0832'], emails: ['press@meridian.example.co.uk'] },
    ]);
  });

  it('ends a contact section at an author\'s note under it: a name over sentences with no number or address', () => {
    expect(contacts('For press inquiries, contact press@tessellate.example.com.\n\nNadia Ferrante-Obi\n\nNadia leads product at Tessellate. Before joining, she ran the search infrastructure team at a large online marketplace.')).toEqual([
      { organization: null, name: null, phones: [], emails: ['press@tessellate.example.com'] },
    ]);
  });

  it('reads a name and a title set apart by a bar (唐可欣 | 品牌公关总监), not as a site\'s links', () => {
    expect(contacts('媒体联系：\n唐可欣 | 品牌公关总监\n手机：138 0571 2345\n邮箱：pr@starbalance.example.com')).toEqual([
      { organization: null, name: '唐可欣', phones: ['138 0571 2345'], emails: ['pr@starbalance.example.com'] },
    ]);
  });

  it('reads a row per contact, and labels in a column of their own, as printed', () => {
    const gap = ' '.repeat(6);
    expect(contacts(`Media contacts:\nJane Roe${gap}+852 2837 4718${gap}jane@acme.example.com\nJohn Doe${gap}+852 2837 4719${gap}john@acme.example.com`)).toEqual([
      { organization: null, name: 'Jane Roe', phones: ['+852 2837 4718'], emails: ['jane@acme.example.com'] },
      { organization: null, name: 'John Doe', phones: ['+852 2837 4719'], emails: ['john@acme.example.com'] },
    ]);
    expect(contacts(`Media contact:\nJane Roe\nTel:${gap}+852 2837 4718\nEmail:${gap}jane@acme.example.com`)).toEqual([
      { organization: null, name: 'Jane Roe', phones: ['+852 2837 4718'], emails: ['jane@acme.example.com'] },
    ]);
  });

  it('reads organization, name, phones and e-mails per person (Chinese layout)', () => {
    expect(contacts('传媒查询，请联络：\n香港科技园公司\n林月晶\n电话： +852 2629 6769\n电邮：terry.lam@hkstp.org\n\n爱德曼国际公关公司\n徐畅\n电话：+852 2837 4718/ 6010 9246\n电邮：Chase.Xu@edelman.com/\nEdelmanhkstppr@edelman.com')).toEqual([
      { organization: '香港科技园公司', name: '林月晶', phones: ['+852 2629 6769'], emails: ['terry.lam@hkstp.org'] },
      { organization: '爱德曼国际公关公司', name: '徐畅', phones: ['+852 2837 4718', '6010 9246'], emails: ['Chase.Xu@edelman.com', 'Edelmanhkstppr@edelman.com'] },
    ]);
  });

  it('reads the part after a named contact\'s title, on its line, as the organization', () => {
    const [c, ...more] = release('Media contact:\nLaura Whitfield\nDirector of Communications, Prairie Valley Water Utility\n(217) 555-0142').contacts;
    expect(more).toEqual([]);
    expect(c).toMatchObject({ name: 'Laura Whitfield', title: 'Director of Communications', organization: 'Prairie Valley Water Utility', phones: ['(217) 555-0142'] });
  });

  it('reads contacts printed above the headline, with the name lines over their details', () => {
    const r = parseRelease('MEDIA CONTACTS:\nJane Doe\nAcme Corp\n(555) 123-4567\n\nJohn Roe, Beta Inc.\n(555) 765-4321\njohn@beta.com\n\nAcme and Beta Open a Lab\n\nSPRINGFIELD – March 3, 2021 – Acme and Beta opened a lab today.');
    expect(r.headline).toBe('Acme and Beta Open a Lab');
    expect(r.contacts.map(({ organization, name, phones, emails }) => ({ organization, name, phones, emails }))).toEqual([
      { organization: 'Acme Corp', name: 'Jane Doe', phones: ['(555) 123-4567'], emails: [] },
      { organization: 'Beta Inc.', name: 'John Roe', phones: ['(555) 765-4321'], emails: ['john@beta.com'] },
    ]);
  });

  it('reads a name followed by a comma and labelled details on one line', () => {
    expect(contacts('傳媒聯絡：陳大文，電話：2629 6789，電郵：daman@example.hk')).toEqual([
      { organization: null, name: '陳大文', phones: ['2629 6789'], emails: ['daman@example.hk'] },
    ]);
  });

  it('reads the words either side of an address as separate parts', () => {
    const [c] = release('Media contact:\nJane Doe jane.doe@acme.com Senior Manager, Corporate Communications\nTel: +852 2345 6789').contacts;
    expect(c).toMatchObject({ name: 'Jane Doe', emails: ['jane.doe@acme.com'], title: 'Senior Manager, Corporate Communications' });
  });

  it('splits labels that PDF text runs together', () => {
    expect(contacts('For media enquiries, please contact:\nHarbourline Alliance\nWinnie ChauTel: (852)3106 2281Email: winnie.chau@hama.org.hk')).toEqual([
      { organization: 'Harbourline Alliance', name: 'Winnie Chau', phones: ['(852)3106 2281'], emails: ['winnie.chau@hama.org.hk'] },
    ]);
  });

  it('skips a list of link annotations without breaking the block', () => {
    const got = contacts('傳媒查詢：\n博訊公關顧問\n李小姐\n電話 ：9811 3380\n電郵：w.lee@prppl.com\nhttp://www.hkstp.org/\nmailto:w.lee@prppl.com\n香港科技園公司\n張麗蘭\n電話：2629 6891');
    expect(got).toEqual([
      { organization: '博訊公關顧問', name: '李', phones: ['9811 3380'], emails: ['w.lee@prppl.com'] },
      { organization: '香港科技園公司', name: '張麗蘭', phones: ['2629 6891'], emails: [] },
    ]);
  });

  it('does not read a sentence that mentions "more information" as a contact heading', () => {
    expect(contacts('For more information, visit www.acme.com.')).toEqual([]);
  });

  it('leaves fax numbers out of phones', () => {
    expect(contacts('Media contact:\nJane Doe\nTel: +1 212 555 0100\nFax: +1 212 555 0199')[0]!.phones).toEqual(['+1 212 555 0100']);
  });
});

describe('numbers', () => {
  it('are normalized to E.164 in the release\'s region, fax numbers marked', () => {
    const [a, b] = release('Media enquiries:\nAcme\nJane Doe\nTel: +852 2837 4718/ 6010 9246\nFax: 2629 0000\n\nBeta PR\nJohn Roe\nTel: (852)3106 2281\nEmail: john@beta.example.com').contacts;
    expect(a!.numbers).toEqual([
      { text: '+852 2837 4718', e164: '+85228374718', kind: 'phone' },
      { text: '6010 9246', e164: '+85260109246', kind: 'phone' },
      { text: '2629 0000', e164: '+85226290000', kind: 'fax' },
    ]);
    expect(a!.phones).toEqual(['+852 2837 4718', '6010 9246']);
    expect(b!.numbers).toEqual([{ text: '(852)3106 2281', e164: '+85231062281', kind: 'phone' }]);
  });

  it('read a Chinese release\'s local numbers where they are valid (an extension stays in the text)', () => {
    const r = parseRelease('晶鋒能源發表新一代儲能貨櫃\n\n【2024年5月20日，台北訊】晶鋒能源今日發表新一代儲能貨櫃。\n\n媒體聯絡人：\n晶鋒能源科技股份有限公司\n張雅婷\n電話：02-2712-3456 分機 123\n手機：0912-345-678');
    expect(r.contacts[0]!.numbers.map((n) => [n.text, n.e164])).toEqual([
      ['02-2712-3456 分機 123', '+886227123456'],
      ['0912-345-678', '+886912345678'],
    ]);
  });

  it('take a region from the place\'s whole words: Indianapolis names no India, 中國香港 names Hong Kong', () => {
    const regions = (place: string, language: string) => releaseRegions([], place, [], buildTables(), language, phoneParser());
    expect(regions('indianapolis, ind.', 'en')).toEqual(['US', 'GB']);
    expect(regions('brussels', 'en')).toEqual(['BE', 'US', 'GB']);
    expect(regions('中国香港', 'zh-Hant')[0]).toBe('HK');
    // A bracketed country code names its region; a North American area code in the same brackets does not.
    expect(releaseRegions(['(852) 2584 4554'], null, [], buildTables(), 'en', phoneParser())[0]).toBe('HK');
    expect(releaseRegions(['(646) 555-0177'], null, [], buildTables(), 'en', phoneParser())[0]).not.toBe('NZ');
    expect(release('Media Contact:\nJane Roe\n(917) 555-0177\njane@acme.com').contacts[0]?.numbers[0]?.e164).toBe('+19175550177');
  });

  it('read a number with no country code in the country of the contact\'s e-mail domain, not of a vanity domain', () => {
    const e164 = (email: string) => parseRelease(`Acme Opens New Lab\n\nAcme opened a lab today.\n\nMedia contact:\nJane Doe\nTel: 6325 9220\nEmail: ${email}`).contacts[0]!.numbers[0]!.e164;
    expect(e164('jane@moh.example.gov.sg')).toBe('+6563259220');
    expect(e164('jane@acme.io')).toBeNull();
  });

  it('read a number with no country code in the places the release\'s language is most used, as printed there', () => {
    const e164 = (dateline: string, number: string, body = 'Acme opened a lab today.') =>
      parseRelease(`Acme Opens New Lab\n\n${dateline} – ${body}\n\nMedia contact:\nJane Doe\nTel: ${number}`).contacts[0]!.numbers[0]!.e164;
    expect(e164('AUSTIN, Texas, March 4, 2025', '512-867-5309')).toBe('+15128675309');
    expect(e164('OTTAWA, Ontario, March 4, 2025', '819-953-1160')).toBe('+18199531160');
    expect(e164('LEEDS, 5 March 2024', '0113 496 0000')).toBe('+441134960000');
    expect(e164('Paris, le 12 mars 2025', '06 75 20 41 30', "La Fondation annonce aujourd'hui le lancement d'un programme de bourses pour les étudiants de la région.")).toBe('+33675204130');
    // A British number is printed with its 0: a US-style number that is not valid in the US is no British one.
    expect(e164('AUSTIN, Texas, March 4, 2025', '555-201-7734')).toBeNull();
  });

  it('leave a number they cannot read without an E.164 form', () => {
    expect(release('Media contact:\nJane Doe\nTel: 555-0100 222').contacts[0]!.numbers[0]!.e164).toBeNull();
  });
});

describe('titles and roles', () => {
  it('keep the title line and the role the heading or a sub-heading names', () => {
    const got = release('Contacts\n\nInvestor Relations:\nPriya Raman\nVice President, Investor Relations\nir@acme.example.com\n\nMedia:\nTom Becker\nSenior Manager, Corporate Communications\npress@acme.example.com').contacts;
    expect(got.map(({ name, title, role }) => ({ name, title, role }))).toEqual([
      { name: 'Priya Raman', title: 'Vice President, Investor Relations', role: 'Investor Relations' },
      { name: 'Tom Becker', title: 'Senior Manager, Corporate Communications', role: 'Media' },
    ]);
    expect(release('Media Contact:\nJane Doe\njane@acme.example.com').contacts[0]!.role).toBe('Media');
    // As printed, whatever separates the title from its department.
    expect(release('Media Contact:\nRohit Mehra\nHead – Corporate Communications\nrohit@vardhan.example.in').contacts[0]!.title).toBe('Head – Corporate Communications');
    // A rank on the name's line, the post on the line under it: both are the title.
    expect(release('Media contact:\nLt. Col. Ana Ruiz\nPublic Affairs Officer\n+44 20 7946 0321').contacts.map(({ name, title }) => ({ name, title })))
      .toEqual([{ name: 'Ana Ruiz', title: 'Lt. Col., Public Affairs Officer' }]);
  });

  it('read a body named after its office, a country\'s code ending its name, as no person (Press Office, Warm Homes UK)', () => {
    expect(contacts('For more information contact:\nPress Office, Warm Homes UK\nT: 020 7946 0000\nE: press@warmhomes.org.uk')).toEqual([
      { organization: 'Press Office, Warm Homes UK', name: null, phones: ['020 7946 0000'], emails: ['press@warmhomes.org.uk'] },
    ]);
    // A family name printed in capitals is still a name.
    expect(contacts('Media contact:\nPeter LAM\nT: 2859 1234').map((c) => c.name)).toEqual(['Peter LAM']);
  });

  it('read two people on one line, each with their labelled number', () => {
    for (const line of ['陳小姐 電話：2859 1234 / 李先生 電話：2859 5678', '陳小姐（電話：2859 1234）、李先生（電話：2859 5678）']) {
      expect(release(`傳媒查詢：\n${line}`).contacts.map(({ name, phones }) => ({ name, phones }))).toEqual([
        { name: '陳', phones: ['2859 1234'] }, { name: '李', phones: ['2859 5678'] },
      ]);
    }
    expect(release('Media contacts:\nJane Doe, Tel: 555 1234 / John Roe, Tel: 555 5678').contacts.map((c) => c.name)).toEqual(['Jane Doe', 'John Roe']);
    // Words after a number that name no one stay with it.
    expect(release('Media contact:\nJane Doe\nTel: 2859 1234 (office) / 9123 4567 (mobile)').contacts.map((c) => c.phones)).toEqual([['2859 1234', '9123 4567']]);
  });

  it('read an institution and its department before the name as one organization', () => {
    expect(release('新聞聯絡人：\n工研院 傳播與行銷處 林佳慧\n電話：03-5912345 分機 12').contacts).toMatchObject([{ organization: '工研院 傳播與行銷處', name: '林佳慧', phones: ['03-5912345 分機 12'] }]);
    expect(release('Media contact:\nAcme Corp\nCorporate Communications\nJane Doe\njane@acme.example.com').contacts).toMatchObject([{ organization: 'Acme Corp, Corporate Communications', name: 'Jane Doe' }]);
  });

  it('read a government office or department, named for what it is, as the organization', () => {
    const got = release('Contacts\n\nJennifer Kozelj\nPress Secretary\nOffice of the Minister of Indigenous Services\n873-354-6434\n\nMedia Relations\nIndigenous Services Canada\n819-953-1160\nmedia@sac-isc.example.ca').contacts;
    expect(got.map(({ organization, name, title }) => ({ organization, name, title }))).toEqual([
      { organization: 'Office of the Minister of Indigenous Services', name: 'Jennifer Kozelj', title: 'Press Secretary' },
      { organization: 'Indigenous Services Canada', name: null, title: null },
    ]);
  });

  it('read the details after a longer heading that ends in "please contact:"', () => {
    const [c] = release('For more information and media requests please contact: Ms. Laura Pinto (laura.pinto@un.example.org / +41 22 917 1234)').contacts;
    expect(c).toMatchObject({ organization: null, name: 'Laura Pinto', honorific: 'Ms.', phones: ['+41 22 917 1234'], emails: ['laura.pinto@un.example.org'] });
  });

  it('read the details under "Enquiries:", 查詢： and 投资者关系联系方式：', () => {
    expect(contacts('Enquiries:\n\nHarbourline Energy PLC\nJohn Trevail, Chief Executive Officer\n+44 (0)20 7946 0321')).toEqual([
      { organization: 'Harbourline Energy PLC', name: 'John Trevail', phones: ['+44 (0)20 7946 0321'], emails: [] },
    ]);
    const zh = (block: string) => parseRelease(`旅遊局公布入境旅客數字\n\n（澳門，2025年4月10日）旅遊局今日公布第一季入境旅客數字。\n\n${block}`).contacts.map(({ organization, phones, emails }) => ({ organization, phones, emails }));
    expect(zh('查詢：\n澳門特別行政區政府旅遊局 傳訊及對外關係處\n電話：(853) 8397 1120\n電郵：media@tourism.gov.mo')).toEqual([
      { organization: '澳門特別行政區政府旅遊局 傳訊及對外關係處', phones: ['(853) 8397 1120'], emails: ['media@tourism.gov.mo'] },
    ]);
    expect(zh('投资者关系联系方式：\n恒信医疗投资者关系部\n电话：+86 21 5012 3456\n电邮：ir@hengxin-med.com')).toEqual([
      { organization: '恒信医疗投资者关系部', phones: ['+86 21 5012 3456'], emails: ['ir@hengxin-med.com'] },
    ]);
  });

  it('leave an editor\'s credits after the end mark out (编辑｜, 审核｜), and read 商务合作： as a heading', () => {
    const r = parseRelease('智行机器人入选专精特新企业名单\n\n近日，苏州智行机器人科技有限公司成功入选第七批专精特新“小巨人”企业名单。\n\n—END—\n\n编辑｜沈若溪\n审核｜韩冰\n\n扫码关注我们\n商务合作：bd@zhixing-robot.cn｜400-820-6688');
    expect(r.contacts.map(({ organization, name, phones, emails }) => ({ organization, name, phones, emails }))).toEqual([
      { organization: null, name: null, phones: ['400-820-6688'], emails: ['bd@zhixing-robot.cn'] },
    ]);
  });

  it('read a firm named for its industry (晶宇科技) as the organization on a one-line contact, not as a name', () => {
    const r = parseRelease('晶宇科技發布新伺服器\n\n【台北訊】晶宇科技今日發布新一代液冷伺服器。\n\n新聞聯絡人：\n晶宇科技 發言人 陳志豪 副總經理\n電話：(02) 2657-8899\n\n晶宇科技 公關部 許雅雯 經理\nEmail：pr@jingyu-tech.com.tw');
    expect(r.contacts.map(({ organization, name, title }) => [organization, name, title])).toEqual([
      ['晶宇科技', '陳志豪', '發言人'], ['晶宇科技 公關部', '許雅雯', '經理'],
    ]);
  });

  it('start a new contact at a title line under another contact\'s details', () => {
    expect(contacts('Media contacts:\nMinister Whitfield – Tom Haddad 0412 345 678 | tom.haddad@infrastructure.gov.au\nMinister Okafor – Priya Natarajan 0438 901 224 | priya@ministerial.qld.gov.au')).toEqual([
      { organization: null, name: 'Tom Haddad', phones: ['0412 345 678'], emails: ['tom.haddad@infrastructure.gov.au'] },
      { organization: null, name: 'Priya Natarajan', phones: ['0438 901 224'], emails: ['priya@ministerial.qld.gov.au'] },
    ]);
  });

  it('read "Investors:" as a sub-heading naming the role', () => {
    expect(release('Contacts\n\nInvestors:\nDaniel Park, 212-555-0181\n\nMedia:\nLena Ortiz, 212-555-0199').contacts.map((c) => [c.name, c.role])).toEqual([['Daniel Park', 'Investors'], ['Lena Ortiz', 'Media']]);
  });

  it('read a firm whose name ends in a plural title word as the organization ("Argot Partners")', () => {
    const [c] = release('Investor Contact:\nMark Daniels\nArgot Partners\n212-600-1902\nhelio@argotpartners.com').contacts;
    expect(c).toMatchObject({ name: 'Mark Daniels', title: null, organization: 'Argot Partners' });
  });
});

describe('obfuscated e-mail addresses', () => {
  it.each(['kunal.ghosh(at)aalto.fi', 'jane [at] acme [dot] com', 'jane at acme dot com', '[email protected]'])('%s gives a warning and no address', (written) => {
    const r = release(`Media contact:\nJane Doe\nEmail: ${written}`);
    expect(r.contacts.flatMap((c) => c.emails)).toEqual([]);
    const w = r.warnings.find((x) => x.code === 'email_obfuscated');
    expect(w).toBeDefined();
    expect(r.text.slice(w!.span![0], w!.span![1])).toBe(written);
  });

  it('leaves everyday "at" alone', () => {
    expect(release('The lab opened at Hong Kong Science Park. Jobs at acme.').warnings.map((w) => w.code)).not.toContain('email_obfuscated');
  });
});

describe('contact tables', () => {
  const zhRelease = (block: string) =>
    parseRelease(`科技園推出創業支援計劃\n\n（香港，2023年10月18日）科技園公司今日宣布推出全新的創業支援計劃。\n\n${block}`);
  const rows = (r: PressRelease) =>
    r.contacts.map(({ organization, name, honorific, title, phones, emails, span }) => ({ organization, name, honorific, title, phones, emails, row: r.text.slice(span[0], span[1]) }));

  it('read each row of a tab-separated table (copied from Word) by its header row', () => {
    const table = '姓名\t職位\t電話\t電郵\n陳大文先生\t傳訊經理\t2629 6789 / 9123 4567\tdaman@example.hk\n李小美小姐\t高級主任\t2629 6790\tsiumei@example.hk';
    expect(rows(zhRelease(`傳媒查詢：\n香港科技園公司\n${table}`))).toEqual([
      { organization: '香港科技園公司', name: '陳大文', honorific: '先生', title: '傳訊經理', phones: ['2629 6789', '9123 4567'], emails: ['daman@example.hk'], row: '陳大文先生\t傳訊經理\t2629 6789 / 9123 4567\tdaman@example.hk' },
      { organization: '香港科技園公司', name: '李小美', honorific: '小姐', title: '高級主任', phones: ['2629 6790'], emails: ['siumei@example.hk'], row: '李小美小姐\t高級主任\t2629 6790\tsiumei@example.hk' },
    ]);
  });

  it('read a table with bars, an organization column and an empty cell', () => {
    const table = 'Name | Organization | Phone | Email\nJane Doe | Acme Corp | +1 415 555 0100 | jane@acme.example.com\nJohn Roe | Beta PR | | john@betapr.example.com';
    expect(rows(release(`Media contacts:\n${table}`)).map(({ row, ...c }) => c)).toEqual([
      { organization: 'Acme Corp', name: 'Jane Doe', honorific: null, title: null, phones: ['+1 415 555 0100'], emails: ['jane@acme.example.com'] },
      { organization: 'Beta PR', name: 'John Roe', honorific: null, title: null, phones: [], emails: ['john@betapr.example.com'] },
    ]);
  });

  it('read rows laid out with spaces only when they have as many cells as the header', () => {
    const table = 'Name        Title                Phone\nJane Doe    Head of Media        +852 2345 6789\nJohn Roe    +852 2345 6790';
    expect(rows(release(`Media contacts:\n${table}`)).map(({ row, ...c }) => c)[0]).toEqual(
      { organization: null, name: 'Jane Doe', honorific: null, title: 'Head of Media', phones: ['+852 2345 6789'], emails: [] },
    );
  });

  it('read a Chinese table laid out with spaces under a heading on its own, each row a contact (no line joined to the header)', () => {
    const table = '姓名            職位                          電話              電郵\n陳穎琳女士      醫學院傳訊及公共事務主任      3917 6620         wlchan@med.hkwh.edu.hk\n梁浩然先生      醫學院傳訊及公共事務經理      3917 6635         hyleung@med.hkwh.edu.hk';
    expect(rows(parseRelease(`匯海大學研究發現\n\n（香港，2025年3月12日）匯海大學今日公佈研究結果。\n\n傳媒查詢\n\n${table}`)).map(({ row, ...c }) => c)).toEqual([
      { organization: null, name: '陳穎琳', honorific: '女士', title: '醫學院傳訊及公共事務主任', phones: ['3917 6620'], emails: ['wlchan@med.hkwh.edu.hk'] },
      { organization: null, name: '梁浩然', honorific: '先生', title: '醫學院傳訊及公共事務經理', phones: ['3917 6635'], emails: ['hyleung@med.hkwh.edu.hk'] },
    ]);
  });

  it('take a row with a word that names no column for contact details, not a header', () => {
    const got = rows(release('Media contacts:\nJane Doe\tAcme Corp\tTel: +852 2345 6789'));
    expect(got.map(({ row, ...c }) => c)).toEqual([{ organization: 'Acme Corp', name: 'Jane Doe', honorific: null, title: null, phones: ['+852 2345 6789'], emails: [] }]);
  });
});

describe('contact sentences', () => {
  it.each([
    ['Contact: Jane Doe at 555-123-4567 or jane@acme.edu', null],
    ['For more information, contact Jane Doe at 555-123-4567 or jane@acme.edu.', null],
    ['Media contact:\nJane Doe at 555-123-4567 or jane@acme.edu', null],
    ['For more information, contact Communications Manager Jane Doe at 555-123-4567 or jane@acme.edu.', 'Communications Manager'],
  ])('read the name, number and address in "%s"', (block, title) => {
    const [c, ...more] = release(block).contacts;
    expect(more).toEqual([]);
    expect(c).toMatchObject({ name: 'Jane Doe', title, phones: ['555-123-4567'], emails: ['jane@acme.edu'] });
  });

  it('read a British "on" number', () => {
    expect(contacts('For further information please contact Sam Okafor on 0113 496 0123 or sam.okafor@northbridge.org.uk')).toEqual([
      { organization: null, name: 'Sam Okafor', phones: ['0113 496 0123'], emails: ['sam.okafor@northbridge.org.uk'] },
    ]);
    // "For press information and images please contact …", with the title after the name.
    const [c] = release('For press information and images please contact Rachel Oduya, Communications Manager, on 0191 496 0732 or rachel.oduya@merrow.org.uk.').contacts;
    expect(c).toMatchObject({ name: 'Rachel Oduya', title: 'Communications Manager', phones: ['0191 496 0732'], emails: ['rachel.oduya@merrow.org.uk'] });
  });

  it('read a heading that names whose press contact it is ("Meissner press contact:")', () => {
    expect(contacts('Meissner press contact:\nStefanie Hartmann | Corporate Communications | +49 711 555 2040 | presse@meissner.example.de')).toEqual([
      { organization: 'Corporate Communications', name: 'Stefanie Hartmann', phones: ['+49 711 555 2040'], emails: ['presse@meissner.example.de'] },
    ]);
  });

  it('read one in a numbered note to editors, with the office the person works in', () => {
    expect(contacts('Notes to editors\n\n1. For further information please contact Laura Pennington in the Northfield FC Press Office on 020 7946 0321 or laura.pennington@northfieldfc.co.uk.\n\n2. Northfield FC was founded in 1889.')).toEqual([
      { organization: 'Northfield FC Press Office', name: 'Laura Pennington', phones: ['020 7946 0321'], emails: ['laura.pennington@northfieldfc.co.uk'] },
    ]);
    // A place after the name is not where they work.
    expect(contacts('For more information, contact Jane Doe in London on 020 7946 0000.')).toEqual([
      { organization: null, name: 'Jane Doe', phones: ['020 7946 0000'], emails: [] },
    ]);
  });

  it('give each person named after another\'s details their own contact', () => {
    expect(contacts('For media inquiries, please contact Jane Doe (jane@acme.org; 555-123-4567) or John Roe (john@acme.org).')).toEqual([
      { organization: null, name: 'Jane Doe', phones: ['555-123-4567'], emails: ['jane@acme.org'] },
      { organization: null, name: 'John Roe', phones: [], emails: ['john@acme.org'] },
    ]);
  });

  it('keep names that start or end like a connecting word', () => {
    expect(contacts('Media contacts:\nAT&T Corporate Communications\nJane Doe, 555-123-4567\n\nAcme Holdings Inc.\nJohn Roe, john@acme.com')).toEqual([
      { organization: 'AT&T Corporate Communications', name: 'Jane Doe', phones: ['555-123-4567'], emails: [] },
      { organization: 'Acme Holdings Inc.', name: 'John Roe', phones: [], emails: ['john@acme.com'] },
    ]);
  });
});

describe('contact details under no heading', () => {
  it('keeps contact details printed inside the body in it, where no contact is read from them', () => {
    const r = parseRelease('南山实验室正式揭牌\n\n3月4日上午，南山具身智能开放实验室在科技园正式揭牌，面积约3,200平方米。\n\n即日起，园区企业可在线预约使用实验室。\n\n咨询邮箱：lab@szbay.example.cn\n\n图｜揭牌仪式现场\n\n点击阅读原文，立即预约');
    expect(r.body).toContain('咨询邮箱：lab@szbay.example.cn');
  });

  const zh = (block: string) => parseRelease(`晶創公布二月營收\n\n【2026年3月5日，新竹】晶創半導體今日公布二月營收，較上月減少百分之八。\n\n${block}`);

  it('reads a spokesperson block: the organization and part over each person, their own title beside the name', () => {
    const r = zh('晶創半導體發言人\n資深副總經理暨財務長 黃淑芬\n\n晶創半導體代理發言人\n企業訊息處資深處長 林雅婷\n電話：03-5636688 分機 7125566\n手機：0988-123-456\n電子郵件：ytlin@jc.example.com.tw');
    expect(r.contacts.map(({ organization, name, title, role, phones, emails }) => ({ organization, name, title, role, phones, emails }))).toEqual([
      { organization: '晶創半導體', name: '黃淑芬', title: '資深副總經理暨財務長', role: '發言人', phones: [], emails: [] },
      { organization: '晶創半導體', name: '林雅婷', title: '企業訊息處資深處長', role: '代理發言人', phones: ['03-5636688 分機 7125566', '0988-123-456'], emails: ['ytlin@jc.example.com.tw'] },
    ]);
    expect(r.body.join('')).not.toMatch(/發言人|黃淑芬|電話|手機/);
  });

  it('keeps details that end the text with no heading, with the name and organization over them, out of the body', () => {
    const r = zh('企業公關組\n王小明\n電話：03-5636688\n手機：0988-123-456\n電子郵件：wang@jc.example.com.tw');
    expect(r.contacts.map(({ organization, name, phones, emails }) => ({ organization, name, phones, emails }))).toEqual([
      { organization: '企業公關組', name: '王小明', phones: ['03-5636688', '0988-123-456'], emails: ['wang@jc.example.com.tw'] },
    ]);
    expect(r.body).toEqual(['晶創半導體今日公布二月營收，較上月減少百分之八。']);
    const en = release('Corporate Communications Team\nJohn Doe\nTel: +852 2183 2345\nMobile: +852 9123 4567\nEmail: john@acme.example.com');
    expect(en.contacts.map(({ organization, name, phones, emails }) => ({ organization, name, phones, emails }))).toEqual([
      { organization: 'Corporate Communications Team', name: 'John Doe', phones: ['+852 2183 2345', '+852 9123 4567'], emails: ['john@acme.example.com'] },
    ]);
    expect(en.body).toEqual(['Acme opened a lab today.']);
  });

  it('reads details under no heading beside a headed contact, and "For reference:" as a heading', () => {
    expect(contacts('Company Contact Information\nConsumers:\nAcme Consumer Care\n1-800-555-0100\nrecall@acme.example.com\nMedia:\nLorraine Fischbach\n616-555-0134\nmedia@acme.example.com').map((c) => c.emails))
      .toEqual([['media@acme.example.com'], ['recall@acme.example.com']]);
    expect(contacts('###\n\nFor reference:\nAngelica R. Bautista\nChief, Applied Communication Division\nTel. No.: (049) 554-9670\nEmail: acd@pcaarrd.example.gov.ph'))
      .toEqual([{ organization: null, name: 'Angelica R. Bautista', phones: ['(049) 554-9670'], emails: ['acd@pcaarrd.example.gov.ph'] }]);
  });
});

describe('contact lists', () => {
  it('reads each bulleted person on their own line, and gives the organization over the list to each paragraph of it', () => {
    const list = contacts('傳媒查詢\n香港貿發局傳訊及市務部：\n• 李嘉欣　電話：(852) 2584 4123　電郵：carmen.li@hktdc.example.org\n• 張偉明　電話：(852) 2584 4556　電郵：william.cheung@hktdc.example.org');
    const apart = contacts('Media enquiries\n\nHKTDC Communication and Public Affairs Department:\n\nAlice Tsang Tel: (852) 2584 4523 Email: alice@hktdc.example.org\n\nCalvin Ho Tel: (852) 2584 4437 Email: calvin@hktdc.example.org');
    expect(list.map((c) => [c.organization, c.name, c.phones.length])).toEqual([['香港貿發局傳訊及市務部', '李嘉欣', 1], ['香港貿發局傳訊及市務部', '張偉明', 1]]);
    expect(apart.map((c) => [c.organization, c.name])).toEqual([['HKTDC Communication and Public Affairs Department', 'Alice Tsang'], ['HKTDC Communication and Public Affairs Department', 'Calvin Ho']]);
  });
});

describe('contact sub-headings', () => {
  it('reads 投資者關係： and 傳媒： as roles, as printed, and 研究團隊聯絡： as a heading, not a name or an organization', () => {
    const r = release('投資者及傳媒查詢：\n\n投資者關係：\n沈佳怡\n電話：+86 512 6255 8800\n\n傳媒：\n楊帆\n電話：+86 21 5383 1200\n\n研究團隊聯絡：\n材料科學工程學系 許文彥\n電話：03-571-5131');
    expect(r.contacts.map((c) => [c.role, c.name, c.organization])).toEqual([['投資者關係', '沈佳怡', null], ['傳媒', '楊帆', null], [null, '許文彥', '材料科學工程學系']]);
    // 投资者关系联系 alone on its line: a heading naming the role, not the contact's organization.
    const ir = release('投资者关系联系\n联系人：赵敏\n电话：0574-8765 4321\n邮箱：ir@hengtuo.example.com');
    expect(ir.contacts.map((c) => [c.role, c.name, c.organization])).toEqual([['投资者关系', '赵敏', null]]);
  });
});

describe('contacts in a Chinese sentence', () => {
  it('reads 如有查詢，請致電…或電郵…聯絡<office><name><honorific>: the numbers before the name are the person\'s', () => {
    // The organization before a family name and an honorific (協會何小姐) is the contact's.
    const org = release('傳媒查詢，請致電2388 6120聯絡暖晴社區服務協會何小姐，或電郵至media@warmsun.example.org.hk。');
    expect(org.contacts.map((c) => [c.organization, c.name, c.honorific, c.phones, c.emails])).toEqual([['暖晴社區服務協會', '何', '小姐', ['2388 6120'], ['media@warmsun.example.org.hk']]]);
    const r = release('如有查詢，請致電3442 8765或電郵media@hlu.example.edu.hk聯絡傳訊及公共事務處黃穎欣女士。');
    expect(r.contacts.map((c) => [c.organization, c.name, c.honorific, c.phones, c.emails])).toEqual([
      ['傳訊及公共事務處', '黃穎欣', '女士', ['3442 8765'], ['media@hlu.example.edu.hk']],
    ]);
    // On a line of its own, an office before the name and an honorific after it; a family name and an honorific
    // (區小姐) are a name though 區 ends a district's name.
    const lines = release('傳媒查詢：\n傳訊及公共事務處高級經理何嘉敏女士\n電話：3442 8766\n\n濠江文旅集團企業傳訊部\n區小姐\n電話：+853 2888 1234');
    expect(lines.contacts.map((c) => [c.organization, c.title, c.name, c.honorific])).toEqual([
      ['傳訊及公共事務處', '高級經理', '何嘉敏', '女士'], ['濠江文旅集團企業傳訊部', null, '區', '小姐'],
    ]);
  });
});

describe('contact headings and names in more styles', () => {
  it('reads 欲知详情，请联络： as a heading, not the boilerplate\'s last line, and a name with its title in brackets', () => {
    const r = parseRelease('星河科技发布新一代芯片\n\n（上海，2025年3月5日）星河科技今日发布新一代芯片。\n\n关于星河科技\n星河科技成立于2010年，总部位于上海。\n\n欲知详情，请联络：\n星河科技有限公司\n陈嘉欣（传讯经理）\n电话：+86 21 5555 1234');
    expect(r.about.map((a) => a.text)).toEqual(['星河科技成立于2010年，总部位于上海。']);
    expect(r.contacts.map((c) => [c.organization, c.name, c.title, c.phones])).toEqual([['星河科技有限公司', '陈嘉欣', '传讯经理', ['+86 21 5555 1234']]]);
    expect(contacts('Media contact:\nJane Doe (Communications Manager)\nAcme Ltd\n+44 113 496 0000').map((c) => c.name)).toEqual(['Jane Doe']);
  });
});

describe('contacts with no heading, as a space agency prints them', () => {
  const nasa = 'Denise Okafor / Bryce Halvorsen\nHeadquarters, Washington\n202-358-1600\ndenise.okafor@nasa.gov / bryce.halvorsen@nasa.gov\n\nLeah Montoya\nJet Propulsion Laboratory, Pasadena, Calif.\n818-354-6278\nleah.m.montoya@jpl.nasa.gov';
  const people = (r: PressRelease) => r.contacts.map((c) => [c.name, c.organization, c.phones, c.emails]);
  const expected = [
    ['Denise Okafor', 'Headquarters', ['202-358-1600'], ['denise.okafor@nasa.gov']],
    ['Bryce Halvorsen', 'Headquarters', ['202-358-1600'], ['bryce.halvorsen@nasa.gov']],
    ['Leah Montoya', 'Jet Propulsion Laboratory', ['818-354-6278'], ['leah.m.montoya@jpl.nasa.gov']],
  ];

  it('reads two people side by side ("A / B" over "a@… / b@…") as two contacts, and a name over its office line', () => {
    const r = parseRelease(`Probe Clears Design Review\n\nMarch 5, 2026\n\nThe mission passed its review.\n\n-end-\n\n${nasa}`);
    expect(people(r)).toEqual(expected);
  });

  it('reads them under a heading too, and a phone each side by side ("202-… / 202-…")', () => {
    const r = parseRelease(`Probe Clears Design Review\n\nMarch 5, 2026\n\nThe mission passed its review.\n\n-end-\n\nMedia Contacts:\n${nasa}`);
    expect(people(r)).toEqual(expected);
    const phones = parseRelease(`Probe Clears Design Review\n\nMarch 5, 2026\n\nThe mission passed its review.\n\nMedia Contacts:\n${nasa.replace('202-358-1600', '202-358-1600 / 202-358-1700')}`);
    expect(phones.contacts.map((c) => [c.name, c.phones])).toEqual([
      ['Denise Okafor', ['202-358-1600']], ['Bryce Halvorsen', ['202-358-1700']], ['Leah Montoya', ['818-354-6278']],
    ]);
  });

  it('reads the same contacts above the headline, and skips the release number there', () => {
    const r = parseRelease(`March 5, 2026\n\n${nasa}\n\nRELEASE 26-019\n\nProbe Clears Design Review\n\nThe mission passed its review.`);
    expect({ headline: r.headline, body: r.body }).toEqual({ headline: 'Probe Clears Design Review', body: ['The mission passed its review.'] });
    expect(people(r)).toEqual(expected);
  });

  it('reads no label printed beside a contact as its name or organization', () => {
    const r = parseRelease('PRESS RELEASE\nNames \tFor Immediate Release\nsjt28@students.example.edu\n\nProfessor Brings Family Into the Picture\n\nGrand Rapids, MI - The professor spins tales in his novel.');
    expect(r.contacts.map((c) => [c.name, c.organization, c.emails])).toEqual([[null, null, ['sjt28@students.example.edu']]]);
  });
});

describe('contacts named in English, then in Chinese', () => {
  it('reads "高級經理　Sofia Lei 李思慧" as the title, then the name in both forms', () => {
    const r = parseRelease('濠光娛樂成立人才學院\n\n（澳門，2025年3月5日）濠光娛樂今日宣佈成立學院。\n\n傳媒查詢：\n濠光娛樂集團企業傳訊部\n高級經理　Sofia Lei 李思慧\n電話：(853) 8882 6613\n\n經理　區家豪\n電話：(853) 8882 6620');
    expect(r.contacts.map((c) => [c.name, c.title, c.phones])).toEqual([['Sofia Lei 李思慧', '高級經理', ['(853) 8882 6613']], ['區家豪', '經理', ['(853) 8882 6620']]]);
  });
});

describe('contacts in columns with no heading, after the boilerplate', () => {
  it('ends the About text at them and reads each column, with numbers in groups of two (+41 61 555 44 00)', () => {
    const r = release('About Verandis\nVerandis is a Swiss biopharmaceutical company.\n\nVerandis Media Relations                   Verandis Investor Relations\nPhone: +41 61 555 44 00                    Phone: +41 61 555 46 20\nE-mail: media@verandis.example.com         E-mail: ir@verandis.example.com\n\nSabine Kälin\nPhone: +41 79 412 33 08');
    expect(r.about.map((a) => a.text)).toEqual(['Verandis is a Swiss biopharmaceutical company.']);
    expect(r.contacts.map((c) => [c.organization, c.name, c.phones, c.emails])).toEqual([
      ['Verandis Media Relations', null, ['+41 61 555 44 00'], ['media@verandis.example.com']],
      ['Verandis Investor Relations', null, ['+41 61 555 46 20'], ['ir@verandis.example.com']],
      [null, 'Sabine Kälin', ['+41 79 412 33 08'], []],
    ]);
  });
});

describe('contacts listed with where each is', () => {
  it('reads "In Geneva, Name, address, phone" as the person\'s contact, the place no name or organization', () => {
    expect(contacts('For more information on this topic, please contact:\n\n• In Geneva, Helena Kowalczyk, kowalczy@example.org, +41 79 217 40 58\n• In Dakar, Frédéric Ndiaye, ndiayef@example.org, +221 77 333 18 64')).toEqual([
      { organization: null, name: 'Helena Kowalczyk', phones: ['+41 79 217 40 58'], emails: ['kowalczy@example.org'] },
      { organization: null, name: 'Frédéric Ndiaye', phones: ['+221 77 333 18 64'], emails: ['ndiayef@example.org'] },
    ]);
  });
});

describe('contacts across a page break', () => {
  it('reads details on either side of a page number as one contact', () => {
    expect(contacts('媒体联系人：\n春苗基金会 传播部 赵晓雨\n手机：139 1088 6721\n\n第 2 页 共 3 页\n\n邮箱：zhaoxiaoyu@chunmiao.example.org.cn'))
      .toEqual([{ organization: '春苗基金会 传播部', name: '赵晓雨', phones: ['139 1088 6721'], emails: ['zhaoxiaoyu@chunmiao.example.org.cn'] }]);
  });
});

describe('contact organizations', () => {
  it('reads B.V., K.K., S.p.A. and SE as organizations, each under its person, not in place of the one carried over', () => {
    expect(contacts('Media contacts\n\nCorporate Communications Department\nHoshimura Electric Corporation\nTel: +81-3-3218-2332\n\nClaudia Meier\nHoshimura Electric Europe B.V.\nTel: +31 20 555 0101\nclaudia@eu.example.com\n\nKenji Sato\nHoshimura K.K.\nkenji@jp.example.com\n\nAnna Rossi\nAcme Italia S.p.A.\nanna@it.example.com\n\nPiet Jansen\nSiemens SE\npiet@de.example.com').map((c) => [c.name, c.organization]))
      .toEqual([[null, 'Corporate Communications Department, Hoshimura Electric Corporation'], ['Claudia Meier', 'Hoshimura Electric Europe B.V.'], ['Kenji Sato', 'Hoshimura K.K.'], ['Anna Rossi', 'Acme Italia S.p.A.'], ['Piet Jansen', 'Siemens SE']]);
  });

  it('reads no phone number in the digits of a web address', () => {
    expect(contacts('Media Contact:\nHannah Weiss\n+1 (512) 555-0187\n\nLogo - https://mma.prnewswire.com/media/2401187/Lumenfield_Energy_Logo.jpg')).toEqual([
      { organization: null, name: 'Hannah Weiss', phones: ['+1 (512) 555-0187'], emails: [] },
    ]);
  });

  it('reads a Taiwanese ministry\'s contacts: 行動電話 is a phone, 技正 a civil servant\'s grade after the name', () => {
    const r = parseRelease('環境永續部 新聞稿\n\n發布日期：中華民國115年3月20日\n新聞聯絡人：林雅婷 科長\n聯絡電話：(02)2311-7722 分機2315\n行動電話：0912-345-678\n電子郵件：ytlin@mes.gov.tw\n\n業務聯絡人：陳怡君 技正\n聯絡電話：(02)2311-7722 分機2340\n電子郵件：yichun.chen@mes.gov.tw\n\n工業區循環經濟示範計畫公布\n\n環境永續部今（20）日公布工業區循環經濟示範計畫評選結果。');
    expect(r.contacts.map(({ name, title, phones, emails }) => ({ name, title, phones, emails }))).toEqual([
      { name: '林雅婷', title: '科長', phones: ['(02)2311-7722 分機2315', '0912-345-678'], emails: ['ytlin@mes.gov.tw'] },
      { name: '陳怡君', title: '技正', phones: ['(02)2311-7722 分機2340'], emails: ['yichun.chen@mes.gov.tw'] },
    ]);
    // A firm's deputy manager (副理) on a contact's line, like 經理.
    const firm = parseRelease('遠聯電信恢復服務\n\n【2025年3月4日，台北訊】遠聯電信今日恢復行動服務。\n\n新聞聯絡人：\n公共事務處　周怡君 經理　電話：02-7723-5601　Email：yichun.chou@farlink.com.tw\n公共事務處　許志偉 副理　電話：02-7723-5618　Email：chihwei.hsu@farlink.com.tw\n');
    expect(firm.contacts.map(({ name, title, phones }) => ({ name, title, phones }))).toEqual([
      { name: '周怡君', title: '經理', phones: ['02-7723-5601'] },
      { name: '許志偉', title: '副理', phones: ['02-7723-5618'] },
    ]);
  });

  it('reads the office in brackets after a contact\'s name as a part of its own', () => {
    expect(contacts('新闻联络人：蒋一凡（新闻中心）\n联系电话：0755-26531234\n电子邮箱：news@djtu.edu.cn')).toEqual([
      { organization: '新闻中心', name: '蒋一凡', phones: ['0755-26531234'], emails: ['news@djtu.edu.cn'] },
    ]);
    expect(contacts('Media contact:\nJane Doe (Communications)\n+44 20 7946 0321\njane@acme.com')).toEqual([
      { organization: 'Communications', name: 'Jane Doe', phones: ['+44 20 7946 0321'], emails: ['jane@acme.com'] },
    ]);
  });

  it('reads a contact heading in brackets, and where a person is before a colon as no part of their name', () => {
    for (const heading of ['<Contact for media inquiries>', '[Media Contact]', '【媒体联络】']) {
      expect(contacts(`${heading}\nCorporate Communications Department, Kagawa Precision Industries, Ltd.\nTEL: +81-87-555-0123\nE-mail: pr@kagawa-precision.co.jp`)).toEqual([
        { organization: 'Corporate Communications Department, Kagawa Precision Industries, Ltd.', name: null, phones: ['+81-87-555-0123'], emails: ['pr@kagawa-precision.co.jp'] },
      ]);
    }
    expect(release('Media contact\n\nIn Nairobi: Amina Wekesa, Communications Officer, WellSpring Alliance Kenya\n+254 722 555 014 | amina@wellspring.example.org\n\nIn London: Tom Hardacre, Senior Media Manager\n+44 (0)20 7946 0321 | press@wellspring.example.org').contacts.map((c) => [c.name, c.title, c.organization])).toEqual([
      ['Amina Wekesa', 'Communications Officer', 'WellSpring Alliance Kenya'],
      ['Tom Hardacre', 'Senior Media Manager', 'WellSpring Alliance Kenya'],
    ]);
  });

  it('reads a title\'s last part that the address spells as the organization ("Account Director, Tidewater Communications")', () => {
    expect(release('For media enquiries, please contact:\n\nFarah Idris\nAccount Director, Tidewater Communications\n+65 9123 4567\nkelpie@tidewatercomms.sg\n\nJonathan Koh\nVice President, Investor Relations\n+65 8234 1190\nir@acme.sg').contacts
      .map((c) => [c.name, c.title, c.organization])).toEqual([
      ['Farah Idris', 'Account Director', 'Tidewater Communications'],
      ['Jonathan Koh', 'Vice President, Investor Relations', null],
    ]);
  });

  it('reads a Markdown table under its organization, its rule row skipped', () => {
    expect(contacts('傳媒查詢：\n縱橫公關顧問有限公司\n| 姓名     | 電話                          | 電郵                          |\n|----------|:-----------------------------:|-------------------------------|\n| 黃詠琪   | +852 3150 6721 / 9438 2216    | winki.wong@zenithpr.com.hk    |\n| 梁浩然   | +852 3150 6735                | ricky.leung@zenithpr.com.hk   |')).toEqual([
      { organization: '縱橫公關顧問有限公司', name: '黃詠琪', phones: ['+852 3150 6721', '9438 2216'], emails: ['winki.wong@zenithpr.com.hk'] },
      { organization: '縱橫公關顧問有限公司', name: '梁浩然', phones: ['+852 3150 6735'], emails: ['ricky.leung@zenithpr.com.hk'] },
    ]);
  });

  it('reads a unit under the heading ("Media Relations Unit") as the organization, not a second heading', () => {
    expect(contacts('Media enquiries\nMedia Relations Unit\nTel: 01632 960 455')).toEqual([{ organization: 'Media Relations Unit', name: null, phones: ['01632 960 455'], emails: [] }]);
  });

  it('reads a mail signature that repeats a contact\'s number and address under no name as that contact', () => {
    const block = 'Media contacts\nBridgewater Communications\nOlivia Grant | +44 (0)20 7946 0321 | olivia.grant@bridgewaterpr.co.uk\nSam Achebe | +44 (0)7700 900 482 | sam.achebe@bridgewaterpr.co.uk\n\nKind regards,\n\nOlivia\n\n--\nAssociate Director | Bridgewater Communications\nT: +44 (0)20 7946 0321\nE: olivia.grant@bridgewaterpr.co.uk';
    expect(contacts(block).map((c) => c.name)).toEqual(['Olivia Grant', 'Sam Achebe']);
  });

  it('reads two people on one line after their roles (Media: …; Investors and lenders: …), a department after a title as the title\'s', () => {
    expect(release('- 30 -\n\nFor further information: Media: Danielle Fortier, Director, Communications, Prairie Rail Logistics, 306-555-0148, dfortier@prairierail.ca; Investors and lenders: Amrit Sandhu, Vice-President, Finance, 306-555-0171 or 1-800-555-0199, investors@prairierail.ca').contacts
      .map((c) => [c.name, c.title, c.phones, c.emails])).toEqual([
      ['Danielle Fortier', 'Director, Communications', ['306-555-0148'], ['dfortier@prairierail.ca']],
      ['Amrit Sandhu', 'Vice-President, Finance', ['306-555-0171', '1-800-555-0199'], ['investors@prairierail.ca']],
    ]);
  });
});
