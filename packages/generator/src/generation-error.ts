/**
 * The answers are valid but the pack cannot be built from them, for example because a clause
 * refers to a clause that these answers leave out (G2). Each problem names both clauses.
 */
export class GenerationError extends Error {
  override name = 'GenerationError'
  readonly problems: string[]

  constructor(problems: string[]) {
    super(`Cannot build the pack:\n${problems.map((problem) => `- ${problem}`).join('\n')}`)
    this.problems = problems
  }
}
