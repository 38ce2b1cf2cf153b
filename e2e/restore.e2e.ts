/**
 * Start-up with uploads kept in the browser: the page is usable on the bundled data first, says that the
 * user's files are coming back, then shows them (issue 16: restored after the first interactive frame).
 */
import { writeFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { chromiumForFile, scratchDirForFile } from './fixtures';
import { shownKpis } from './kpiCards';
import { LIVE_OVERVIEW } from './overviewPage';

const browser = chromiumForFile();
const files = scratchDirForFile('ocop-restore-');
const STARTUP_TIMEOUT = 60_000;

/** What the page showed while it started, seen from inside it on every frame. */
const START_WATCH = `
  window.__start = { liveOverview: null, noticeShown: null, noticeGone: null, notBusy: null, mousAtFirstLive: null };
  const watch = () => {
    const now = performance.now();
    const s = window.__start;
    const live = document.querySelector(${JSON.stringify(LIVE_OVERVIEW)});
    if (s.liveOverview === null && live) {
      s.liveOverview = now;
      s.mousAtFirstLive = document.querySelector('[data-testid="kpi-mous"]')?.getAttribute('data-value') ?? null;
    }
    const notice = document.querySelector('.restoring-uploads');
    if (s.noticeShown === null && notice) s.noticeShown = now;
    if (s.noticeShown !== null && s.noticeGone === null && !notice) s.noticeGone = now;
    if (s.notBusy === null && document.querySelector('main[aria-busy="false"]')) s.notBusy = now;
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
`;

interface StartWatch {
  liveOverview: number | null;
  noticeShown: number | null;
  noticeGone: number | null;
  notBusy: number | null;
  mousAtFirstLive: string | null;
}

describe('start-up with uploads kept in this browser', () => {
  it('is usable on the bundled data first, says the uploads are coming, then shows them', async () => {
    const watch = await browser.openPage();
    const { page, context } = watch;
    await page.goto(inject('baseUrl'));
    await page.locator(LIVE_OVERVIEW).waitFor({ timeout: STARTUP_TIMEOUT });
    const bundled = (await shownKpis(page)).mous;

    // One MoU between Đồng Tháp and HCMC, uploaded through the Data view as a user does it.
    const mou = files.path('mou.csv');
    writeFileSync(
      mou,
      'Ngày ký,Bên A,Tỉnh bên A,Bên B,Tỉnh bên B,Loại biên bản\n05/03/2026,Sở Công Thương Đồng Tháp,Đồng Tháp,Saigon Co.op,TP.HCM,Chính quyền – doanh nghiệp\n',
    );
    await page.getByRole('button', { name: 'Dữ liệu' }).click();
    await page.locator('.file-picker input[type="file"]').setInputFiles(mou);
    const item = page.locator('article.import-session[data-file="mou.csv"]');
    await expect.poll(() => item.getAttribute('data-phase'), { timeout: 30_000 }).toBe('mapping');
    await item.getByRole('button', { name: 'Kiểm tra toàn bộ tệp' }).click();
    await expect.poll(() => item.getAttribute('data-phase'), { timeout: 30_000 }).toBe('report');
    await item.getByRole('button', { name: /^Nạp [\d.]+ dòng hợp lệ$/ }).click();
    await expect.poll(() => item.getAttribute('data-phase'), { timeout: 30_000 }).toBe('loaded');
    await page.getByRole('button', { name: 'Tổng quan' }).click();
    await page.locator(LIVE_OVERVIEW).waitFor({ timeout: STARTUP_TIMEOUT });
    const withUpload = (await shownKpis(page)).mous;
    expect(withUpload).not.toBe(bundled);

    // A new visit in the same browser: the uploads are in its IndexedDB.
    const again = await context.newPage();
    await again.addInitScript(START_WATCH);
    await again.goto(inject('baseUrl'));
    await again.locator('main[aria-busy="false"]').waitFor({ timeout: STARTUP_TIMEOUT });
    await expect.poll(async () => (await shownKpis(again)).mous, { timeout: 30_000 }).toBe(withUpload);
    const seen = (await again.evaluate('window.__start')) as StartWatch;

    // Usable first, on the bundled data; the notice shown meanwhile and gone once the uploads are in.
    expect(seen.liveOverview).not.toBeNull();
    expect(seen.mousAtFirstLive === null ? null : Number(seen.mousAtFirstLive)).toBe(bundled);
    expect(seen.noticeShown).not.toBeNull();
    expect(seen.noticeGone).not.toBeNull();
    expect(seen.liveOverview ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(seen.noticeGone ?? 0);
    expect(seen.notBusy ?? 0).toBeGreaterThanOrEqual(seen.liveOverview ?? Number.POSITIVE_INFINITY);
    await again.close();
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  }, 180_000);
});
