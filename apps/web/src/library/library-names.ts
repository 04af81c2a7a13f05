// How the library page names the catalog's codes in words: the names live in
// @betterforus/clauses (`code-names.ts`); contract types are named from their codes here.

export {
  CONFIDENCE_NAMES as TAG_NAMES,
  NATION_NAMES,
  PRINCIPLE_NAMES,
  REGIME_NAMES,
  STATUS_NAMES,
} from '@betterforus/clauses'

/** A contract type code in words: `goods-and-services` → `Goods and services`. */
export function contractTypeName(code: string): string {
  const words = code.replace(/-/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** A name from a table, or the code itself. */
export function nameOf(table: Readonly<Record<string, string>>, code: string): string {
  return table[code] ?? code
}
