/**
 * A Word bookmark name for a clause id: a letter first, then letters, digits and underscores, at
 * most 40 characters (longer names are cut and keep a short checksum so they stay unique).
 *
 * @example
 *   bookmarkName('pay-rlw-require') //=> 'c_pay_rlw_require'
 */
export function bookmarkName(clauseId: string): string {
  const name = `c_${clauseId.replace(/[^A-Za-z0-9]/g, '_')}`
  if (name.length <= 40) return name
  let hash = 0
  for (const character of clauseId) hash = (hash * 31 + (character.codePointAt(0) ?? 0)) >>> 0
  return `${name.slice(0, 33)}_${hash.toString(36).padStart(6, '0').slice(0, 6)}`
}
