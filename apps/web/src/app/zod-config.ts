// Note: must run before any schema is used. zod 4 probes `new Function` to speed up parsing;
// under our Content-Security-Policy (no 'unsafe-eval', Trusted Types) that probe is a violation.
import * as z from 'zod'

z.config({ jitless: true })
