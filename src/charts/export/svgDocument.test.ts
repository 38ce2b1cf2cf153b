import { describe, expect, it } from 'vitest';
import { echarts } from '../echarts';
import { escapeXml, finishSvg, fontFaceCss, toBase64 } from './svgDocument';

function echartsSvg(): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 400 });
  chart.setOption({
    animation: false,
    title: { text: 'Sản phẩm OCOP theo năm và hạng sao' },
    xAxis: { type: 'category', data: ['2020'] },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', data: [301] }],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

describe('the SVG file', () => {
  const finish = {
    title: 'Sản phẩm OCOP <theo> năm & hạng sao',
    description: 'Hà Nội có 301 sản phẩm OCOP năm 2020, trong đó 207 sản phẩm 4 sao.',
    width: 1200,
    height: 800,
    lang: 'vi',
    css: fontFaceCss([
      { family: 'Be Vietnam Pro', weight: 600, unicodeRange: 'U+1EA0-1EF9', woff2Base64: 'd09GMgAB' },
    ]),
  };

  it('announces the press size, keeps the drawing coordinates, and carries title, alt text and font', () => {
    const svg = finishSvg(echartsSvg(), finish);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    const open = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
    expect(open).toContain(' width="1200"');
    expect(open).toContain(' height="800"');
    expect(open).toContain(' viewBox="0 0 600 400"');
    expect(open).toContain(' xml:lang="vi"');
    expect(svg).toContain('<title id="press-title">Sản phẩm OCOP &lt;theo&gt; năm &amp; hạng sao</title>');
    expect(svg).toContain(`<desc id="press-desc">${finish.description}</desc>`);
    expect(svg).toContain(
      "@font-face{font-family:'Be Vietnam Pro';font-style:normal;font-weight:600;src:url(data:font/woff2;base64,d09GMgAB) format('woff2');unicode-range:U+1EA0-1EF9;}",
    );
    // The title and desc come first inside <svg>, where readers look for them.
    expect(svg.indexOf('<title')).toBe(svg.indexOf(open) + open.length);
    expect(svg.match(/<svg\b/g)).toHaveLength(1);
    expect(svg.trim().endsWith('</svg>')).toBe(true);
  });

  it('adds a viewBox when the drawing has none', () => {
    const svg = finishSvg('<svg width="300" height="200"><rect/></svg>', { ...finish, css: '' });
    expect(svg).toContain('viewBox="0 0 300 200"');
    expect(svg).not.toContain('<style>');
  });

  it('escapes what XML reserves, and encodes bytes as base64', () => {
    expect(escapeXml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&#39;');
    expect(toBase64(new TextEncoder().encode('Hà Nội'))).toBe(Buffer.from('Hà Nội').toString('base64'));
    const big = new Uint8Array(100_000).map((_, i) => i % 251);
    expect(toBase64(big)).toBe(Buffer.from(big).toString('base64'));
  });
});
