import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// zrender's own rich-text reader: what ECharts does with a label template, not our idea of it.
import { parseRichText } from 'zrender/lib/graphic/helper/parseText.js';
import {
  clipText,
  escapeHtml,
  escapeRichText,
  escapeXml,
  isolateBidi,
  stripXmlForbidden,
} from './escapeHtml';

/** The markup and script payloads the hostile-file browser test loads (e2e/fixtures/hostile). */
const PAYLOADS = [
  '<img src=x onerror=window.__pwned=1>',
  '<script>window.__pwned=2</script>',
  'javascript:window.__pwned=3',
  '<svg onload=window.__pwned=4>',
  '<a href="javascript:window.__pwned=5">liên kết</a>',
  '"><iframe srcdoc="<script>parent.__pwned=6</script>">',
  "'><img src=x onerror=alert(1)>",
  '{a|b} {name|x}}{value|9}',
  '\u202Egnp.exe',
];

const fromEntities = (html: string) =>
  html
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');

// Any UTF-16 text, lone surrogates and controls included: what a decoder can hand us.
const anyText = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) });

describe('escapeHtml', () => {
  it('leaves no markup character in the payloads, and says what they said', () => {
    for (const payload of PAYLOADS) {
      const html = escapeHtml(payload);
      expect(html).not.toMatch(/[<>"']/);
      expect(fromEntities(html)).toBe(isolateBidi(payload));
    }
    expect(escapeHtml('<img src=x onerror=window.__pwned=1>')).toBe(
      '&lt;img src=x onerror=window.__pwned=1&gt;',
    );
    expect(escapeHtml('Hà Nội & "Sóc Trăng"')).toBe('Hà Nội &amp; &quot;Sóc Trăng&quot;');
  });

  it('never lets a markup character through, and loses nothing (property)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const html = escapeHtml(text);
        expect(html).not.toMatch(/[<>"']/);
        // Every '&' starts one of the five entities.
        expect(html.replaceAll(/&(?:amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
        expect(fromEntities(html)).toBe(isolateBidi(text));
      }),
    );
  });
});

describe('isolateBidi', () => {
  it('leaves ordinary text alone', () => {
    expect(isolateBidi('Sở Công Thương tỉnh Sóc Trăng')).toBe('Sở Công Thương tỉnh Sóc Trăng');
  });

  it('wraps text with bidi controls in FSI…PDI, so its override ends with it', () => {
    expect(isolateBidi('\u202Egnp.exe')).toBe('\u2068\u202Egnp.exe\u2069');
    // An isolate of the text's own could close the wrapper early: it goes.
    expect(isolateBidi('a\u2069\u202Eb\u2066')).toBe('\u2068a\u202Eb\u2069');
  });

  it('always yields one balanced isolate around any text with controls (property)', () => {
    const bidi = fc.constantFrom(
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), bidi)), (parts) => {
        const text = parts.join('');
        const out = isolateBidi(text);
        if (!/[\u202A-\u202E\u2066-\u2069]/.test(text)) {
          expect(out).toBe(text);
          return;
        }
        expect(out.startsWith('\u2068')).toBe(true);
        expect(out.endsWith('\u2069')).toBe(true);
        expect(out.slice(1, -1)).not.toMatch(/[\u2066-\u2069]/);
        expect(out.slice(1, -1)).toBe(text.replace(/[\u2066-\u2069]/g, ''));
      }),
    );
  });
});

describe('escapeXml and stripXmlForbidden', () => {
  const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

  it('drops what XML 1.0 cannot carry and keeps the rest', () => {
    expect(stripXmlForbidden('a\u0000b\u0001c\u0007d\u001Be\u007Ff\tg\nh\ri\uFFFEj\uD800k😀')).toBe(
      'abcde\u007Ff\tg\nh\rijk😀',
    );
    expect(escapeXml('<x a="1">\u0000</x>')).toBe('&lt;x a=&quot;1&quot;&gt;&lt;/x&gt;');
  });

  it('always yields legal XML characters and no markup (property)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const xml = escapeXml(text);
        expect(xml).toMatch(XML_CHAR);
        expect(xml).not.toMatch(/[<>"']/);
        expect(fromEntities(xml)).toBe(isolateBidi(stripXmlForbidden(text)));
      }),
    );
  });
});

describe('escapeRichText', () => {
  const rich = { rich: { name: {}, value: {} } };
  /** What zrender draws for a label: each token's text and its rich style (null = the label's own). */
  const tokens = (template: string) =>
    parseRichText(template, rich, null, null, 'left').lines.map((line) =>
      line.tokens.map((token) => [token.text, token.styleName ?? null] as const),
    );

  it('keeps braces and bars as text, and the value after them in its own style', () => {
    const template = `${escapeRichText('name', '{a|b} {name|x}}{value|9}')} {value|12}`;
    const drawn = tokens(template)[0] ?? [];
    expect(drawn.map(([text]) => text).join('')).toBe('{a|b} {name|x}}{value|9} 12');
    expect(drawn.at(-1)).toEqual(['12', 'value']);
    // Nothing of the name is drawn in the value's style.
    expect(drawn.slice(0, -1).filter(([, style]) => style === 'value')).toEqual([]);
  });

  it('draws any one-line name exactly as written, never in another style (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('{', '}', '|', 'a', 'b', 'name', 'value', ' ', 'Đ') }),
        (name) => {
          const drawn = tokens(`${escapeRichText('name', name)}{value|7}`).flat();
          expect(drawn.at(-1)).toEqual(['7', 'value']);
          const nameTokens = drawn.slice(0, -1);
          expect(nameTokens.map(([text]) => text).join('')).toBe(name);
          // Outside the name's blocks only the closing braces, drawn plain.
          for (const [text, style] of nameTokens) expect(style === 'name' || /^}+$/.test(text)).toBe(true);
        },
      ),
    );
  });
});

describe('clipText', () => {
  it('cuts long text with an ellipsis, never inside a surrogate pair', () => {
    expect(clipText('abc', 5)).toBe('abc');
    expect(clipText('x'.repeat(5000), 300)).toBe(`${'x'.repeat(299)}…`);
    expect(clipText('😀😀😀😀', 3)).toBe('😀😀…');
    expect(clipText('😀😀', 2)).toBe('😀😀');
  });
});
