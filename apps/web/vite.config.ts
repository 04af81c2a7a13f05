import { defaultClientConditions, defineConfig, type Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY } from './src/csp.js'

/**
 * govuk-frontend's precompiled CSS loads the GDS Transport web font and the crest image from
 * `/assets/`. The app must make no such requests, and we have no Sass to set `$govuk-font-family`,
 * so drop the `@font-face` rules and use a system font stack instead.
 */
function govukWithoutWebFonts(): Plugin {
  return {
    name: 'betterforus:govuk-without-web-fonts',
    enforce: 'pre',
    transform(code, id) {
      if (!/govuk-frontend[\\/].*\.css(\?|$)/.test(id)) return undefined
      return (
        code
          .replace(/@font-face\s*\{[^}]*\}/g, '')
          .replace(
            /font-family:\s*"?GDS Transport"?\s*,\s*arial\s*,\s*sans-serif/g,
            'font-family:arial,sans-serif',
          )
          .replace(/font-family:\s*"?GDS Transport"?\s*([;}])/g, 'font-family:arial,sans-serif$1')
          .replace(/url\(\s*["']?\/assets\/[^)]*\)/g, 'none')
          // Note: old Internet Explorer hacks (`@media screen\0`) that lightningcss cannot minify.
          .replace(/@media [^{]*\\0[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '')
      )
    },
  }
}

/** Put the policy in a `<meta>` element in the production build only (dev needs inline HMR). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'betterforus:content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="utf-8">',
        `<meta charset="utf-8">\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
      )
    },
  }
}

// Note: the source condition builds the packages from their `src/` without their `dist/`.
export default defineConfig({
  // Note: relative asset URLs, so dist/ works from any path (a domain's root, GitHub Pages' /<repo>/).
  base: './',
  plugins: [govukWithoutWebFonts(), contentSecurityPolicy()],
  resolve: { conditions: ['@betterforus/source', ...defaultClientConditions] },
  build: {
    target: 'es2022',
    // Note: no inline `data:` assets, so `img-src 'self'` and `font-src 'self'` hold.
    assetsInlineLimit: 0,
    sourcemap: false,
    reportCompressedSize: true,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
})
