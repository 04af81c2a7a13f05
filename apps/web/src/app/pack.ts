import { type Catalog, catalog } from '@betterforus/clauses'
import {
  GenerationError,
  generatePack,
  type HouseStyle,
  type LayerInfo,
  type Pack,
} from '@betterforus/generator'
import { type Answers, parseAnswers } from '@betterforus/questionnaire'
import { answersFileText } from './answers-file-text.js'
import { answersWithout } from './answers-without.js'

export type Copy = 'drafter' | 'issue'

export type PackResult =
  | { kind: 'ok'; pack: Pack; answers: Answers; unused: string[]; houseStyle?: HouseStyle }
  | { kind: 'invalid'; messages: string[] }

/** What building a pack needs of a loaded council layer. */
export interface PackWithLayer {
  /** The library with the layer laid over it. */
  catalog: Catalog
  info: Omit<LayerInfo, 'defaults'>
  houseStyle: HouseStyle
  /** Lays the layer's defaults under an answers file's text (`layDefaults`). */
  layDefaults: (answersText: string) => { text: string; used: string[] }
  /** The questions the form took from the defaults: set apart, then laid again as the CLI does. */
  fromDefaults: ReadonlySet<string>
}

/**
 * Build the pack exactly as the CLI does: the answers go through `parseAnswers` (the same safe
 * parsing and zod schema), then `generatePack`. With a council layer, as `generate --layer`
 * does: the layer's defaults are laid under the answers the user gave, in the answers file's
 * text, and the pack records the defaults used and is made from the layered library.
 *
 * @param answers The answers read from the form (with any defaults the form took).
 * @param copy `drafter` or `issue`.
 * @param layer The council layer, when one is loaded.
 * @returns The pack, or every problem.
 */
export function buildPack(answers: Answers, copy: Copy, layer?: PackWithLayer): PackResult {
  const own = answersFileText(layer ? answersWithout(answers, layer.fromDefaults) : answers)
  const { text, used } = layer ? layer.layDefaults(own) : { text: own, used: [] }
  const library = layer?.catalog ?? catalog
  const parsed = parseAnswers(text, library.questionnaire)
  if (!parsed.answers) {
    return {
      kind: 'invalid',
      messages: parsed.file.messages
        .filter((message) => message.fatal)
        .map((message) => message.reason),
    }
  }
  try {
    const pack = generatePack(parsed.answers, {
      catalog: library,
      copy,
      ...(layer && { layer: { ...layer.info, defaults: used } }),
    })
    return {
      kind: 'ok',
      pack,
      answers: parsed.answers,
      unused: parsed.unused,
      ...(layer && { houseStyle: layer.houseStyle }),
    }
  } catch (error) {
    if (error instanceof GenerationError) return { kind: 'invalid', messages: error.problems }
    throw error
  }
}

/**
 * Build the pack from answers the shared schema has already checked and normalised
 * (`validateForm`): the same answers `parseAnswers` returns, without parsing their JSON again,
 * which keeps the live preview within 50 ms.
 *
 * @param normalised The schema's output for visible, valid answers.
 * @param copy `drafter` or `issue`.
 * @returns The pack, or every problem.
 */
export function buildPackFromValidated(normalised: Answers, copy: Copy): PackResult {
  try {
    const pack = generatePack(normalised, { catalog, copy })
    return { kind: 'ok', pack, answers: normalised, unused: [] }
  } catch (error) {
    if (error instanceof GenerationError) return { kind: 'invalid', messages: error.problems }
    throw error
  }
}
