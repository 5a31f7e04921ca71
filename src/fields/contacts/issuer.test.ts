import { describe, expect, it } from 'vitest';
import { buildTables, orgNameWords } from '../../locales/index.js';
import { parseRelease } from '../../index.js';
import { domainOpensWith, organizationOfEmail } from './issuer.js';

const generic = orgNameWords(buildTables());
const of = (email: string, ...orgs: string[]) => organizationOfEmail(email, orgs, generic);

describe('domainOpensWith', () => {
  it('reads a label that opens with the name\'s first word, the rest shortened: five letters at least, and no word every name has', () => {
    expect(domainOpensWith('kelpie@tidewatercomms.sg', 'Tidewater Communications', generic)).toBe(true);
    expect(domainOpensWith('press@acmecomms.com', 'Acme Communications', generic)).toBe(false);
    expect(domainOpensWith('press@energycomms.com', 'Energy Communications', generic)).toBe(false);
    expect(domainOpensWith('jane.tidewater@gmail.com', 'Tidewater Communications', generic)).toBe(false);
    // Stricter among all the names a release prints: the whole name is sought there.
    expect(of('kelpie@tidewatercomms.sg', 'Tidewater Communications')).toBeNull();
  });
});

describe('organizationOfEmail', () => {
  it('reads a domain that runs the name\'s words together, starts it, or is its initials', () => {
    expect(of('ritika@ravindraagro.com', 'Ravindra Agro-Chem Limited')).toBe('Ravindra Agro-Chem Limited');
    expect(of('media@bluewaterair.com', 'Bluewater Airways')).toBe('Bluewater Airways');
    expect(of('ada@acme-robotics.example.com', 'Acme Robotics')).toBe('Acme Robotics');
    expect(of('press@harbourside.org', 'the Harbourside Museum')).toBe('Harbourside Museum');
    expect(of('pr@acme.com', 'Acme Corp.')).toBe('Acme Corp.');
    expect(of('press@cbm.int', 'Central Bank of Marrovia')).toBe('Central Bank of Marrovia');
    expect(of('k.n@doj.state.or.us', 'Oregon Department of Justice')).toBe('Oregon Department of Justice');
    expect(of('m.v@bramwellspringsaz.gov', 'City of Bramwell Springs')).toBe('City of Bramwell Springs');
    expect(of('cherry@cognibot.com.hk', '思睿機械人有限公司（CogniBot Robotics Limited）')).toBe('思睿機械人有限公司（CogniBot Robotics Limited）');
  });

  it('takes the first organization the domain spells', () => {
    expect(of('ir@kestrel.com', 'Orbit Partners', 'Kestrel Minerals Limited', 'Kestrel Minerals')).toBe('Kestrel Minerals Limited');
  });

  it('takes no word every organization has, no mail service, and no name the domain does not spell', () => {
    expect(of('press@university.org', 'Calder University')).toBeNull();
    expect(of('jane.acme@gmail.com', 'Acme Corp.')).toBeNull();
    expect(of('press@acmeco.com', 'Apex Holdings')).toBeNull();
    expect(of('press@example.org', 'Example Trust')).toBeNull();
    expect(of('pr@ab.com', 'Alpha Beta')).toBeNull();
    expect(of('pr@星衡.cn', '星衡科技')).toBeNull();
  });
});

describe('a contact printed without an organization', () => {
  const contacts = (tail: string) =>
    parseRelease(`Nordvik Marine Wins Ferry Order\n\nGOTHENBURG, March 3, 2026 -- Nordvik Marine Systems AB won an order today.\n\n"We are proud," said Karin Berg, CEO of Nordvik Marine Systems.\n\n${tail}`).contacts.map((c) => c.organization);

  it('is given the organization its address\'s domain spells, among the speakers\' and About sections\'', () => {
    expect(contacts('Media contact:\nJohan Eklund\n+46 70 512 88 31\njohan.eklund@nordvikmarine.se')).toEqual(['Nordvik Marine Systems']);
  });

  it('is given that of another contact at the same domain, but not at a mail service\'s', () => {
    const two = (second: string) => contacts(`Media contact:\nBrightline PR\nJordan Fitch\njordan@brightlinepr.com\n\nInvestor contact:\nSam Lee\n${second}`);
    expect(two('sam@brightlinepr.com')).toEqual(['Brightline PR', 'Brightline PR']);
    expect(two('samlee@gmail.com')).toEqual(['Brightline PR', null]);
  });

  it('keeps none when nothing the release names owns the address', () => {
    expect(contacts('Media contact:\nJohan Eklund\n+46 70 512 88 31\njohan@tidewaterpr.se')).toEqual([null]);
  });
});
