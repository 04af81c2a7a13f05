import path from 'node:path'
import ts from 'typescript'
import { describe, expect, expectTypeOf, it } from 'vitest'
import type { CatalogAnswers } from './answers.generated.js'
import { defineAnswers } from './define-answers.js'

const folder = new URL('../fixtures/answers-type/', import.meta.url).pathname

/** Type-check one fixture as a council's code would be, and return its errors as text. */
function typeErrors(name: string): string[] {
  const config = ts.readConfigFile(
    new URL('../tsconfig.json', import.meta.url).pathname,
    ts.sys.readFile,
  )
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, path.dirname(folder))
  const program = ts.createProgram([path.join(folder, name)], { ...options, noEmit: true })
  return ts
    .getPreEmitDiagnostics(program)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
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
