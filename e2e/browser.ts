import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { findChromium, thisMachine } from '../scripts/chromium';

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '..', 'test-results');

// Debian's Chromium, never a downloaded one; background networking off so nothing but the page talks.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  // `npm test` found or installed it before this stage (scripts/ensureChromium.ts).
  const executablePath = findChromium(thisMachine());
  if (!executablePath) throw new Error('No Chromium found: run `npx tsx scripts/ensureChromium.ts`');
  return chromium.launch({
    executablePath,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

/** What a page did that a test must see: errors it logged and any request that left localhost. */
export interface PageWatch {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly consoleErrors: string[];
  readonly foreignRequests: string[];
  /** Content-Security-Policy violations the page reported (also pushed to consoleErrors). */
  readonly cspViolations: string[];
}

export interface PageOptions {
  readonly locale?: string;
  readonly viewport?: { width: number; height: number };
}

export async function openWatchedPage(browser: Browser, options: PageOptions = {}): Promise<PageWatch> {
  const context = await browser.newContext({
    locale: options.locale ?? 'vi-VN',
    viewport: options.viewport ?? { width: 1280, height: 900 },
    // Charts honour prefers-reduced-motion by drawing without animation: every journey gets still charts.
    reducedMotion: 'reduce',
  });
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
    foreignRequests.push(url.href);
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return;
    if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost' && !foreignRequests.includes(url.href)) {
      foreignRequests.push(url.href);
    }
  });
  // Every page runs under the built site's CSP; a violation anywhere fails the test that caused it.
  const cspViolations: string[] = [];
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
    cspViolations.push(text);
    consoleErrors.push(`CSP violation: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void })
        .__reportCspViolation;
      report(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  return { page, context, consoleErrors, foreignRequests, cspViolations };
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return resolve(SCREENSHOT_DIR, name);
}
