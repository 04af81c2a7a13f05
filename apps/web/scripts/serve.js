// Serve the production build (apps/web/dist) on 127.0.0.1, with the Content-Security-Policy also
// sent as an HTTP header (where `frame-ancestors 'none'` works, unlike in a <meta> element).
// Usage: node scripts/serve.js [--port 8080]   (PORT also works; 0 picks a free port)
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '..', 'dist')

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
}

// The same as SERVICE_WORKER_POLICY in src/csp.ts (this file is plain JavaScript, run by Node).
const SERVICE_WORKER_POLICY = "default-src 'none'; connect-src 'self'"

/** The policy of index.html's <meta>, read from the built page, plus frame-ancestors. */
async function readPolicy() {
  const { readFile } = await import('node:fs/promises')
  const html = await readFile(path.join(root, 'index.html'), 'utf8')
  const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)
  if (!meta)
    throw new Error('dist/index.html has no Content-Security-Policy <meta>; run `vite build`')
  return `${meta[1]}; frame-ancestors 'none'`
}

/**
 * Start the server.
 *
 * @param {{ port?: number, host?: string }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startServer(options = {}) {
  const policy = await readPolicy()
  const headers = {
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    'X-Frame-Options': 'DENY',
  }
  const server = createServer(async (request, response) => {
    const send = (status, text) => {
      response.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' })
      response.end(text)
    }
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(405, 'Method not allowed')
    let pathname
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    } catch {
      return send(400, 'Bad request')
    }
    if (pathname.includes('\0')) return send(400, 'Bad request')
    if (pathname.endsWith('/')) pathname += 'index.html'
    const file = path.resolve(root, `.${path.posix.normalize(pathname)}`)
    if (file !== root && !file.startsWith(root + path.sep)) return send(403, 'Forbidden')
    const info = await stat(file).catch(() => undefined)
    if (!info?.isFile()) return send(404, 'Not found')
    const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
    const worker = file === path.join(root, 'sw.js')
    response.writeHead(200, {
      ...headers,
      // Note: a worker takes its policy from its own response (src/csp.ts SERVICE_WORKER_POLICY).
      ...(worker && { 'Content-Security-Policy': SERVICE_WORKER_POLICY }),
      'Content-Type': type,
      'Content-Length': info.size,
      'Cache-Control': file.includes(`${path.sep}assets${path.sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    })
    if (request.method === 'HEAD') return response.end()
    createReadStream(file).pipe(response)
  })
  const host = options.host ?? '127.0.0.1'
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, resolve)
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : options.port
  return {
    url: `http://${host}:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const flag = process.argv.indexOf('--port')
  const port = Number(flag > -1 ? process.argv[flag + 1] : (process.env.PORT ?? 8080))
  const { url } = await startServer({ port })
  process.stdout.write(`BetterForUs web app: ${url}\n(press Ctrl+C to stop)\n`)
}
