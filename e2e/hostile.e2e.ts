/**
 * Hostile files through the real import screen, then every page that shows their text: no script runs,
 * no markup from a file becomes an element, the text reads literally, and the exports (SVG, CSV) carry
 * it as text only, with spreadsheet formulas neutralized. The fixtures: e2e/fixtures/hostile/.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { type MessageKey, translate } from '../src/i18n/messages';
import { type PageWatch, screenshotPath } from './browser';
import { chartsStill } from './charts';
import { chromiumForFile, scratchDirForFile } from './fixtures';
import {
  FORMULA_PAYLOADS,
  HOSTILE,
  HOSTILE_COUNTS,
  HOSTILE_DATASETS,
  HOSTILE_FILES,
  HOSTILE_HEADERS,
  type HostileDataset,
  NUL_PAYLOAD,
  PAYLOAD_IDS,
  type PayloadId,
} from './fixtures/hostile/hostileFixtures';

const FIXTURES = resolve(import.meta.dirname, 'fixtures', 'hostile');
/** The events file is imported under a hostile name: it shows in headings, the loads list and a download name. */
const HOSTILE_FILE_NAME = '"><img src=x onerror=window.__pwned=7>.csv';
const STARTUP_TIMEOUT = 90_000;

const vi = (key: MessageKey, params?: Readonly<Record<string, string | number>>) =>
  translate('vi', key, params);
const ALL_PAYLOADS = PAYLOAD_IDS.map((id) => HOSTILE[id]);
/** What a spreadsheet runs as a formula (the test's own statement of it, not the app's). */
const FORMULA_CELL = /^(?:[\t\r]|\s*[=+\-@＝＋－＠])/;

interface Trap {
  readonly injected: string[];
  readonly violations: string[];
}

/**
 * Runs in every document before the app: records any element that markup from a file would have
 * produced (event-handler attributes, javascript: URLs, iframes, a script or style with a payload,
 * <img src=x>) and CSP violations — so the test fails on injected markup even where a Content Security
 * Policy would stop it from running.
 */
function installTrap() {
  const trap = { injected: [] as string[], violations: [] as string[] };
  (window as unknown as { __hostileTrap: typeof trap }).__hostileTrap = trap;
  document.addEventListener('securitypolicyviolation', (e) => {
    trap.violations.push(`${e.violatedDirective} ${e.blockedURI}`);
  });
  const check = (el: Element) => {
    const tag = el.tagName.toLowerCase();
    const text = el.textContent ?? '';
    if (['iframe', 'object', 'embed', 'frame', 'foreignobject'].includes(tag)) trap.injected.push(tag);
    if ((tag === 'script' || tag === 'style') && /__pwned|display:none\}/.test(text))
      trap.injected.push(`${tag}: ${text}`);
    if (tag === 'img' && el.getAttribute('src') === 'x') trap.injected.push('img src=x');
    for (const attribute of Array.from(el.attributes)) {
      if (/^on/i.test(attribute.name)) trap.injected.push(`${tag} ${attribute.name}`);
      if (
        /^(?:href|src|srcdoc|xlink:href|action|formaction|data)$/i.test(attribute.name) &&
        /javascript:|__pwned/i.test(attribute.value)
      )
        trap.injected.push(`${tag} ${attribute.name}=${attribute.value}`);
    }
  };
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes' && record.target instanceof Element) check(record.target);
      for (const node of Array.from(record.addedNodes)) {
        if (!(node instanceof Element)) continue;
        check(node);
        for (const el of Array.from(node.querySelectorAll('*'))) check(el);
      }
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
}

const browser = chromiumForFile();
const files = scratchDirForFile('ocop-hostile-');
// One page for the whole file: the tests follow the hostile files from the import screen through every page.
let watch: PageWatch;
let page: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  watch = await browser.openPage({ viewport: { width: 1366, height: 1000 } });
  page = watch.page;
  await watch.context.addInitScript(installTrap);
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return () => watch.context.close();
});

