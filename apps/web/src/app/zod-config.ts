// Note: must run before any zod schema is built. zod 4 probes `new Function` to speed up parsing.
// Our Content-Security-Policy allows eval only of a TrustedScript from the templates policy
// (`src/csp.ts`), so that probe of a plain string is blocked by Trusted Types and reported as a
// violation; jitless mode never probes. zod reads its settings from this global when it loads
// (`globalThis.__zod_globalConfig`, shared by every copy of zod), so setting it here, in the
// entry, holds however the bundler splits the chunks that build schemas at load time.
const zod = globalThis as { __zod_globalConfig?: { jitless?: boolean } }
zod.__zod_globalConfig ??= {}
zod.__zod_globalConfig.jitless = true
