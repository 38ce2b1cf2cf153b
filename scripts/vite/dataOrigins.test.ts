import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './contentSecurityPolicy';
import { dataOrigins } from './dataOrigins';

describe('origins named at build time for datasets by URL', () => {
  it('reads a comma- or space-separated list as origins, once each', () => {
    expect(dataOrigins(undefined)).toEqual([]);
    expect(dataOrigins('https://du-lieu.gov.vn/ocop/, http://10.0.0.5:8080 https://du-lieu.gov.vn')).toEqual([
      'https://du-lieu.gov.vn',
      'http://10.0.0.5:8080',
    ]);
  });

  it('stops the build on what is not an http(s) origin', () => {
    expect(() => dataOrigins('du-lieu.gov.vn')).toThrow(/not an origin/);
    expect(() => dataOrigins('ftp://du-lieu.gov.vn')).toThrow(/not an http\(s\) origin/);
  });

  it('adds them to connect-src only', () => {
    const policy = contentSecurityPolicy(['https://du-lieu.gov.vn']);
    expect(policy).toContain("connect-src 'self' https://du-lieu.gov.vn;");
    expect(policy).toContain("default-src 'self';");
    expect(contentSecurityPolicy()).toContain("connect-src 'self';");
  });
});
