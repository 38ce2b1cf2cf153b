/**
 * Renders a chart's press image in the browser: PNG through an offscreen canvas chart, SVG through
 * ECharts' server-side-rendering mode (a string, no DOM). Loaded on the first export only, with the
 * graphic component and the fonts it needs, so the first screen stays small.
 */

import latin400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-400-normal.woff2?url';
import latin600 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-600-normal.woff2?url';
import vietnamese400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-400-normal.woff2?url';
import vietnamese600 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-600-normal.woff2?url';
import type { EChartsOption } from 'echarts';
import { GraphicComponent, TitleComponent } from 'echarts/components';
import type { Lang } from '../../i18n/messages';
import { echarts } from '../echarts';
import { FONT_FAMILY } from '../theme';
import { type DepartmentSettings, hasDepartment } from './departmentSettings';
import { layoutZoom, type PressLogo, type PressMeta, pressOption, pressTexts } from './pressOption';
import { finishSvg, fontFaceCss, type SvgFontFace, toBase64 } from './svgDocument';
import type { MeasureText } from './wrapText';

// The press image's title and subtitle (pressOption) and its drawn texts and logo.
echarts.use([GraphicComponent, TitleComponent]);

export interface ChartExportRequest {
  /** The on-screen option, from the chart's option builder. */
  readonly option: EChartsOption;
  readonly title: string;
  readonly subtitle: string;
  readonly source: string;
  readonly dataDate: string;
  readonly altText: string;
  readonly department: DepartmentSettings;
  readonly decal: boolean;
  readonly lang: Lang;
}

export interface RenderedImage {
  readonly blob: Blob;
  /** Pixel size of the file. */
  readonly width: number;
  readonly height: number;
  /** The press texts of the option ECharts drew (title, subtitle, source, date, department). */
  readonly texts: readonly string[];
}

const FAMILY = 'Be Vietnam Pro';
// The subsets' ranges as @fontsource declares them (vietnamese-*.css, latin-*.css).
const VIETNAMESE_RANGE =
  'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB';
const LATIN_RANGE =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const FONT_FILES = [
  { url: vietnamese400, weight: 400, unicodeRange: VIETNAMESE_RANGE },
  { url: latin400, weight: 400, unicodeRange: LATIN_RANGE },
  { url: vietnamese600, weight: 600, unicodeRange: VIETNAMESE_RANGE },
  { url: latin600, weight: 600, unicodeRange: LATIN_RANGE },
] as const;

/**
 * The canvas draws with whatever font is loaded at that moment: load both weights, Vietnamese subset
 * included (a sample with Vietnamese letters selects it by unicode-range), before measuring or drawing.
 */
async function fontsReady(): Promise<void> {
  const sample = 'Sản phẩm OCOP Hà Nội Đồng Tháp ƯưƠơĂă 0123';
  await Promise.all(
    ['400', '600'].map((weight) => document.fonts.load(`${weight} 16px "${FAMILY}"`, sample)),
  );
  await document.fonts.ready;
}

function canvasMeasure(): MeasureText {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) throw new Error('canvas 2D unavailable');
  return (text, { size, weight }) => {
    context.font = `${weight} ${size}px ${FONT_FAMILY}`;
    return context.measureText(text).width;
  };
}

async function loadLogo(
  dataUrl: string,
): Promise<{ element: HTMLImageElement; width: number; height: number }> {
  const element = new Image();
  element.src = dataUrl;
  await element.decode();
  // An SVG without width/height reports no natural size: assume a wide mark.
  return { element, width: element.naturalWidth || 240, height: element.naturalHeight || 120 };
}

