import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { type Lang, type MessageKey, translate } from '../src/i18n/messages';
import { type PageWatch, screenshotPath } from './browser';
import { chartsStill } from './charts';
import { chromiumForFile } from './fixtures';
import { LIVE_OVERVIEW } from './overviewPage';

/**
 * Accessibility of every page, in Vietnamese and English: axe-core's WCAG 2.1 A/AA rules, charts named
 * and described in words, every control reachable by Tab with a visible focus ring, the main actions
 * done by keyboard alone.
 *
 * axe is put in the page with `page.evaluate(source)` (the DevTools protocol's Runtime.evaluate), which
 * the site's Content-Security-Policy does not govern: no inline <script>, no bypassCSP, so the pages run
 * under exactly the policy users get.
 */

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const LANGS: readonly Lang[] = ['vi', 'en'];
const STARTUP_TIMEOUT = 90_000;

const browser = chromiumForFile();

async function openPage(lang: Lang, search: string): Promise<PageWatch> {
  const watch = await browser.openPage({
    locale: lang === 'vi' ? 'vi-VN' : 'en-GB',
    viewport: { width: 1280, height: 900 },
  });
  // The language a user chose before, as the language switch remembers it.
  if (lang === 'en') await watch.page.addInitScript(() => localStorage.setItem('ocop-dashboard.lang', 'en'));
  await watch.page.goto(`${inject('baseUrl')}${search}`);
  return watch;
}

// ---- axe ----

async function runAxe(page: Page): Promise<AxeResults> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    AXE_TAGS,
  );
}

