/**
 * Names every JavaScript object already has (`constructor`, `toString`, `__proto__` …), and
 * `prototype`: as a key looked up or assigned on a plain object, each reaches `Object.prototype`.
 */
const PROTOTYPE_NAMES: ReadonlySet<string> = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  'prototype',
])

/**
 * Whether a name is one that a lookup on a plain object would find without it being set.
 *
 * @param name
 *   A key, an id segment or a term.
 * @returns
 *   `true` for `constructor`, `toString`, `__proto__`, `prototype` and the like.
 * @example
 *   isPrototypeName('toString') //=> true
 */
export function isPrototypeName(name: string): boolean {
  return PROTOTYPE_NAMES.has(name)
}