async function pressMeta(
  request: ChartExportRequest,
  width: number,
  height: number,
  logoFor: 'canvas' | 'svg',
): Promise<PressMeta> {
  const { department } = request;
  let logo: PressLogo | null = null;
  if (department.logo) {
    const loaded = await loadLogo(department.logo);
    // The canvas needs a decoded image to draw synchronously; the SVG file needs the data URL itself.
    logo = {
      image: logoFor === 'canvas' ? loaded.element : department.logo,
      width: loaded.width,
      height: loaded.height,
    };
  }
  return {
    title: request.title,
    subtitle: request.subtitle,
    source: request.source,
    dataDate: request.dataDate,
    department: hasDepartment(department) ? { name: department.name, logo } : null,
    width,
    height,
    decal: request.decal,
  };
}

/** A data: URL (what ECharts' getDataURL returns) → its bytes as a Blob, without a network request. */
export function dataUrlToBlob(dataUrl: string): Blob {
  const match = /^data:([^;,]+)(;base64)?,(.*)$/s.exec(dataUrl);
  if (!match) throw new Error('not a data: URL');
  const [, type = 'application/octet-stream', base64, payload = ''] = match;
  if (!base64) return new Blob([decodeURIComponent(payload)], { type });
  const binary = atob(payload);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}

const ECHARTS_LOCALE: Readonly<Record<Lang, string>> = { vi: 'VI', en: 'EN' };

export async function renderPng(
  request: ChartExportRequest,
  size: { readonly width: number; readonly height: number },
  pixelRatio: number,
): Promise<RenderedImage> {
  await fontsReady();
  const zoom = layoutZoom(size.width, size.height);
  const width = size.width / zoom;
  const height = size.height / zoom;
  const ratio = pixelRatio * zoom;
  const meta = await pressMeta(request, width, height, 'canvas');
  const { option } = pressOption(request.option, meta, canvasMeasure());
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = `position:fixed;left:-100000px;top:0;width:${width}px;height:${height}px;pointer-events:none`;
  document.body.append(host);
  const chart = echarts.init(host, null, {
    renderer: 'canvas',
    width,
    height,
    devicePixelRatio: ratio,
    locale: ECHARTS_LOCALE[request.lang],
  });
  try {
    chart.setOption(option, { notMerge: true });
    const texts = pressTexts(chart.getOption() as EChartsOption);
    const url = chart.getDataURL({ type: 'png', pixelRatio: ratio, backgroundColor: '#ffffff' });
    return {
      blob: dataUrlToBlob(url),
      width: size.width * pixelRatio,
      height: size.height * pixelRatio,
      texts,
    };
  } finally {
    chart.dispose();
    host.remove();
  }
}

async function embeddedFonts(): Promise<SvgFontFace[]> {
  return Promise.all(
    FONT_FILES.map(async (file) => {
      const response = await fetch(file.url);
      if (!response.ok) throw new Error(`font ${file.url}: HTTP ${response.status}`);
      return {
        family: FAMILY,
        weight: file.weight,
        unicodeRange: file.unicodeRange,
        woff2Base64: toBase64(new Uint8Array(await response.arrayBuffer())),
      };
    }),
  );
}

export async function renderSvg(
  request: ChartExportRequest,
  size: { readonly width: number; readonly height: number },
): Promise<RenderedImage & { readonly text: string }> {
  const [fonts] = await Promise.all([embeddedFonts(), fontsReady()]);
  const zoom = layoutZoom(size.width, size.height);
  const width = size.width / zoom;
  const height = size.height / zoom;
  const meta = await pressMeta(request, width, height, 'svg');
  const { option } = pressOption(request.option, meta, canvasMeasure());
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width,
    height,
    locale: ECHARTS_LOCALE[request.lang],
  });
  try {
    chart.setOption(option, { notMerge: true });
    const texts = pressTexts(chart.getOption() as EChartsOption);
    const text = finishSvg(chart.renderToSVGString(), {
      title: request.title,
      description: request.altText,
      width: size.width,
      height: size.height,
      lang: request.lang,
      css: fontFaceCss(fonts),
    });
    return {
      blob: new Blob([text], { type: 'image/svg+xml;charset=utf-8' }),
      width: size.width,
      height: size.height,
      texts,
      text,
    };
  } finally {
    chart.dispose();
  }
}