/** What a developer needs to find and fix each violation: rule, impact, element, axe's summary. */
function describeViolations(violations: readonly Result[]): string {
  return violations
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${v.nodes
          .slice(0, 8)
          .map(
            (n) =>
              `    at ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}\n      html: ${n.html.slice(0, 200)}`,
          )
          .join('\n')}${v.nodes.length > 8 ? `\n    … and ${v.nodes.length - 8} more` : ''}`,
    )
    .join('\n');
}

async function expectNoSeriousViolations(page: Page, state: string): Promise<void> {
  const { violations } = await runAxe(page);
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => v.id),
    `${state}:\n${describeViolations(serious)}`,
  ).toEqual([]);
}

// ---- charts in words ----

interface AxSummary {
  readonly role: string;
  readonly name: string;
  readonly description: string;
}

/** The accessibility tree's view (Chromium's own computation) of every element `selector` matches. */
async function axNodes(page: Page, selector: string): Promise<AxSummary[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    const summaries: AxSummary[] = [];
    for (const nodeId of nodeIds) {
      const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
      const node = nodes[0];
      summaries.push({
        role: String(node?.role?.value ?? ''),
        name: String(node?.name?.value ?? ''),
        description: String(node?.description?.value ?? ''),
      });
    }
    return summaries;
  } finally {
    await cdp.detach();
  }
}

/**
 * What is wrong with the charts on the page, in words (empty when nothing): every ECharts chart sits in a
 * figure named by its title and described by the chart in words (with figures, not only the title); the
 * chart element itself is an image with a name; sparklines say every year's figure.
 */
async function chartProblems(page: Page, lang: Lang): Promise<string[]> {
  const problems: string[] = [];
  const titles = await page
    .locator('figure[data-chart]')
    .evaluateAll((figures) =>
      figures.map((f) => [
        f.getAttribute('data-chart') ?? '',
        f.querySelector('h3')?.textContent?.trim() ?? '',
      ]),
    );
  const figures = await axNodes(page, 'figure[data-chart]');
  const noData = translate(lang, 'exportAltNoData');
  figures.forEach((figure, i) => {
    const [id, title] = titles[i] ?? ['', ''];
    const { role, name, description } = figure;
    if (role !== 'figure') problems.push(`${id}: role ${role}, not figure`);
    if (name !== title) problems.push(`${id}: named "${name}", titled "${title}"`);
    if (description === '' || description === noData) problems.push(`${id}: no description of its data`);
    else if (!/\d/.test(description) || description.length < 40)
      problems.push(`${id}: the description "${description}" does not say the figures`);
  });
  const images = await axNodes(page, '[data-chart] .echarts-for-react');
  images.forEach((image, i) => {
    if (image.role !== 'image' || image.name === '')
      problems.push(`${titles[i]?.[0]}: chart element is ${image.role} "${image.name}"`);
  });
  for (const spark of await axNodes(page, 'svg.sparkline')) {
    // "Diễn biến 2019–2025, sản phẩm: 2019: 12; 2020: 345; …": at least two years with their figures.
    if (spark.role !== 'image' || (spark.name.match(/\b\d{4}: [\d.,]+/g)?.length ?? 0) < 2)
      problems.push(`sparkline ${spark.role} "${spark.name}" does not say its figures`);
  }
  problems.push(...(await chartTextContrast(page)));
  return problems;
}

/**
 * Text ECharts draws (axis names and labels, legends, data labels) against the white card, from the
 * chart's own scene graph: axe cannot read a canvas, and in SVG it gives up on text beside shapes.
 * WCAG 1.4.3: 4.5:1, or 3:1 for large text (24 px, or 18.66 px bold).
 */
function chartTextContrast(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    interface TextEl {
      type: string;
      invisible?: boolean;
      ignore?: boolean;
      style: { text?: unknown; fill?: unknown; font?: string; opacity?: number };
    }
    const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    const luminance = ([r, g, b]: number[]) =>
      0.2126 * linear((r ?? 0) / 255) + 0.7152 * linear((g ?? 0) / 255) + 0.0722 * linear((b ?? 0) / 255);
    const parse = (fill: unknown): number[] | null => {
      if (typeof fill !== 'string') return null;
      const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(fill)?.[1];
      if (hex) {
        const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
        return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)).concat(1);
      }
      const rgb = /^rgba?\(([^)]+)\)$/
        .exec(fill)?.[1]
        ?.split(',')
        .map((v) => Number.parseFloat(v));
      return rgb && rgb.length >= 3 ? [rgb[0] ?? 0, rgb[1] ?? 0, rgb[2] ?? 0, rgb[3] ?? 1] : null;
    };
    const problems: string[] = [];
    for (const dom of document.querySelectorAll('[data-chart] .echarts-for-react')) {
      const id = dom.closest('[data-chart]')?.getAttribute('data-chart');
      const chart = (
        dom as unknown as { ocopChart?: { getZr(): { storage: { getDisplayList(u: boolean): TextEl[] } } } }
      ).ocopChart;
      if (!chart) {
        problems.push(`${id}: no chart instance to read its text from`);
        continue;
      }
      for (const el of chart.getZr().storage.getDisplayList(true)) {
        if ((el.type !== 'tspan' && el.type !== 'text') || el.invisible || el.ignore) continue;
        const text = String(el.style.text ?? '').trim();
        if (!text || el.style.opacity === 0) continue;
        const rgba = parse(el.style.fill);
        if (!rgba) {
          problems.push(
            `${id}: "${text}" has a fill that cannot be checked: ${JSON.stringify(el.style.fill)}`,
          );
          continue;
        }
        // Translucent text is seen blended with the white card.
        const alpha = (rgba[3] ?? 1) * (el.style.opacity ?? 1);
        const seen = rgba.slice(0, 3).map((c) => c * alpha + 255 * (1 - alpha));
        const ratio = 1.05 / (luminance(seen) + 0.05);
        const font = el.style.font ?? '';
        const size = Number.parseFloat(/([\d.]+)px/.exec(font)?.[1] ?? '12');
        const bold = /\b(bold|bolder|[6-9]00)\b/.test(font);
        const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
        if (ratio < needed)
          problems.push(
            `${id}: "${text}" in ${String(el.style.fill)} is ${ratio.toFixed(2)}:1 on white, needs ${needed}:1`,
          );
      }
    }
    return problems;
  });
}

async function expectChartsAccessible(page: Page, lang: Lang, expectedCharts: number): Promise<void> {
  const echartsCount = await page.locator('.echarts-for-react').count();
  expect(echartsCount, 'ECharts elements on the page').toBe(expectedCharts);
  // Every ECharts element is inside a chart card (one figure each).
  expect(await page.locator('[data-chart] .echarts-for-react').count()).toBe(echartsCount);
  expect(await page.locator('figure[data-chart]').count()).toBe(echartsCount);
  expect(await chartProblems(page, lang)).toEqual([]);
}

// ---- the pages and their open states ----

interface ViewCase {
  readonly name: string;
  readonly search: string;
  /** ECharts charts the page draws. */
  readonly charts: number;
  /** Whether the page has KPI cards with sparklines. */
  readonly sparklines?: boolean;
  readonly ready: (page: Page) => Promise<void>;
}

async function waitForCharts(page: Page): Promise<void> {
  // Every chart card has drawn (canvas or, in the report, SVG) and stands still: text read at full colour.
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('[data-chart] .echarts-for-react')].every(
        (el) => el.querySelector('canvas, svg') !== null,
      ),
    undefined,
    { timeout: 30_000 },
  );
  await chartsStill(page);
}

const waitFor = (selector: string) => async (page: Page) => {
  await page.locator(selector).first().waitFor({ timeout: STARTUP_TIMEOUT });
  await waitForCharts(page);
};

const VIEW_CASES: readonly ViewCase[] = [
  {
    name: 'overview',
    search: '',
    charts: 3,
    sparklines: true,
    ready: waitFor(`${LIVE_OVERVIEW} [data-chart="top-partners"] canvas`),
  },
  { name: 'map', search: '?view=map', charts: 1, ready: waitFor('[data-chart="province-map"] canvas') },
  { name: 'provinces', search: '?view=provinces', charts: 0, ready: waitFor('tbody tr[data-row-kind]') },
  {
    name: 'province detail (Sóc Trăng)',
    search: '?view=province&layout=63&focus=94',
    charts: 1,
    ready: waitFor('[data-chart="province-ocop"] canvas'),
  },
  {
    name: 'linkages',
    search: '?view=linkages',
    charts: 2,
    ready: waitFor('[data-chart="event-timeline"] canvas'),
  },
  {
    name: 'distribution',
    search: '?view=distribution',
    charts: 3,
    ready: waitFor('[data-chart="distribution-channels"] canvas'),
  },
  { name: 'sql', search: '?view=sql', charts: 0, ready: waitFor('[data-testid="sql-schema"]') },
  {
    name: 'report',
    search: '?view=report',
    charts: 3,
    sparklines: true,
    ready: waitFor('.report [data-chart="top-partners"] svg'),
  },
  { name: 'data', search: '?view=data', charts: 0, ready: waitFor('table.data-loads tbody tr') },
];

/** One valid row and three rejections (unknown province, a star of 7, a year that is not a number). */
const FILE_WITH_BAD_ROWS = {
  name: 'ocop-loi.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(
    'province,year,star,product_group,count\nHà Nội,2021,4,Thực phẩm,3\nTỉnh Không Có,2021,3,Thực phẩm,2\nSóc Trăng,2021,7,Đồ uống,1\nĐồng Tháp,abc,3,Thảo dược,1\n',
  ),
};

describe.each(LANGS)('accessibility in %s', (lang) => {
  const t = (key: MessageKey) => translate(lang, key);

  it.each(VIEW_CASES)('$name: no serious or critical axe violation; every chart described', async (view) => {
    const { page, context, consoleErrors } = await openPage(lang, view.search);
    await view.ready(page);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    await expectNoSeriousViolations(page, view.name);
    await expectChartsAccessible(page, lang, view.charts);
    expect((await page.locator('svg.sparkline').count()) > 0, 'sparklines').toBe(view.sparklines === true);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('open states: the export menu, the province list, the department dialog', async () => {
    const { page, context, consoleErrors } = await openPage(lang, '');
    await VIEW_CASES[0]?.ready(page);
    await page.locator('[data-chart="ocop-by-star"] .export-menu-button').click();
    await page.locator('[data-chart="ocop-by-star"] [role="dialog"]').waitFor();
    await expectNoSeriousViolations(page, 'export menu open');
    await page.keyboard.press('Escape');

    await page.getByTestId('filter-provinces').locator('summary').click();
    await page.getByTestId('filter-provinces').locator('input[type="checkbox"]').first().waitFor();
    await expectNoSeriousViolations(page, 'province filter open');
    await page.getByTestId('filter-provinces').locator('summary').click();

    await page.locator('.dept-button').click();
    await page.locator('dialog.dept-dialog[open]').waitFor();
    await expectNoSeriousViolations(page, 'department dialog open');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('open states: a SQL result and a refused statement', async () => {
    const { page, context, consoleErrors } = await openPage(lang, '?view=sql');
    await VIEW_CASES.find((v) => v.name === 'sql')?.ready(page);
    const editor = page.getByTestId('sql-editor');
    await editor.fill(
      'SELECT region, count(*) AS provinces FROM provinces_63 GROUP BY region ORDER BY region',
    );
    await editor.press('Control+Enter');
    await page.getByTestId('sql-grid').waitFor();
    await expectNoSeriousViolations(page, 'SQL result');
    await editor.fill('DROP TABLE ocop_products');
    await editor.press('Control+Enter');
    await page.getByTestId('sql-refused').waitFor();
    await expectNoSeriousViolations(page, 'SQL refused');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('open states: the import mapping screen and the validation report of a file with bad rows', async () => {
    const { page, context, consoleErrors } = await openPage(lang, '?view=data');
    await VIEW_CASES.find((v) => v.name === 'data')?.ready(page);
    await page.locator('.file-picker input[type="file"]').setInputFiles(FILE_WITH_BAD_ROWS);
    const session = page.locator(`article.import-session[data-file="${FILE_WITH_BAD_ROWS.name}"]`);
    await expect.poll(() => session.getAttribute('data-phase'), { timeout: 30_000 }).toBe('mapping');
    await expectNoSeriousViolations(page, 'import mapping');
    await session.getByRole('button', { name: t('importCheckFile') }).click();
    await expect.poll(() => session.getAttribute('data-phase'), { timeout: 30_000 }).toBe('report');
    // The report lists the three rejected rows.
    expect(await session.locator('tbody tr').count()).toBeGreaterThanOrEqual(3);
    await expectNoSeriousViolations(page, 'import validation report');
    if (lang === 'vi')
      await page.screenshot({ path: screenshotPath('a11y-import-report.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

// ---- keyboard ----

interface TabWalk {
  /** Each focus stop in Tab order, described (tag, id/class, text). */
  readonly stops: string[];
  /** Controls that should take focus and never did. */
  readonly unreached: string[];
  /** Stops whose look did not change when focused. */
  readonly noFocusRing: string[];
  /** Elements with tabindex > 0 (they reorder Tab for everyone). */
  readonly positiveTabindex: string[];
  /** Elements with a click handler that are neither controls nor focusable: mouse-only. */
  readonly mouseOnly: string[];
}

/**
 * Presses Tab from the top of the page until focus comes back round, recording each stop and its
 * focused look; then compares with every control on the page, and with each stop's unfocused look.
 */
async function tabThroughPage(page: Page, maxStops = 700): Promise<TabWalk> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur?.();
    window.scrollTo(0, 0);
  });
  // A click on empty page margin puts Tab's starting point at the top of the document.
  await page.mouse.click(2, 2);
  await page.evaluate(() => {
    const w = window as unknown as { __a11yStops: { el: Element; focused: string[] }[] };
    w.__a11yStops = [];
  });
  const stops: string[] = [];
  let idle = 0;
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab');
    const step = await page.evaluate(() => {
      const w = window as unknown as { __a11yStops: { el: Element; focused: string[] }[] };
      const el = document.activeElement;
      if (!el || el === document.body) return { kind: 'none' as const };
      if (el.hasAttribute('data-a11y-stop')) return { kind: 'repeat' as const };
      el.setAttribute('data-a11y-stop', String(w.__a11yStops.length));
      const look = (e: Element | null) => {
        if (!e) return '';
        const s = getComputedStyle(e);
        return [
          `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
          s.boxShadow,
          `${s.borderTopColor} ${s.borderBottomColor}`,
          s.backgroundColor,
        ].join(' | ');
      };
      // A visually hidden radio or file input shows its focus on its label.
      const label = el.closest('label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null);
      w.__a11yStops.push({ el, focused: [look(el), look(label), look(el.parentElement)] });
      const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
      return { kind: 'stop' as const, what: `${el.tagName.toLowerCase()}.${el.className} "${text}"` };
    });
    if (step.kind === 'repeat') break;
    if (step.kind === 'none') {
      // Past the last control focus leaves the page once; a second time means nothing takes focus.
      if (++idle > 1) break;
      continue;
    }
    stops.push(step.what);
  }
  return page.evaluate((stopList) => {
    const w = window as unknown as { __a11yStops: { el: Element; focused: string[] }[] };
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
    const visible = (el: Element) =>
      el.checkVisibility({ visibilityProperty: true }) && !el.closest('[inert], [aria-hidden="true"]');

    const controls = [
      ...document.querySelectorAll<HTMLElement>(
        'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex], [contenteditable="true"]',
      ),
    ].filter((el) => !(el as HTMLButtonElement).disabled && el.tabIndex >= 0 && visible(el));
    const reachedRadioGroups = new Set(
      controls
        .filter(
          (el) => el.hasAttribute('data-a11y-stop') && el instanceof HTMLInputElement && el.type === 'radio',
        )
        .map((el) => (el as HTMLInputElement).name),
    );
    const unreached = controls
      .filter((el) => !el.hasAttribute('data-a11y-stop'))
      // Arrow keys move within a radio group; Tab reaches one of them.
      .filter(
        (el) => !(el instanceof HTMLInputElement && el.type === 'radio' && reachedRadioGroups.has(el.name)),
      )
      .map(describe);

    (document.activeElement as HTMLElement | null)?.blur?.();
    const look = (e: Element | null) => {
      if (!e) return '';
      const s = getComputedStyle(e);
      return [
        `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
        s.boxShadow,
        `${s.borderTopColor} ${s.borderBottomColor}`,
        s.backgroundColor,
      ].join(' | ');
    };
    const hasRing = (focused: string) => {
      const [outline = ''] = focused.split(' | ');
      const [style, width] = outline.split(' ');
      return style !== 'none' && Number.parseFloat(width ?? '0') >= 2;
    };
    const noFocusRing = w.__a11yStops
      .filter(({ el }) => el.isConnected)
      .filter(({ el, focused }) => {
        const label = el.closest('label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null);
        const blurred = [look(el), look(label), look(el.parentElement)];
        // Visible: a ring of at least 2 px on the control (or its label), or a changed look.
        const ringOn = focused.some((f, i) => f !== '' && hasRing(f) && f !== blurred[i]);
        return !ringOn && focused.every((f, i) => f === blurred[i]);
      })
      .map(({ el }) => describe(el));

    const positiveTabindex = [...document.querySelectorAll<HTMLElement>('[tabindex]')]
      .filter((el) => el.tabIndex > 0)
      .map(describe);

    const interactive =
      'a[href], button, input, select, textarea, summary, label, option, [role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="tab"], [role="menuitem"], [role="switch"], [role="option"]';
    const mouseOnly = [...document.querySelectorAll('*')]
      .filter((el) => {
        const key = Object.keys(el).find((k) => k.startsWith('__reactProps$'));
        if (!key) return false;
        const props = (el as unknown as Record<string, Record<string, unknown>>)[key] ?? {};
        const clickable = ['onClick', 'onMouseDown', 'onMouseUp', 'onPointerDown', 'onDoubleClick'].some(
          (h) => typeof props[h] === 'function',
        );
        if (!clickable) return false;
        return !(
          el.matches(interactive) &&
          ((el as HTMLElement).tabIndex >= 0 || el.matches('label, option'))
        );
      })
      .map(describe);

    for (const { el } of w.__a11yStops) el.removeAttribute('data-a11y-stop');
    return { stops: stopList, unreached, noFocusRing, positiveTabindex, mouseOnly };
  }, stops);
}

/** Presses Tab until the focused element matches `selector` (and contains `text`, if given). */
async function tabTo(page: Page, selector: string, text?: string, max = 400): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const reached = await page.evaluate(
      ({ selector, text }) => {
        const el = document.activeElement;
        return !!el?.matches(selector) && (text === undefined || (el.textContent ?? '').trim() === text);
      },
      { selector, text },
    );
    if (reached) return;
  }
  throw new Error(`Tab never reached ${selector}${text ? ` "${text}"` : ''}`);
}

/** Puts Tab's starting point at the top of the page. */
async function fromTop(page: Page): Promise<void> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur?.();
    window.scrollTo(0, 0);
  });
  await page.mouse.click(2, 2);
}

const searchParam = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

describe('on a phone', () => {
  it('has no serious violations with the figures first and the filter sheet open, in both languages', async () => {
    for (const lang of LANGS) {
      const { page, context } = await browser.openPage({
        locale: lang === 'vi' ? 'vi-VN' : 'en-GB',
        viewport: { width: 390, height: 844 },
      });
      if (lang === 'en') await page.addInitScript(() => localStorage.setItem('ocop-dashboard.lang', 'en'));
      await page.goto(inject('baseUrl'));
      await page
        .locator(`${LIVE_OVERVIEW} [data-chart="top-partners"] canvas`)
        .first()
        .waitFor({ timeout: STARTUP_TIMEOUT });
      await expectNoSeriousViolations(page, `overview at 390 px (${lang})`);
      await page.getByTestId('filter-sheet-button').click();
      await expectNoSeriousViolations(page, `filter sheet (${lang})`);
      await page.keyboard.press('Escape');
      await page.locator('.app-tools-button').click();
      await expectNoSeriousViolations(page, `options menu (${lang})`);
      await context.close();
    }
  });
});

describe('keyboard', () => {
  it.each(VIEW_CASES)('$name: Tab reaches every control, each with a visible focus ring', async (view) => {
    const { page, context, consoleErrors } = await openPage('vi', view.search);
    await view.ready(page);
    const walk = await tabThroughPage(page);
    expect(walk.stops.length, 'focus stops').toBeGreaterThan(10);
    expect(walk.unreached, 'controls Tab never reaches').toEqual([]);
    expect(walk.noFocusRing, 'focused controls that look unfocused').toEqual([]);
    expect(walk.positiveTabindex, 'tabindex > 0').toEqual([]);
    expect(walk.mouseOnly, 'click handlers on elements that are not controls').toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('changes filters, opens and closes the export menu and switches pages by keyboard alone', async () => {
    const { page, context, consoleErrors } = await openPage('vi', '');
    await VIEW_CASES[0]?.ready(page);
    const ocopBefore = await page.getByTestId('kpi-ocopProducts').getAttribute('data-value');

    // A toggle button: Space presses it, the URL and the KPIs follow.
    await fromTop(page);
    await tabTo(page, 'fieldset.toggle-group button', '4 sao');
    await page.keyboard.press('Space');
    await expect.poll(() => searchParam(page, 'star')).toBe('4');
    await expect
      .poll(() => page.getByTestId('kpi-ocopProducts').getAttribute('data-value'))
      .not.toBe(ocopBefore);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-pressed'))).toBe('true');
    await page.keyboard.press('Enter');
    await expect.poll(() => searchParam(page, 'star')).toBe(null);

    // A radio group: arrows move the choice.
    await fromTop(page);
    await tabTo(page, '.segmented input[type="radio"][value="34"]');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => searchParam(page, 'layout')).toBe('63');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => searchParam(page, 'layout')).toBe(null);

    // A select: arrows change the year.
    await fromTop(page);
    await tabTo(page, '[data-testid="filter-year"]');
    const yearBefore = await page.getByTestId('filter-year').inputValue();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByTestId('filter-year').inputValue()).not.toBe(yearBefore);
    await expect.poll(() => searchParam(page, 'year')).not.toBe(null);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => searchParam(page, 'year')).toBe(null);

    // The province list: Enter opens it, type to search, Space ticks a province.
    await fromTop(page);
    await tabTo(page, '[data-testid="filter-provinces"] summary');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('filter-provinces').getAttribute('open')).toBe('');
    await tabTo(page, '[data-testid="filter-provinces"] input[type="search"]', undefined, 3);
    await page.keyboard.type('can tho');
    await tabTo(page, '[data-testid="filter-provinces"] input[type="checkbox"]', undefined, 3);
    await page.keyboard.press('Space');
    await expect.poll(() => searchParam(page, 'province')).toBe('92');
    await page.keyboard.press('Space');
    await expect.poll(() => searchParam(page, 'province')).toBe(null);

    // The export menu: Enter opens it with focus inside, Escape closes it and gives focus back.
    await fromTop(page);
    await tabTo(page, '[data-chart="ocop-by-star"] .export-menu-button');
    await page.keyboard.press('Enter');
    const dialog = page.locator('[data-chart="ocop-by-star"] [role="dialog"]');
    await dialog.waitFor();
    expect(await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(true);
    await page.screenshot({ path: screenshotPath('a11y-export-menu-keyboard.png') });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.classList.contains('export-menu-button'))).toBe(
      true,
    );

    // The navigation: Enter on a page's button opens it.
    await fromTop(page);
    await tabTo(page, 'nav.app-nav button', translate('vi', 'mapNav'));
    await page.keyboard.press('Enter');
    await expect.poll(() => searchParam(page, 'view')).toBe('map');
    await page.locator('[data-chart="province-map"] canvas').first().waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-current'))).toBe('page');

    // The language switch: arrows choose English, and <html lang> follows at once.
    await fromTop(page);
    await tabTo(page, '.lang-switch select');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(translate('en', 'appTitle'));
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('vi');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('runs a query in the SQL console with Ctrl+Enter', async () => {
    const { page, context, consoleErrors } = await openPage('vi', '?view=sql');
    await VIEW_CASES.find((v) => v.name === 'sql')?.ready(page);
    await fromTop(page);
    await tabTo(page, '[data-testid="sql-editor"]');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(
      'SELECT region, count(*) AS n FROM provinces_63 GROUP BY region ORDER BY region',
    );
    await page.keyboard.press('Control+Enter');
    const grid = page.getByTestId('sql-grid');
    await grid.waitFor({ timeout: 30_000 });
    // The six socio-economic regions.
    expect(await grid.locator('tbody tr').count()).toBe(6);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

// The checks above must be able to fail: each is shown a planted fault and has to report it.
describe('the checks catch what they look for', () => {
  it('axe, the chart descriptions and the chart text contrast report planted faults', async () => {
    const { page, context } = await openPage('vi', '');
    await VIEW_CASES[0]?.ready(page);
    expect(await chartProblems(page, 'vi')).toEqual([]);
    await page.evaluate(() => {
      const faint = document.createElement('p');
      faint.textContent = 'Chữ mờ khó đọc';
      faint.style.color = '#bbbbbb';
      const unnamedImage = document.createElement('div');
      unnamedImage.setAttribute('role', 'img');
      document.querySelector('main')?.append(faint, unnamedImage);
      document.querySelector('figure[data-chart="top-partners"]')?.removeAttribute('aria-describedby');
      const dom = document.querySelector('[data-chart="ocop-by-star"] .echarts-for-react') as unknown as {
        ocopChart: { setOption(option: object): void };
      };
      dom.ocopChart.setOption({ yAxis: { axisLabel: { color: '#c0c0c0' } } });
    });
    const { violations } = await runAxe(page);
    expect(violations.map((v) => v.id)).toEqual(expect.arrayContaining(['color-contrast', 'role-img-alt']));
    const problems = await chartProblems(page, 'vi');
    expect(problems.filter((p) => p.startsWith('top-partners: no description'))).toHaveLength(1);
    expect(
      problems.filter((p) => p.startsWith('ocop-by-star:') && p.includes('#c0c0c0')).length,
    ).toBeGreaterThan(0);
    await context.close();
  });

  it('the Tab walk reports a missing focus ring, a positive tabindex, a mouse-only element and a trap', async () => {
    const { page, context } = await openPage('vi', '?view=sql');
    await VIEW_CASES.find((v) => v.name === 'sql')?.ready(page);
    await page.evaluate(() => {
      const probe = (tag: string, id: string) => {
        const el = document.createElement(tag);
        el.id = id;
        el.textContent = id;
        return el;
      };
      const noRing = probe('button', 'probe-no-ring');
      noRing.style.outline = 'none';
      const positive = probe('span', 'probe-positive');
      positive.tabIndex = 3;
      // What React leaves on a <div onClick>: the walk reads handlers from there.
      const clickable = probe('div', 'probe-click');
      Object.defineProperty(clickable, '__reactProps$probe', { value: { onClick() {} }, enumerable: true });
      const trap = probe('input', 'probe-trap');
      trap.addEventListener('keydown', (event) => {
        if (event.key === 'Tab') event.preventDefault();
      });
      const after = probe('button', 'probe-after');
      document.querySelector('main')?.prepend(noRing, positive, clickable, trap, after);
    });
    const walk = await tabThroughPage(page);
    const has = (list: readonly string[], id: string) => list.some((s) => s.includes(`#${id}`));
    expect(has(walk.noFocusRing, 'probe-no-ring'), walk.noFocusRing.join('\n')).toBe(true);
    expect(has(walk.positiveTabindex, 'probe-positive')).toBe(true);
    expect(has(walk.mouseOnly, 'probe-click')).toBe(true);
    // Focus never gets past the trap: what follows it is unreached.
    expect(has(walk.unreached, 'probe-after')).toBe(true);
    expect(has(walk.unreached, 'probe-trap')).toBe(false);
    await context.close();
  });
});
