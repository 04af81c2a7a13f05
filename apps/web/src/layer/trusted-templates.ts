/** The one Trusted Types policy that may make code: the CSP names it beside `betterforus-sw`. */
export const TEMPLATE_POLICY = 'betterforus-templates'

/** What a browser without Trusted Types is told: it could not keep eval to our templates. */
export const NO_TRUSTED_TYPES =
  'This browser cannot run a council layer’s own clauses safely: it lacks Trusted Types; use a current Chrome, Edge, Firefox or Safari'

interface ScriptPolicy {
  createScript: (text: string) => unknown
}

interface TrustedTypesLike {
  createPolicy: (name: string, rules: { createScript: (text: string) => string }) => ScriptPolicy
}

/**
 * Eval called through a reference is indirect: the text runs in the global scope and sees
 * nothing of this module.
 */
// biome-ignore lint/security/noGlobalEval: the one eval, of a TrustedScript this module made
const globalEval: (script: string) => unknown = globalThis.eval

/** The exact texts this module is turning into templates right now; the policy passes no other. */
const pending = new Set<string>()
let policy: ScriptPolicy | undefined

/**
 * The policy, made on first use. It passes a text only while `templateFromSpec` holds it in
 * `pending`, so no other code (a dependency that probes eval, an injected script) can use it.
 */
function templatePolicy(): ScriptPolicy {
  if (policy) return policy
  const trusted = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes
  // Note: never eval without the policy: without Trusted Types nothing else would stop a string.
  if (!trusted) throw new Error(NO_TRUSTED_TYPES)
  policy = trusted.createPolicy(TEMPLATE_POLICY, {
    createScript: (text) => {
      if (!pending.has(text))
        throw new TypeError(`${TEMPLATE_POLICY} passes only the templates of a council layer`)
      return text
    },
  })
  return policy
}

/**
 * Turn a precompiled Handlebars specification (the JavaScript text `Handlebars.precompile`
 * returns for a checked template) into the object the Handlebars runtime runs. The text is
 * evaluated once, by indirect eval, as a TrustedScript of the `betterforus-templates` policy.
 *
 * @param spec The specification's text, such as `{"compiler":[8,">= 4.3.0"],"main":function(…){…}}`.
 * @returns The specification object, for `env.template(spec)`.
 * @throws {Error} In a browser without Trusted Types, saying which browsers can.
 * @example
 *   templateFromSpec(Handlebars.precompile('Hello', compileOptions))
 *   //=> { compiler: [8, '>= 4.3.0'], main: [Function], useData: true }
 */
export function templateFromSpec(spec: string): object {
  const text = `(${spec})`
  const scripts = templatePolicy()
  pending.add(text)
  let script: unknown
  try {
    script = scripts.createScript(text)
  } finally {
    pending.delete(text)
  }
  return globalEval(script as string) as object
}
