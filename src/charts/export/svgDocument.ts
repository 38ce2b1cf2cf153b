/**
 * ECharts' SVG string → a file a designer can open anywhere: an XML declaration, the press size, a
 * <title> and <desc> (the alt text) for screen readers and file browsers, and the dashboard's font
 * embedded as base64 @font-face, so Vietnamese letters render with their diacritics without the font
 * installed. Pure string work; the fonts are fetched by the caller.
 *
 * ECharts escapes the text it draws as entities but passes through characters XML forbids (a control
 * character in a distributor's name): those are dropped, so the file always parses.
 */

import { escapeXml, stripXmlForbidden } from '../escapeHtml';

export interface SvgFontFace {
  readonly family: string;
  readonly weight: number;
  /** The subset's unicode-range, as in @fontsource's CSS. */
  readonly unicodeRange: string;
  readonly woff2Base64: string;
}

export { escapeXml };

export function fontFaceCss(faces: readonly SvgFontFace[]): string {
  return faces
    .map(
      (face) =>
        `@font-face{font-family:'${face.family}';font-style:normal;font-weight:${face.weight};` +
        `src:url(data:font/woff2;base64,${face.woff2Base64}) format('woff2');unicode-range:${face.unicodeRange};}`,
    )
    .join('\n');
}

export interface SvgFinish {
  readonly title: string;
  readonly description: string;
  /** The size the file announces (the press preset); the drawing keeps its own viewBox. */
  readonly width: number;
  readonly height: number;
  readonly lang: string;
  readonly css: string;
}

export function finishSvg(drawing: string, finish: SvgFinish): string {
  const svg = stripXmlForbidden(drawing);
  const open = /<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error('not an SVG document');
  let tag = open[0];
  const viewBox = /\bviewBox="[^"]*"/.test(tag);
  const setAttribute = (name: string, value: string) => {
    const pattern = new RegExp(`\\s${name}="[^"]*"`);
    const attribute = ` ${name}="${escapeXml(value)}"`;
    tag = pattern.test(tag) ? tag.replace(pattern, attribute) : tag.replace(/\s*>$/, `${attribute}>`);
  };
  if (!viewBox) {
    // Keep the drawing's coordinate system when the announced size changes.
    const w = /\swidth="([\d.]+)"/.exec(tag)?.[1];
    const h = /\sheight="([\d.]+)"/.exec(tag)?.[1];
    if (w && h) setAttribute('viewBox', `0 0 ${w} ${h}`);
  }
  setAttribute('width', String(finish.width));
  setAttribute('height', String(finish.height));
  setAttribute('role', 'img');
  setAttribute('aria-labelledby', 'press-title press-desc');
  setAttribute('xml:lang', finish.lang);
  const head =
    `<title id="press-title">${escapeXml(finish.title)}</title>` +
    `<desc id="press-desc">${escapeXml(finish.description)}</desc>` +
    (finish.css ? `<style>${finish.css}</style>` : '');
  const start = open.index;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg.slice(0, start)}${tag}${head}${svg.slice(start + open[0].length)}`;
}

/** Bytes → base64 without a call stack per byte (fonts are tens of kilobytes). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}
