import type { Plugin } from 'vite';

/**
 * Preloads the web fonts the first screen is set in. The browser asks for a font only once text in
 * it is laid out, after the first scripts ran; the snapshot waits for the fonts before it shows
 * (views/overview/SnapshotOverview.tsx), so that text does not reflow under the reader when they
 * arrive (a layout shift), and preloading them makes that wait short.
 */
export function fontPreload(): Plugin {
  return {
    name: 'ocop:font-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) =>
        context.path.endsWith('/index.html')
          ? Object.keys(context.bundle ?? {})
              .filter((file) => /be-vietnam-pro-(latin|vietnamese)-(400|600)-normal-.*\.woff2$/.test(file))
              .map((file) => ({
                tag: 'link',
                attrs: { rel: 'preload', href: `./${file}`, as: 'font', type: 'font/woff2', crossorigin: '' },
                injectTo: 'head' as const,
              }))
          : [],
    },
  };
}
