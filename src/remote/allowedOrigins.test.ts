import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../scripts/vite/contentSecurityPolicy';
import { connectOrigins, originAllowed } from './allowedOrigins';

const pageWith = (policy: string | null) => ({
  querySelector: () => (policy === null ? null : { content: policy }),
});

describe('the origins a dataset may come from', () => {
  it('are the ones the built page’s policy lets it connect to', () => {
    const built = contentSecurityPolicy(['https://du-lieu.gov.vn', 'http://10.0.0.5:8080']);
    expect(connectOrigins(pageWith(built) as never)).toEqual([
      'https://du-lieu.gov.vn',
      'http://10.0.0.5:8080',
    ]);
    expect(connectOrigins(pageWith(contentSecurityPolicy()) as never)).toEqual([]);
    expect(connectOrigins(pageWith(null) as never)).toEqual([]);
  });

  it('always include the page’s own origin', () => {
    expect(originAllowed('http://intranet/data/m.json', 'http://intranet', [])).toBe(true);
    expect(originAllowed('http://intranet:8080/m.json', 'http://intranet', [])).toBe(false);
    expect(
      originAllowed('https://du-lieu.gov.vn/m.json', 'http://intranet', ['https://du-lieu.gov.vn']),
    ).toBe(true);
  });
});