const fileName = (dataset: HostileDataset) => (dataset === 'events' ? HOSTILE_FILE_NAME : `${dataset}.csv`);
const cssString = (text: string) => `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
const session = (dataset: HostileDataset): Locator =>
  page.locator(`article.import-session[data-file=${cssString(fileName(dataset))}]`);

async function expectPhase(item: Locator, phase: string): Promise<void> {
  await expect.poll(() => item.getAttribute('data-phase'), { timeout: 30_000 }).toBe(phase);
}

/** The text of every cell of the tables matched by `selector`, row by row. */
function tableCells(scope: Page | Locator, selector: string): Promise<string[][]> {
  return scope
    .locator(selector)
    .evaluateAll((rows) => rows.map((tr) => Array.from(tr.children, (td) => td.textContent ?? '')));
}

async function download(click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path()) ?? '') };
}

/** A CSV the dashboard wrote, as a spreadsheet reads it: UTF-8 BOM off, cells split. */
function readCsv(bytes: Buffer, delimiter: string): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return Papa.parse<string[]>(bytes.toString('utf8').slice(1), { delimiter, newline: '\r\n' }).data.filter(
    (row) => row.join('') !== '',
  );
}

/** No cell a spreadsheet would run as a formula; each formula payload present, neutralized. */
function expectNeutralized(cells: readonly string[], formulas: readonly string[]) {
  expect(cells.filter((cell) => FORMULA_CELL.test(cell))).toEqual([]);
  for (const formula of formulas) expect(cells).toContain(`'${formula}`);
}

/** The tooltip ECharts shows over a chart: its text as the reader sees it. */
function tooltipText(chartId: string): Promise<string> {
  return page.evaluate((id) => {
    const dom = document.querySelector(`[data-chart="${id}"] .echarts-for-react`);
    const box = Array.from(dom?.children ?? []).find(
      (el) => (el as HTMLElement).style.zIndex === '9999999' && (el as HTMLElement).style.display !== 'none',
    );
    return box?.textContent ?? '';
  }, chartId);
}

/** Where to point in a chart: a timeline event by its date, or a bar's category at a value. */
type HoverTarget =
  | { readonly kind: 'date'; readonly seriesId: string; readonly date: string }
  | {
      readonly kind: 'category';
      readonly category: string;
      readonly value: number;
    };

/** Waits until a chart draws the series with this id (the option is replaced as the page's data arrives). */
async function waitForSeries(chartId: string, seriesId: string): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(
          ({ chartId, seriesId }) => {
            const dom = document.querySelector(`[data-chart="${chartId}"] .echarts-for-react`) as
              | (HTMLElement & { ocopChart?: { getOption(): { series?: { id: string }[] } } })
              | null;
            return dom?.ocopChart?.getOption().series?.some((s) => s.id === seriesId) ?? false;
          },
          { chartId, seriesId },
        ),
      { timeout: 30_000 },
    )
    .toBe(true);
  // Point at the marks once they stand still (bars grow in).
  await chartsStill(page, `[data-chart="${chartId}"]`);
}

/** Moves the mouse to a chart's data point (the pixel ECharts computes) and returns the tooltip's text. */
async function hover(chartId: string, target: HoverTarget): Promise<string> {
  await page.locator(`[data-chart="${chartId}"]`).scrollIntoViewIfNeeded();
  const point = await page.evaluate(
    ({ chartId, target }) => {
      const dom = document.querySelector(`[data-chart="${chartId}"] .echarts-for-react`) as HTMLElement & {
        ocopChart: {
          getOption(): {
            series: { id: string; data: { value: unknown[] }[] }[];
            xAxis: { data?: string[] }[];
          };
          convertToPixel(finder: object, value: unknown): number[];
        };
      };
      const option = dom.ocopChart.getOption();
      const at =
        target.kind === 'date'
          ? option.series.find((s) => s.id === target.seriesId)?.data.find((d) => d.value[0] === target.date)
              ?.value
          : [option.xAxis[0]?.data?.indexOf(target.category), target.value];
      // A timeline point converts through its series, a bar's category and value through the grid.
      const finder = target.kind === 'date' ? { seriesId: target.seriesId } : { gridIndex: 0 };
      const [x, y] = dom.ocopChart.convertToPixel(finder, at);
      const rect = dom.getBoundingClientRect();
      return { x: rect.left + (x ?? 0), y: rect.top + (y ?? 0) };
    },
    { chartId, target },
  );
  await page.mouse.move(point.x - 40, point.y - 40);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  await expect.poll(() => tooltipText(chartId), { timeout: 5_000 }).not.toBe('');
  return tooltipText(chartId);
}

