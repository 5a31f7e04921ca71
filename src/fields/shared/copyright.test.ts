import { describe, expect, it } from 'vitest';
import { parseRelease } from '../../index.js';
import { buildTables } from '../../locales/index.js';
import { copyrightHolders } from './copyright.js';

const tables = buildTables();
const holder = (line: string) => copyrightHolders([{ fold: line }], tables);

describe('copyright holders', () => {
  it('reads the holder a copyright line names, without its year, company number or rights notice', () => {
    expect(holder('© 2025 Kookaburra Mobile Pty Ltd ABN 61 555 012 345')).toEqual(['Kookaburra Mobile Pty Ltd']);
    expect(holder('Copyright © 2019-2025 Acme Inc. All Rights Reserved.')).toEqual(['Acme Inc.']);
    expect(holder('© 2026 Acme Robotics. Terms of use')).toEqual(['Acme Robotics']);
    expect(holder('© 2025 Acme Ltd Privacy Policy Terms')).toEqual(['Acme Ltd']);
    expect(holder('(c) 2024 The Regents of the University of California')).toEqual(['The Regents of the University of California']);
    expect(holder('© 2024 香港科技园公司 版权所有')).toEqual(['香港科技园公司']);
    // No name: nothing.
    expect(holder('© 2025 | Privacy')).toEqual([]);
    expect(holder('Acme Ltd 2025')).toEqual([]);
  });

  it('gives a speaker the organization a web page names only in its footer', async () => {
    const r = await parseRelease('Services restored after outage\n\nSYDNEY, 12 November 2025 – Mobile services are back.\n\n"We let our customers down," said Kookaburra Mobile Chief Executive Officer Natalie Brennan.\n\n© 2025 Kookaburra Mobile Pty Ltd ABN 61 555 012 345\n');
    expect(r.quotes[0]!.speaker).toEqual({ name: 'Natalie Brennan', honorific: null, title: 'Chief Executive Officer', organization: 'Kookaburra Mobile' });
  });
});
