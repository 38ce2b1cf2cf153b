import type { IndexHtmlTransformHook } from 'vite';

/**
 * index.html's `<link rel="preload" as="fetch">` for a file the page fetches itself at start-up, so the
 * browser asks for it beside the first scripts (the page's own fetch then takes the preloaded answer).
 */
export function preloadFetch(file: string): IndexHtmlTransformHook {
  return (_html, context) =>
    context.path.endsWith('/index.html')
      ? [
          {
            tag: 'link',
            attrs: { rel: 'preload', href: `./${file}`, as: 'fetch', crossorigin: '' },
            injectTo: 'head',
          },
        ]
      : [];
}