/** An SVG export as a parser reads it, in a blank page of the same browser (DOMParser runs nothing). */
async function parseSvg(text: string, screenshot: string) {
  const blank = await watch.context.newPage();
  try {
    // As an image (which runs nothing), for a look at the press picture.
    await blank.setViewportSize({ width: 1200, height: 675 });
    await blank.setContent(
      `<body style="margin:0"><img src="data:image/svg+xml;base64,${Buffer.from(text).toString('base64')}" width="1200"></body>`,
    );
    await blank.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await blank.screenshot({ path: screenshotPath(screenshot) });
    return await blank.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const all = Array.from(doc.getElementsByTagName('*'));
      return {
        parseError: doc.getElementsByTagName('parsererror').length > 0,
        root: doc.documentElement.localName,
        tags: [...new Set(all.map((el) => el.localName))].sort(),
        handlers: all.flatMap((el) =>
          Array.from(el.attributes)
            .filter((a) => /^on/i.test(a.name) || /javascript:/i.test(a.value))
            .map((a) => `${el.localName} ${a.name}`),
        ),
        // A <text> holds its <tspan>s: each drawn line once.
        texts: all
          .filter((el) => ['text', 'title', 'desc'].includes(el.localName))
          .map((el) => el.textContent ?? ''),
      };
    }, text);
  } finally {
    await blank.close();
  }
}

/** Tags ECharts' SVG renderer and the export write; anything else would have come from data. */
const SVG_TAGS = [
  'circle',
  'clipPath',
  'defs',
  'desc',
  'ellipse',
  'g',
  'line',
  'linearGradient',
  'path',
  'pattern',
  'polygon',
  'polyline',
  'radialGradient',
  'rect',
  'stop',
  'style',
  'svg',
  'text',
  'title',
  'tspan',
];

async function exportSvg(chartId: string) {
  const card = page.locator(`[data-chart="${chartId}"]`);
  await card.locator('.export-menu-button').click();
  const { name, bytes } = await download(() =>
    card.getByRole('dialog').locator('[data-export="svg"]').click(),
  );
  expect(name).toMatch(/^[a-z-]+-\d+x\d+\.svg$/);
  const svg = await parseSvg(bytes.toString('utf8'), `hostile-${chartId}-svg.png`);
  expect(svg.parseError).toBe(false);
  expect(svg.root).toBe('svg');
  expect(svg.tags.filter((tag) => !SVG_TAGS.includes(tag))).toEqual([]);
  expect(svg.handlers).toEqual([]);
  // Lines are wrapped at spaces: joined with one, a wrapped source reads as written.
  return svg.texts.join(' ');
}

async function goToView(label: MessageKey, ready: string) {
  await page
    .getByRole('navigation')
    .getByRole('button', { name: vi(label), exact: true })
    .click();
  await page.locator(ready).first().waitFor({ timeout: 60_000 });
}

const payloadsOf = (ids: readonly PayloadId[]) => ids.map((id) => HOSTILE[id]);

