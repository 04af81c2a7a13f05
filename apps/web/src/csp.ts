/**
 * The Content-Security-Policy of the app: everything from the page's own origin, no inline
 * script or style, and no requests anywhere once loaded. Trusted Types are enforced, with two
 * policies:
 *
 * - `betterforus-sw` passes only the service worker's own address (`sw.js`) to
 *   `navigator.serviceWorker.register` (`src/register-service-worker.ts`);
 * - `betterforus-templates` passes only the templates Handlebars generated, in this browser, from
 *   the checked clauses of a council layer the user loaded (`src/layer/trusted-templates.ts`).
 *
 * Note: `'unsafe-eval'` is there for that second policy alone. Under
 * `require-trusted-types-for 'script'` the browser refuses eval and `new Function` of a plain
 * string; only a TrustedScript made by a named policy runs, and the templates policy makes one
 * only for the exact text it is evaluating. Any other eval is blocked. The newer
 * `'trusted-types-eval'` keyword would say this in one word, but Debian's Chromium 156 let plain
 * strings through with it, so it is not used.
 *
 * `frame-ancestors` is ignored in a `<meta>` element, so the static server also sends the policy
 * as an HTTP header with `frame-ancestors 'none'` (see `scripts/serve.js`).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "worker-src 'self'",
  "manifest-src 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types betterforus-sw betterforus-templates',
].join('; ')

/**
 * The policy the server sends with `sw.js` (a worker takes its policy from its own response, not
 * the page's `<meta>`): it may fetch the app's own files to precache them, and nothing else.
 */
export const SERVICE_WORKER_POLICY = "default-src 'none'; connect-src 'self'"
