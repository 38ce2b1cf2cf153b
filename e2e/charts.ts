import type { Page } from 'playwright-core';

/** The parts of an ECharts instance these waits use (the chart card exposes it as `ocopChart`). */
interface StillChart {
  on(event: 'finished', handler: () => void): void;
  off(event: 'finished', handler: () => void): void;
  getZr(): { refresh(): void };
}

/**
 * Waits until every chart in the cards `cards` matches has drawn its current option and stands still:
 * no animation running, no update pending. ECharts says so with its `finished` event, which fires after
 * a repaint; the wait asks for one, so a chart that is already still says so again.
 */
export async function chartsStill(page: Page, cards = '[data-chart]', timeout = 15_000): Promise<void> {
  const selector = `${cards} .echarts-for-react`;
  // The card's element is there before ECharts has started on it.
  await page.waitForFunction(
    (selector) => [...document.querySelectorAll(selector)].every((dom) => 'ocopChart' in dom),
    selector,
    { timeout },
  );
  await page.evaluate(
    ({ selector, timeout }) => {
      const charts = [...document.querySelectorAll(selector)].map(
        (dom) => (dom as unknown as { ocopChart: StillChart }).ocopChart,
      );
      return Promise.all(
        charts.map(
          (chart, i) =>
            new Promise<void>((resolve, reject) => {
              const finished = () => {
                clearTimeout(timer);
                chart.off('finished', finished);
                resolve();
              };
              const timer = setTimeout(() => {
                chart.off('finished', finished);
                reject(new Error(`chart ${i + 1} of ${selector} still moving after ${timeout} ms`));
              }, timeout);
              chart.on('finished', finished);
              chart.getZr().refresh();
            }),
        ),
      );
    },
    { selector, timeout },
  );
}

/** Waits until the web fonts are in and every chart on the page stands still: the page as a reader sees it. */
export async function pageStill(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await chartsStill(page);
}

/** Waits until no ECharts tooltip shows over the chart `chartId` (it fades out after the pointer leaves). */
export async function tooltipGone(page: Page, chartId: string): Promise<void> {
  await page.waitForFunction((chartId) => {
    const dom = document.querySelector(`[data-chart="${chartId}"] .echarts-for-react`);
    // ECharts' tooltip box is the chart element's child at z-index 9999999.
    return [...(dom?.children ?? [])].every(
      (el) =>
        (el as HTMLElement).style.zIndex !== '9999999' ||
        !el.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
    );
  }, chartId);
}
