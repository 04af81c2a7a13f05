import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
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

/**
 * Write `sw.js`, the service worker, into the build: it precaches every file Vite wrote (the page,
 * styles, the initial script and every lazily loaded chunk, such as the DOCX writer), under a
 * cache named for the release: the app's version and a hash of the files.
 */
function serviceWorker(): Plugin {
  let outDir = 'dist'
  return {
    name: 'betterforus:service-worker',
    apply: 'build',
    configResolved(config) {
      // Note: the list below reads outDir; it holds only this build (emptyOutDir).
      outDir = path.resolve(config.root, config.build.outDir)
    },
    // Note: after every file is written, public ones (favicon.svg) included.
    closeBundle() {
      const names = (readdirSync(outDir, { recursive: true }) as string[])
        .map((name) => name.split(path.sep).join('/'))
        .filter((name) => !name.startsWith('.vite') && name !== 'sw.js')
        .filter((name) => statSync(path.join(outDir, name)).isFile())
        .sort()
      const hash = createHash('sha256')
      for (const name of names) hash.update(name).update(readFileSync(path.join(outDir, name)))
      const { version } = JSON.parse(
        readFileSync(path.join(import.meta.dirname, 'package.json'), 'utf8'),
      )
      const files = [
        './',
        ...names.filter((name) => name !== 'index.html').map((name) => `./${name}`),
      ]
      const source = readFileSync(path.join(import.meta.dirname, 'sw', 'service-worker.js'), 'utf8')
        .replace("'__VERSION__'", JSON.stringify(`${version}-${hash.digest('hex').slice(0, 12)}`))
        .replace('__FILES__', JSON.stringify(files))
      writeFileSync(path.join(outDir, 'sw.js'), source)
    },
  }
}

// Note: the source condition builds the packages from their `src/` without their `dist/`.
export default defineConfig({
  // Note: relative asset URLs, so dist/ works from any path (a domain's root, GitHub Pages' /<repo>/).
  base: './',
  plugins: [govukWithoutWebFonts(), contentSecurityPolicy(), serviceWorker()],
  resolve: { conditions: ['@betterforus/source', ...defaultClientConditions] },
  build: {
    target: 'es2022',
    // Note: no inline `data:` assets, so `img-src 'self'` and `font-src 'self'` hold.
    assetsInlineLimit: 0,
    sourcemap: false,
    // Note: for scripts/measure-bundle.js, which follows the chunks each page loads.
    manifest: true,
    reportCompressedSize: true,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
})
