import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './contentSecurityPolicy.ts';
import { dataOrigins } from './dataOrigins.ts';

/**
 * Puts the Content-Security-Policy meta tag first in <head> of every built page. Build only: Vite's dev
 * server injects inline scripts (React refresh) that the policy rightly refuses.
 */
export function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'ocop:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(dataOrigins()) },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
