import { describe, expect, it } from 'vitest';
import { scanTokens, withoutTokens } from './tokens.js';

const kinds = (s: string): string[] => scanTokens(s).map((t) => `${t.kind}:${t.value}`);

describe('scanTokens', () => {
  it('finds e-mail addresses however they are packed', () => {
    expect(kinds('電郵：Chase.Xu@edelman.com/ ')).toEqual(['email:Chase.Xu@edelman.com']);
    expect(kinds('Email:agnes.wat@example.org')).toEqual(['email:agnes.wat@example.org']);
    expect(kinds('(852)2584 4554Email: a.b@x.com.hk.')).toEqual(['email:a.b@x.com.hk']);
    expect(kinds('a@x.com/b@y.org')).toEqual(['email:a@x.com', 'email:b@y.org']);
  });

  it('finds URLs without the punctuation that follows them', () => {
    expect(kinds('請訪問：https://www.wuxixdc.com。')).toEqual(['url:https://www.wuxixdc.com']);
    expect(kinds('(see www.example.org/path).')).toEqual(['url:www.example.org/path']);
    expect(kinds('https://en.wikipedia.org/wiki/Foo_(bar)')).toEqual(['url:https://en.wikipedia.org/wiki/Foo_(bar)']);
    expect(kinds('mailto:w.lee@prppl.com')).toEqual(['mailto:mailto:w.lee@prppl.com']);
  });

  it('finds bare domains with a common top-level domain only', () => {
    expect(kinds('請流覽 horizon.cc')).toEqual(['domain:horizon.cc']);
    expect(kinds('built with Node.js, e.g. in U.S. offices; ASP.NET')).toEqual([]);
    expect(kinds('version 2.0.1 and HK$62.5 billion')).toEqual([]);
    expect(kinds('Learn more at northgate.vc and bluepeak.capital.')).toEqual(['domain:northgate.vc', 'domain:bluepeak.capital']);
    expect(kinds('See README.md, install.sh and setup.py')).toEqual([]);
  });

  it('runs in linear time on long runs without an address', () => {
    const long = 'a'.repeat(200_000) + ' ' + '@'.repeat(50_000) + ' ' + 'a.'.repeat(50_000);
    expect(() => scanTokens(long)).not.toThrow();
  });
});

describe('withoutTokens', () => {
  it('cuts every token out and keeps the text between them, in order', () => {
    const s = 'Tel: 2629 1234 | a@x.com / www.example.org end';
    expect(withoutTokens(s, scanTokens(s))).toBe('Tel: 2629 1234 |  /  end');
    expect(withoutTokens('no tokens here', [])).toBe('no tokens here');
  });
});
