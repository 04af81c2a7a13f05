// The library's own template files as text, for laying a council layer over the library in the
// browser. Only the layer loader imports this module, so its text stays out of the initial
// JavaScript. The examples are answers files, not templates.
const found = import.meta.glob<string>(
  ['../../../../templates/**/*.{md,yaml,json}', '!../../../../templates/examples/**'],
  { query: '?raw', import: 'default', eager: true },
)

const ROOT = '../../../../templates/'

/** Each template file's text by its path inside `templates/` (`clauses/pay-rlw-require.md`). */
export const libraryTemplateTexts: ReadonlyMap<string, string> = new Map(
  Object.entries(found).map(([name, text]) => [name.slice(ROOT.length), text]),
)
