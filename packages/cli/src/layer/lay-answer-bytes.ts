import { layDefaults } from '@betterforus/layer'
import type { ParsedYaml } from '@betterforus/questionnaire'

/**
 * An answers file's bytes with a layer's defaults laid under them, for `parseAnswers`. Bytes that
 * are not UTF-8, or to which no default applies, are passed on untouched, so `parseAnswers` reads
 * and reports them exactly as it does without a layer.
 */
export function layAnswerBytes(
  bytes: Uint8Array | undefined,
  defaults: ParsedYaml | undefined,
): { content: Uint8Array | string | undefined; used: string[] } {
  if (bytes === undefined || !defaults) return { content: bytes, used: [] }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { content: bytes, used: [] }
  }
  const laid = layDefaults(text, defaults)
  return laid.used.length > 0
    ? { content: laid.text, used: laid.used }
    : { content: bytes, used: [] }
}
