import { isMap, isScalar, isSeq, type Node } from 'yaml'

/**
 * Turn a parsed YAML node into plain data without running any tag or alias code.
 *
 * Note: groups have no prototype and keys are defined with `Object.defineProperty`, so a key
 * `__proto__` stays an own property (reported later as an unknown answer) and never changes a
 * prototype, and `constructor` or `toString` never find an inherited value.
 *
 * @param node
 *   A node from a document already checked by `parseYaml` (no aliases, bounded depth).
 * @returns
 *   Strings, numbers, booleans, `null`, arrays and prototype-free objects (and dates or bytes under
 *   YAML 1.1 tags, which the answers schema refuses).
 */
export function yamlToValue(node: unknown): unknown {
  if (isScalar(node)) return node.value
  if (isSeq(node)) return node.items.map((item) => yamlToValue(item))
  if (isMap(node)) {
    const object: Record<string, unknown> = Object.create(null)
    for (const pair of node.items) {
      Object.defineProperty(object, keyName(pair.key), {
        value: yamlToValue(pair.value),
        enumerable: true,
        writable: true,
        configurable: true,
      })
    }
    return object
  }
  return null
}

/**
 * The name of a map key as answers use it: a scalar's value as text.
 *
 * @param key
 *   The key node.
 * @returns
 *   The name; a list or group used as a key gets a name no question has.
 */
export function keyName(key: unknown): string {
  if (isScalar(key)) return String(key.value)
  return (key as Node | null)?.toString() ?? 'null'
}