describe('text from hostile files', () => {
  it('has fixtures that match their generator', () => {
    for (const dataset of HOSTILE_DATASETS) {
      expect(readFileSync(join(FIXTURES, `${dataset}.csv`), 'utf8'), dataset).toBe(HOSTILE_FILES[dataset]);
      copyFileSync(join(FIXTURES, `${dataset}.csv`), files.path(fileName(dataset)));
    }
  });

  it('shows headers and values literally on the mapping screen and in the validation report; its CSV is neutralized', async () => {
    await page.goto(`${inject('baseUrl')}?view=data`);
    await page.locator('table.data-loads tbody tr').first().waitFor({ timeout: STARTUP_TIMEOUT });
    await page
      .locator('.file-picker input[type="file"]')
      .setInputFiles(HOSTILE_DATASETS.map((dataset) => files.path(fileName(dataset))));
    for (const dataset of HOSTILE_DATASETS) await expectPhase(session(dataset), 'mapping');

    // The mapping screen of the OCOP file: hostile headers as options and column heads, payloads as cells.
    const ocop = session('ocop_products');
    const options = await ocop.locator('select option').allTextContents();
    expect(options).toContain(HOSTILE_HEADERS.notes);
    expect(options).toContain(HOSTILE_HEADERS.formula);
    const heads = await ocop
      .locator('table.import-preview thead th')
      .evaluateAll((ths) => ths.map((th) => th.firstChild?.textContent ?? ''));
    expect(heads).toEqual(expect.arrayContaining([HOSTILE_HEADERS.notes, HOSTILE_HEADERS.formula]));
    const preview = (await tableCells(ocop, 'table.import-preview tbody tr')).flat();
    // Rows 1–10 put payloads 0–13 in the text columns (each column starts elsewhere in the list).
    for (const id of PAYLOAD_IDS.slice(0, 14)) expect(preview, id).toContain(HOSTILE[id]);
    expect(await ocop.textContent()).toContain(
      vi('importUnusedHeaders', { headers: `${HOSTILE_HEADERS.notes}, ${HOSTILE_HEADERS.formula}` }),
    );
    await ocop.scrollIntoViewIfNeeded();
    await ocop.screenshot({ path: screenshotPath('hostile-mapping.png') });

    // The MoU file's count sits under a hostile header: mapped by hand, as a user would.
    const mous = session('mous');
    await mous
      .getByLabel(vi('columnCount'), { exact: true })
      .selectOption({ label: HOSTILE_HEADERS.formula });
    // The hostile file name heads its session, as written.
    expect(await session('events').locator('h4').first().textContent()).toBe(
      vi('importMappingTitle', { file: HOSTILE_FILE_NAME }),
    );

    for (const dataset of HOSTILE_DATASETS) {
      const item = session(dataset);
      await item.getByRole('button', { name: vi('importCheckFile') }).click();
      await expectPhase(item, 'report');
      const figure = async (id: string) =>
        Number(await item.locator(`[data-figure="${id}"]`).getAttribute('data-value'));
      expect([await figure('load'), await figure('rejected')], dataset).toEqual([
        HOSTILE_COUNTS[dataset].load,
        HOSTILE_COUNTS[dataset].rejected,
      ]);
    }

    const rejected = (dataset: HostileDataset) =>
      tableCells(session(dataset), 'table.import-rejected tbody tr');
    // The rejected rows follow the valid ones, after the header (row 1).
    const row = (dataset: HostileDataset, n: number) => String(HOSTILE_COUNTS[dataset].load + 2 + n);
    const ocopRow = (n: number) => row('ocop_products', n);
    expect((await rejected('ocop_products')).map((cells) => cells.slice(0, 3))).toEqual([
      [ocopRow(0), 'province', HOSTILE.img],
      [ocopRow(1), 'star', HOSTILE.script],
      [ocopRow(2), 'year', HOSTILE.hyperlink],
      [ocopRow(2), 'product_group', HOSTILE.svg],
      [ocopRow(2), 'producer_type', HOSTILE.rich],
      [ocopRow(2), 'data_kind', HOSTILE.iframe],
      [ocopRow(3), 'count', HOSTILE.plus],
    ]);
    const mouRejections = await rejected('mous');
    // The rows that made it to the MoU table: 16 valid rows, then the rejected ones from row 18.
    const mouRow = (n: number) => String(PAYLOAD_IDS.length + 2 + n);
    expect(mouRejections.map((cells) => cells.slice(0, 3))).toEqual([
      [mouRow(0), 'date', HOSTILE.link],
      [mouRow(1), 'party_a_province', HOSTILE.svg],
      [mouRow(1), 'party_b_province', HOSTILE.bidi],
      [mouRow(1), 'mou_type', HOSTILE.style],
      [mouRow(1), HOSTILE_HEADERS.formula, HOSTILE.at],
      [mouRow(2), HOSTILE_HEADERS.formula, HOSTILE.hyperlink],
    ]);
    // Quoted in a reason, the override is isolated: the rest of the sentence reads left to right.
    expect(mouRejections[2]?.[3]).toContain(`"\u2068${HOSTILE.bidi}\u2069": `);
    await mous.scrollIntoViewIfNeeded();
    await mous.screenshot({ path: screenshotPath('hostile-report.png') });

    // The downloadable report: every cell a formula would start is neutralized.
    const report = await download(() =>
      mous.getByRole('button', { name: vi('importDownloadReport') }).click(),
    );
    expect(report.name).toBe('bao-cao-kiem-tra-mous.csv');
    const reportCells = readCsv(report.bytes, ';').flat();
    expectNeutralized(reportCells, [HOSTILE_HEADERS.formula, HOSTILE.at, HOSTILE.hyperlink]);
    expect(reportCells).toContain(HOSTILE.link);
    // A report named after the hostile file: a plain file name.
    const eventsReport = await download(() =>
      session('events')
        .getByRole('button', { name: vi('importDownloadReport') })
        .click(),
    );
    expect(eventsReport.name).toMatch(/^bao-cao-kiem-tra-[\p{L}\p{N}._()-]+\.csv$/u);

    for (const dataset of HOSTILE_DATASETS) {
      const item = session(dataset);
      await item
        .getByRole('button', { name: vi('importLoadValid', { count: HOSTILE_COUNTS[dataset].load }) })
        .click();
      await expectPhase(item, 'loaded');
    }
    // The loads list names the hostile file as written.
    await expect
      .poll(async () => (await tableCells(page, 'table.data-loads tbody tr')).map((cells) => cells[1]))
      .toContain(HOSTILE_FILE_NAME);
  });

  it('names sources on the overview, and draws the map, province table and yearly report', async () => {
    await goToView('viewOverview', '.overview[data-rendered-filters]:not(.overview-snapshot)');
    const caption = page.locator('[data-chart="ocop-by-star"] figcaption.chart-source');
    // OCOP sources are every payload (the third text column); each reads literally in the source line.
    await expect.poll(() => caption.textContent(), { timeout: 15_000 }).toContain(HOSTILE.script);
    const sources = (await caption.textContent()) ?? '';
    for (const id of PAYLOAD_IDS) {
      if (id !== 'bidi' && id !== 'long') expect(sources).toContain(HOSTILE[id]);
    }
    // The override is isolated (FSI…PDI), so it cannot reorder the sources after it; the 5,000
    // characters are cut to 200, so the chart is not buried under them.
    expect(sources).toContain(`\u2068${HOSTILE.bidi}\u2069`);
    expect(sources).toContain(`${HOSTILE.long.slice(0, 199)}…`);
    expect(sources).not.toContain(HOSTILE.long.slice(0, 250));
    await page.screenshot({ path: screenshotPath('hostile-overview.png'), fullPage: true });

    await goToView('mapNav', '[data-chart="province-map"] canvas');
    await goToView('provincesNav', '[data-testid="provinces-table"] tbody tr');
    await goToView('reportNav', '.report-sheet [data-chart] svg');
  });

  it('lists every payload literally on the province page', async () => {
    await page.goto(`${inject('baseUrl')}?view=province&layout=63&focus=87`);
    await page
      .locator('[data-section="province-events"] table tbody tr')
      .first()
      .waitFor({ timeout: STARTUP_TIMEOUT });
    // The hostile files are uploads: they come back just after the page is first usable.
    await page.locator('main[aria-busy="false"]').waitFor({ timeout: STARTUP_TIMEOUT });
    await expect
      .poll(async () => {
        const shown = await page.locator('.province-source-text').allTextContents();
        return ALL_PAYLOADS.filter((payload) => !shown.includes(payload));
      })
      .toEqual([]);
    const cells = (await tableCells(page, '.province-table tbody tr')).flat();
    const sources = await page.locator('.province-source-text').allTextContents();
    for (const payload of ALL_PAYLOADS) {
      // MoU event, parties, distributor, event name: table cells; sources: the source cells.
      expect(cells, payload.slice(0, 40)).toContain(payload);
      expect(sources, payload.slice(0, 40)).toContain(payload);
    }
    await page.screenshot({ path: screenshotPath('hostile-province.png'), fullPage: true });
  });

  it('shows event names in the timeline’s tooltips and table, and exports a clean SVG', async () => {
    await goToView('linkagesNav', '[data-testid="linkages-events"] tbody tr');
    await waitForSeries('event-timeline', 'real');
    const names = (await tableCells(page, '[data-testid="linkages-events"] tbody tr')).map(
      (cells) => cells[1] ?? '',
    );
    for (const payload of ALL_PAYLOADS) expect(names.some((name) => name.startsWith(payload))).toBe(true);

    // Events are 21 days apart from 5 January 2024, in payload order: hover a few by their date.
    const hostileDay = (i: number) => new Date(Date.UTC(2024, 0, 5 + 21 * i)).toISOString().slice(0, 10);
    for (const id of ['img', 'iframe', 'svgScript', 'rich', 'bidi', 'long'] as const) {
      const date = hostileDay(PAYLOAD_IDS.indexOf(id));
      const text = await hover('event-timeline', { kind: 'date', seriesId: 'real', date });
      const shown = id === 'long' ? `${HOSTILE.long.slice(0, 299)}…` : HOSTILE[id];
      expect(text, id).toContain(id === 'bidi' ? `\u2068${shown}\u2069` : shown);
      if (id === 'long') expect(text).not.toContain(HOSTILE.long.slice(0, 400));
      if (id === 'img') {
        // Its source (the next payload) too; and the box stays inside the page.
        expect(text).toContain(HOSTILE.script);
        await page.screenshot({ path: screenshotPath('hostile-timeline-tooltip.png') });
      }
    }
    const svgText = await exportSvg('event-timeline');
    expect(svgText).toContain(vi('linkagesTimelineTitle'));
    // The footer names the real events' sources, these among them, as text.
    for (const id of ['script', 'jsUrl', 'svg', 'link']) expect(svgText).toContain(HOSTILE[id as PayloadId]);
  });

  it('names the hostile distributor in the tooltip and the exported SVG', async () => {
    await goToView('distributionNav', '[data-chart="distribution-distributors"] canvas');
    await waitForSeries('distribution-distributors', HOSTILE.img);
    const text = await hover('distribution-distributors', {
      kind: 'category',
      category: '2024',
      value: 250,
    });
    expect(text).toContain(`${HOSTILE.img}: 500`);
    await page.screenshot({ path: screenshotPath('hostile-distribution-tooltip.png') });
    const svgText = await exportSvg('distribution-distributors');
    // The legend draws the name, the <desc> (alt text) names it as the largest part.
    expect(svgText.split(HOSTILE.img).length - 1).toBeGreaterThanOrEqual(2);
    // Sources in the footer, as text: markup, and the control-character source without the characters
    // XML cannot carry (left in, no parser would open the file).
    for (const id of ['iframe', 'script', 'svgScript', 'hyperlink'] as const)
      expect(svgText).toContain(HOSTILE[id]);
    expect(svgText).toContain('Chuông Esc Xóa\u007F Đầu');
  });

  it('shows payload columns in the SQL console and neutralizes its CSV', async () => {
    await goToView('sqlNav', '[data-testid="sql-editor"]');
    const editor = page.getByTestId('sql-editor');
    await editor.fill(
      `SELECT product_name AS "${HOSTILE.img.replace('1>', '31>')}", producer,
              source AS "=HYPERLINK(""http://x"",""h"")"
         FROM ocop_products WHERE province_code = '87' AND year = 2024 AND producer IS NOT NULL
        ORDER BY count`,
    );
    await editor.press('Control+Enter');
    const grid = page.getByTestId('sql-grid');
    await grid.waitFor();
    const heads = await grid
      .locator('thead th')
      .evaluateAll((ths) => ths.map((th) => th.firstChild?.textContent));
    expect(heads).toEqual([
      '<img src=x onerror=window.__pwned=31>',
      'producer',
      '=HYPERLINK("http://x","h")',
    ]);
    const cells = (await tableCells(page, '[data-testid="sql-grid"] tbody tr')).flat();
    for (const payload of [...ALL_PAYLOADS, NUL_PAYLOAD])
      expect(cells, payload.slice(0, 40)).toContain(payload);
    await page.screenshot({ path: screenshotPath('hostile-sql.png') });

    const csv = await download(() => page.getByRole('button', { name: vi('sqlExportCsv') }).click());
    const rows = readCsv(csv.bytes, ';');
    expect(rows[0]).toEqual([
      '<img src=x onerror=window.__pwned=31>',
      'producer',
      `'=HYPERLINK("http://x","h")`,
    ]);
    const body = rows.slice(1).flat();
    expectNeutralized(body, payloadsOf(FORMULA_PAYLOADS));
    for (const payload of ALL_PAYLOADS) {
      if (!FORMULA_PAYLOADS.some((id) => HOSTILE[id] === payload)) expect(body).toContain(payload);
    }
  });

  it('ran nothing, opened no dialog, built no element from the files, and stayed on localhost', async () => {
    await goToView('viewData', 'table.data-loads tbody tr');
    // An <img onerror> fires after its image fails: give any that slipped through the time to. A fixed
    // wait on purpose: this checks that nothing happens, and there is no event to wait for.
    await page.waitForTimeout(300);
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      trap: (window as unknown as { __hostileTrap: Trap }).__hostileTrap,
      hidden: getComputedStyle(document.body).display === 'none',
    }));
    expect(state.pwned).toBeNull();
    expect(state.trap.injected).toEqual([]);
    expect(state.trap.violations).toEqual([]);
    expect(state.hidden).toBe(false);
    expect(dialogs).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });
});
