import type { FieldValue, FormValues } from './form-state.js'

/** Whether a field holds nothing the user entered: an empty box, no choice, three empty date boxes. */
function isUnanswered(value: FieldValue | undefined): boolean {
  if (value === undefined) return true
  if (typeof value === 'string') return value.trim() === ''
  if (Array.isArray(value)) return value.length === 0
  return value.day.trim() === '' && value.month.trim() === '' && value.year.trim() === ''
}

/**
 * A council layer's default answers laid under the form: each question the user left unanswered
 * takes the default; every answer the user gave wins.
 *
 * @param values The form as the user filled it in.
 * @param defaults The layer's defaults, as form values.
 * @returns The form to check and build from, and the questions the defaults answered.
 * @example
 *   layDefaultValues({ 'authority.name': '' }, { 'authority.name': 'Riverside' })
 *   //=> { values: { 'authority.name': 'Riverside' }, fromDefaults: Set { 'authority.name' } }
 */
export function layDefaultValues(
  values: FormValues,
  defaults: FormValues,
): { values: FormValues; fromDefaults: ReadonlySet<string> } {
  const laid: Record<string, FieldValue> = { ...values }
  const fromDefaults = new Set<string>()
  for (const [id, value] of Object.entries(defaults)) {
    if (!isUnanswered(Object.hasOwn(values, id) ? values[id] : undefined)) continue
    laid[id] = value
    fromDefaults.add(id)
  }
  return { values: laid, fromDefaults }
}
