import { describe, expect, it } from 'vitest';
import { NearbyNames } from './nearby.js';

describe('NearbyNames', () => {
  it('finds a name within reach on either side, across stretch edges', () => {
    const near = new NearbyNames(40, [{ name: 'John Smith', at: 79 }]);
    expect(near.has('John Smith', 41)).toBe(true);
    expect(near.has('John Smith', 118)).toBe(true);
    expect(near.has('John Smith', 39)).toBe(false);
    expect(near.has('John Smith', 119)).toBe(false);
  });

  it('tells names apart, ignores unnamed mentions, and sees what is added later', () => {
    const near = new NearbyNames(60, [{ name: null, at: 10 }]);
    expect(near.has('Ann Lee', 10)).toBe(false);
    near.add({ name: 'Ann Lee', at: 200 });
    expect(near.has('Ann Lee', 230)).toBe(true);
    expect(near.has('Bo Chan', 230)).toBe(false);
  });
});
