import { describe, expect, it } from 'vitest';
import { logoFileProblem, NO_DEPARTMENT, parseDepartment } from './departmentSettings';

describe('department settings', () => {
  it('keeps a valid name and logo, trimmed', () => {
    const logo = 'data:image/png;base64,iVBORw0KGgo=';
    expect(parseDepartment(JSON.stringify({ name: '  Sở Công Thương Sóc Trăng ', logo }))).toEqual({
      name: 'Sở Công Thương Sóc Trăng',
      logo,
    });
  });

  it('drops a logo that is not a PNG or SVG data URL, and survives broken storage', () => {
    expect(parseDepartment(JSON.stringify({ name: 'A', logo: 'https://example.com/logo.png' }))).toEqual({
      name: 'A',
      logo: null,
    });
    expect(
      parseDepartment(JSON.stringify({ name: 'A', logo: 'data:text/html;base64,PHNjcmlwdD4=' })).logo,
    ).toBeNull();
    expect(parseDepartment('{not json')).toEqual(NO_DEPARTMENT);
    expect(parseDepartment(null)).toEqual(NO_DEPARTMENT);
  });

  it('accepts PNG and SVG logos up to 200 KB only', () => {
    expect(logoFileProblem({ type: 'image/png', size: 200 * 1024 })).toBeNull();
    expect(logoFileProblem({ type: 'image/svg+xml', size: 1000 })).toBeNull();
    expect(logoFileProblem({ type: 'image/png', size: 200 * 1024 + 1 })).toBe('size');
    expect(logoFileProblem({ type: 'image/jpeg', size: 1000 })).toBe('type');
  });
});
