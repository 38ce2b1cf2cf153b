/**
 * Text from users' files in every chart builder that shows it: tooltips (HTML), rich-text labels, legends,
 * and the exported SVG. The browser side (no script runs, the text reads literally) is
 * e2e/hostile.e2e.ts; here each builder's output is checked as the string ECharts will use.
 */
import type { EChartsOption } from 'echarts';
import { describe, expect, it } from 'vitest';
import { parseRichText } from 'zrender/lib/graphic/helper/parseText.js';
import { echarts } from './echarts';
import { escapeHtml, stripXmlForbidden } from './escapeHtml';
import { eventTimelineOption, type TimelineEvent } from './event-timeline/option';
import { pressOption } from './export/pressOption';
import { pressSourceLine } from './export/pressText';
import { finishSvg } from './export/svgDocument';
import { mouSankeyOption } from './mou-sankey/option';
import { distributionByYearOption } from './stackedByYearOption';

type Formatter = (p: unknown) => string;

const IMG = '<img src=x onerror=window.__pwned=1>';
const SCRIPT = '<script>window.__pwned=2</script>';
const IFRAME = '"><iframe srcdoc="<script>parent.__pwned=6</script>">';
const RICH = '{a|b} {name|x}}{value|9}';
const BIDI = '\u202Egnp.exe';
const CONTROLS = 'Bell\u0007Esc\u001BDel\u007FVt\u000B';
const LONG = `Dài${'x'.repeat(5000)}`;
const MARKUP = [IMG, SCRIPT, IFRAME];

/** The tags of a markup string, with their attribute names. */
const tagsOf = (markup: string) =>
  [...markup.matchAll(/<\/?([A-Za-z][\w:-]*)([^>]*)>/g)].map((m) => ({
    tag: m[1] ?? '',
    attributes: [...(m[2] ?? '').matchAll(/\s([^\s=/]+)=/g)].map((a) => a[1] ?? ''),
  }));

/**
 * An HTML tooltip holds only the tooltip's own elements (div, b, br, span with a style): the payloads'
 * markup arrives as entities, so none of it is an element or an attribute.
 */
function expectInert(html: string) {
  for (const payload of MARKUP) expect(html).not.toContain(payload);
  for (const { tag, attributes } of tagsOf(html)) {
    expect(['div', 'b', 'br', 'span']).toContain(tag);
    for (const attribute of attributes) expect(attribute).toBe('style');
  }
}

const sourceLabels = { sourceReal: 'Nguồn: số liệu thực', sourceIllustrative: 'Có dữ liệu minh họa' };

describe('tooltips with names from a file', () => {
  const distributors = [IMG, SCRIPT, IFRAME, RICH, BIDI, LONG];
  const option = distributionByYearOption({
    rows: distributors.map((key, i) => ({ year: 2024, key, products: 10 + i, illustrative: 0 })),
    categories: distributors.map((key) => ({ key, label: key, color: '#111111' })),
    other: { label: 'Khác', color: '#444444' },
    selectedYear: 2024,
    lang: 'vi',
    labels: { year: 'Năm', total: 'Tổng', unit: 'sản phẩm', ...sourceLabels },
    ariaTitle: 'x',
  });

  it('escapes distributors in the stacked bars’ tooltip, clips the long one, isolates the override', () => {
    const formatter = (option.tooltip as { formatter: Formatter }).formatter;
    const html = formatter(
      distributors.map((seriesName, i) => ({ name: '2024', seriesName, value: 10 + i, marker: '' })),
    );
    expectInert(html);
    for (const name of [IMG, SCRIPT, IFRAME, RICH]) expect(html).toContain(escapeHtml(name));
    expect(html).toContain(`\u2068${BIDI}\u2069: <b>14 sản phẩm</b>`);
    expect(html).toContain(`Dài${'x'.repeat(296)}…`);
    expect(html).not.toContain('x'.repeat(400));
  });

  it('cuts legend names to a width instead of letting one push the chart aside', () => {
    expect(option.legend).toMatchObject({ textStyle: { width: 300, overflow: 'truncate' } });
  });

  it('escapes event names and sources in the timeline’s tooltip', () => {
    const event: TimelineEvent = {
      date: '2024-05-03',
      name: IFRAME,
      hostLabel: 'Đồng Tháp',
      lane: 'other',
      provincesCount: null,
      participants: [],
      businesses: null,
      productsShown: 10,
      mousSigned: null,
      real: true,
      source: SCRIPT,
    };
    const timeline = eventTimelineOption({
      events: [event],
      lang: 'vi',
      labels: {
        lanes: { hcmc: 'TP.HCM', hanoi: 'Hà Nội', other: 'Khác' },
        real: 'Thực',
        illustrative: 'Minh họa',
        date: 'Ngày',
        host: 'Nơi tổ chức',
        provinces: 'Tỉnh',
        businesses: 'Doanh nghiệp',
        productsShown: 'Sản phẩm',
        mousSigned: 'Biên bản',
        source: 'Nguồn',
        notReported: 'không nêu',
        provincesUnit: 'tỉnh',
        businessesUnit: 'doanh nghiệp',
        productsUnit: 'sản phẩm',
        mousUnit: 'biên bản',
        ...sourceLabels,
      },
      ariaTitle: 'x',
    });
    const html = (timeline.tooltip as { formatter: Formatter }).formatter({ seriesId: 'real', dataIndex: 0 });
    expectInert(html);
    expect(html).toContain(`<b>${escapeHtml(IFRAME)}</b>`);
    expect(html).toContain(`Nguồn: <b>${escapeHtml(SCRIPT)}</b>`);
  });
});

