/** The service worker's address, beside index.html; the only URL the Trusted Types policy passes. */
const WORKER = './sw.js'

interface TrustedTypesLike {
  createPolicy: (
    name: string,
    rules: { createScriptURL: (url: string) => string },
  ) => { createScriptURL: (url: string) => unknown }
}

/**
 * Register the service worker that keeps the app's files for offline use (production builds
 * only). Under `require-trusted-types-for 'script'` the address goes through the one policy the
 * CSP allows, `betterforus-sw`, which refuses any other address.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  const trusted = (window as unknown as { trustedTypes?: TrustedTypesLike }).trustedTypes
  const url = trusted
    ? trusted
        .createPolicy('betterforus-sw', {
          createScriptURL: (candidate) => {
            if (candidate !== WORKER) throw new TypeError(`Not the service worker: ${candidate}`)
            return candidate
          },
        })
        .createScriptURL(WORKER)
    : WORKER
  navigator.serviceWorker.register(url as string, { scope: './' }).catch(() => {
    // Note: without the worker the app still works online; offline use needs a later visit.
  })
}
