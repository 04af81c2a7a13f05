import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, expectTypeOf, it } from 'vitest'
import type { CatalogAnswers } from './answers.generated.js'
import { defineAnswers } from './define-answers.js'

const folder = fileURLToPath(new URL('../fixtures/answers-type/', import.meta.url))

const fixtures = ['correct.ts', 'misspelt.ts', 'not-an-option.ts']
let errors: Map<string, string[]> | undefined

/** Type-check the fixtures as a council's code would be, once, and return one's errors as text. */
function typeErrors(name: string): string[] {
  if (!errors) {
    const file = fileURLToPath(new URL('../tsconfig.json', import.meta.url))
    const config = ts.readConfigFile(file, ts.sys.readFile)
    const { options } = ts.parseJsonConfigFileContent(
      config.config,
      ts.sys,
      path.dirname(file),
      undefined,
      file,
    )
    const program = ts.createProgram(
      fixtures.map((fixture) => path.join(folder, fixture)),
      { ...options, noEmit: true },
    )
    errors = new Map(fixtures.map((fixture) => [fixture, []]))
    for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
      const name = path.basename(diagnostic.file?.fileName ?? '')
      errors.get(name)?.push(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
    }
  }
  return errors.get(name) ?? []
}

describe('defineAnswers', { timeout: 60_000 }, () => {
  it('should return the answers it is given', () => {
    const answers = { authority: { name: 'x' } } as unknown as CatalogAnswers
    expect(defineAnswers(answers)).toBe(answers)
  })

  it('should take and give CatalogAnswers', () => {
    expectTypeOf(defineAnswers).parameter(0).toEqualTypeOf<CatalogAnswers>()
    expectTypeOf<CatalogAnswers['authority']['nation']>().toEqualTypeOf<
      'england' | 'wales' | 'scotland' | 'northern-ireland'
    >()
    expectTypeOf<CatalogAnswers['reserved']['supportedEmployment']>().toEqualTypeOf<boolean>()
  })

  it('should compile correct answers', () => {
    expect(typeErrors('correct.ts')).toEqual([])
  })

  it('should fail to compile a misspelt answer path, naming it', () => {
    const errors = typeErrors('misspelt.ts')
    expect(errors.join('\n')).toMatch(/'titel' does not exist/)
  })

  it('should fail to compile a value that is not an option', () => {
    expect(typeErrors('not-an-option.ts').join('\n')).toMatch(/"england-and-wales"/)
  })
})