describe('rich-text labels with names from a file', () => {
  it('draws a Sankey node’s name as written and its total in the total’s style', () => {
    const option = mouSankeyOption({
      flows: [RICH, IMG].map((name, i) => ({
        partnerKey: `63:${name}`,
        partnerLabel: name,
        hubKey: 'hcmc',
        mouType: 'gov_gov',
        mous: 5 + i,
        illustrative: 0,
      })),
      hubs: [{ key: 'hcmc', label: 'TP. Hồ Chí Minh' }],
      types: [{ key: 'gov_gov', label: 'Chính quyền – chính quyền', color: '#111111' }],
      topPartners: 5,
      selectedPartners: [],
      selectedHubs: [],
      lang: 'vi',
      labels: { others: (n) => `${n} khác`, total: 'Tổng', unit: 'biên bản', ...sourceLabels },
      ariaTitle: 'x',
    });
    const series = (option.series as { label: { formatter: Formatter; rich: Record<string, object> } }[])[0];
    const template = series?.label.formatter({ name: `partner:63:${RICH}` }) ?? '';
    const tokens = parseRichText(
      template,
      { rich: series?.label.rich ?? {} },
      null,
      null,
      'left',
    ).lines.flatMap((line) => line.tokens);
    expect(tokens.map((t) => t.text).join('')).toBe(`${RICH} 5`);
    expect(tokens.at(-1)).toMatchObject({ text: '5', styleName: 'value' });
    const tooltip = (option.tooltip as { formatter: Formatter }).formatter({
      dataType: 'node',
      name: `partner:63:${IMG}`,
    });
    expectInert(tooltip);
    expect(tooltip).toContain(escapeHtml(IMG));
  });
});

/** Tags ECharts' SVG renderer and finishSvg write; anything else would have come from data. */
const SVG_TAGS = new Set([
  'svg',
  'g',
  'path',
  'text',
  'tspan',
  'rect',
  'circle',
  'title',
  'desc',
  'style',
  'defs',
]);

describe('the exported SVG of a chart with names from a file', () => {
  it('carries the names as text only: known tags, no handlers, no control characters', () => {
    const distributors = [IMG, SCRIPT, IFRAME, CONTROLS];
    const screen = distributionByYearOption({
      rows: distributors.map((key, i) => ({ year: 2024, key, products: 10 + i, illustrative: 0 })),
      categories: distributors.map((key) => ({ key, label: key, color: '#111111' })),
      other: { label: 'Khác', color: '#444444' },
      selectedYear: null,
      lang: 'vi',
      labels: { year: 'Năm', total: 'Tổng', unit: 'sản phẩm', ...sourceLabels },
      ariaTitle: 'x',
    });
    const { option } = pressOption(screen, {
      title: 'Sản phẩm vào kênh phân phối',
      subtitle: 'Năm 2024',
      source: pressSourceLine([SCRIPT, CONTROLS, BIDI, LONG], true, 'vi'),
      dataDate: 'Xuất ngày 05/11/2026',
      width: 1200,
      height: 675,
    });
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 1200, height: 675 });
    chart.setOption(option as EChartsOption);
    const svg = finishSvg(chart.renderToSVGString(), {
      title: 'Sản phẩm',
      description: `Nhà phân phối: ${distributors.join(', ')}`,
      width: 1200,
      height: 675,
      lang: 'vi',
      css: '',
    });
    chart.dispose();

    const tags = tagsOf(svg.replace(/^<\?xml[^>]*>/, ''));
    expect(tags.filter(({ tag }) => !SVG_TAGS.has(tag)).map(({ tag }) => tag)).toEqual([]);
    expect(tags.flatMap(({ attributes }) => attributes.filter((a) => /^on/i.test(a)))).toEqual([]);
    expect(stripXmlForbidden(svg)).toBe(svg);
    // The legend (ECharts' own escaping) and the <desc> (ours) both carry the names as entities.
    for (const name of [IMG, SCRIPT]) {
      expect(svg.split(escapeHtml(name)).length - 1, name).toBeGreaterThanOrEqual(2);
    }
    expect(svg).toContain('BellEscDel\u007FVt');
  });
});

describe('the source line of a press image', () => {
  it('clips a huge source, isolates an override, and still says the data is illustrative', () => {
    const line = pressSourceLine([BIDI, LONG, 'Báo Sóc Trăng, 2020'], true, 'vi');
    expect(line.startsWith(`Nguồn: \u2068${BIDI}\u2069; Dài`)).toBe(true);
    expect(line).toContain('x…; Báo Sóc Trăng, 2020; dữ liệu minh họa');
    expect(line.length).toBeLessThan(400);
    const many = pressSourceLine(
      Array.from({ length: 40 }, (_, i) => `Nguồn số ${i} ${'y'.repeat(40)}`),
      true,
      'vi',
    );
    expect(many).toContain('; …; dữ liệu minh họa');
    expect(many.length).toBeLessThan(800);
  });
});
