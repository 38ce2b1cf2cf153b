import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from '../scripts/vite/contentSecurityPolicy';
import { chromiumForFile } from './fixtures';

const DIST = resolve(import.meta.dirname, '..', process.env.E2E_DIST ?? 'dist');

const browser = chromiumForFile();

/** What each page shows once it has drawn from DuckDB (not from the start-up snapshot). */
const VIEWS: readonly { search: string; ready: string }[] = [
  { search: '', ready: '.overview[data-rendered-filters]:not(.overview-snapshot) [data-chart] canvas' },
  { search: '?view=map', ready: '[data-chart] canvas' },
  { search: '?view=provinces', ready: '[data-testid="provinces-table"] tbody tr' },
  { search: '?view=province&focus=79', ready: '[data-chart] canvas' },
  { search: '?view=linkages', ready: '[data-chart] canvas' },
  { search: '?view=distribution', ready: '[data-chart] canvas' },
  { search: '?view=sql', ready: '[data-testid="sql-schema"]' },
  { search: '?view=report', ready: '[data-testid="report-filters"]' },
  { search: '?view=data', ready: '.data-view' },
];

async function openView(page: Page, search: string, ready: string) {
  await page.goto(`${inject('baseUrl')}${search}`);
  await page.locator(ready).first().waitFor({ timeout: 60_000 });
  // Lazy chunks, map geometry and fonts load after the first paint; give them time to be refused.
  await page.waitForLoadState('networkidle');
}

describe('the Content-Security-Policy', () => {
  it('is the first thing in the head of the built page, and forbids inline script and eval', () => {
    const html = readFileSync(resolve(DIST, 'index.html'), 'utf8');
    const head = html.slice(html.indexOf('<head>') + '<head>'.length).trimStart();
    const meta = /^<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(head);
    expect(meta, 'CSP meta tag first in <head>').not.toBeNull();
    const policy = (meta?.[1] ?? '').replaceAll('&#39;', "'");
    expect(policy).toBe(contentSecurityPolicy());
    expect(CONTENT_SECURITY_POLICY['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(CONTENT_SECURITY_POLICY['connect-src']).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY['worker-src']).toEqual(["'self'"]);
  });

  it('lets every page work with no violation reported', async () => {
    const { page, context, cspViolations, consoleErrors, foreignRequests } = await browser.openPage();
    for (const view of VIEWS) {
      await openView(page, view.search, view.ready);
      expect(cspViolations, `violations on ${view.search || 'the overview'}`).toEqual([]);
    }
    // The SQL console runs a query (DuckDB's worker and wasm under the policy).
    await openView(page, '?view=sql', '[data-testid="sql-editor"]');
    await page.getByTestId('sql-editor').fill('SELECT count(*) AS n FROM provinces_63');
    await page.getByTestId('sql-editor').press('Control+Enter');
    await page.getByTestId('sql-grid').waitFor({ timeout: 30_000 });
    expect(cspViolations).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  // eval is not probed here: code run through DevTools (page.evaluate) is exempt from the policy, so
  // the first test checks script-src instead.
  it('is in force: an injected inline script and a request to another origin are refused', async () => {
    const { page, context, cspViolations } = await browser.openPage();
    await openView(page, '', VIEWS[0]?.ready ?? '');
    const outcome = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      let fetchRefused = false;
      try {
        await fetch('http://127.0.0.2:9/probe');
      } catch {
        fetchRefused = true;
      }
      return { inlineRan: (window as { __inlineRan?: boolean }).__inlineRan === true, fetchRefused };
    });
    expect(outcome).toEqual({ inlineRan: false, fetchRefused: true });
    await expect
      .poll(() => cspViolations.map((v) => v.split(' ')[0]).sort())
      .toEqual(['connect-src', 'script-src-elem']);
    await context.close();
  });
});
