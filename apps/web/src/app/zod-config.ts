// Note: must run before any schema is used. zod 4 probes `new Function` to speed up parsing.
// Our Content-Security-Policy allows eval only of a TrustedScript from the templates policy
// (`src/csp.ts`), so that probe of a plain string is blocked by Trusted Types and reported as a
// violation; jitless mode never probes.
import * as z from 'zod'

z.config({ jitless: true })
