/**
 * The Content-Security-Policy of the app: everything from the page's own origin, no inline
 * script or style, no eval, Trusted Types enforced, and no requests anywhere once loaded.
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
  "worker-src 'none'",
  "manifest-src 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ')
