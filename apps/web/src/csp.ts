/**
 * The Content-Security-Policy of the app: everything from the page's own origin, no inline
 * script or style, no eval, and no requests anywhere once loaded. Trusted Types are enforced with
 * one policy, `betterforus-sw`, which passes only the service worker's own address (`sw.js`)
 * to `navigator.serviceWorker.register` (`src/register-service-worker.ts`).
 *
 * `frame-ancestors` is ignored in a `<meta>` element, so the static server also sends the policy
 * as an HTTP header with `frame-ancestors 'none'` (see `scripts/serve.js`).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
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
  'trusted-types betterforus-sw',
].join('; ')

/**
 * The policy the server sends with `sw.js` (a worker takes its policy from its own response, not
 * the page's `<meta>`): it may fetch the app's own files to precache them, and nothing else.
 */
export const SERVICE_WORKER_POLICY = "default-src 'none'; connect-src 'self'"
