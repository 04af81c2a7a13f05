import type HandlebarsModule from 'handlebars'
import runtime from 'handlebars/runtime.js'

/**
 * The Handlebars runtime alone: it runs precompiled templates and has no compiler, so no
 * `new Function` runs in a browser and a strict Content-Security-Policy holds.
 */
export const handlebarsRuntime = runtime as unknown as typeof HandlebarsModule
