// The app's service worker: precaches every file of the build, so that after the first visit
// the app opens and works offline. `vite.config.ts` writes it into dist/ as `sw.js` with the
// list of files and the release's version. It only ever asks the app's own origin for files
// (its Content-Security-Policy, sent by the server, is `connect-src 'self'`).
const VERSION = '__VERSION__'
const FILES = __FILES__
const CACHE = `betterforus-${VERSION}`

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((file) => new URL(file, self.registration.scope))))
      .then(() => self.skipWaiting()),
  )
})

// A new release replaces the old copy: every other BetterForUs cache is deleted.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith('betterforus-') && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  )
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  const url = new URL(request.url)
  // Note: only the app's own files; anything else is left to the browser (the app asks for none).
  if (request.method !== 'GET' || url.origin !== self.location.origin) return
  const key = request.mode === 'navigate' ? new URL('./', self.registration.scope) : request
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key, { ignoreSearch: true }))
      .then((cached) => cached ?? fetch(request)),
  )
})
