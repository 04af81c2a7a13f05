import { describe, expect, it } from 'vitest'
import { answersWithout } from './answers-without.js'

describe('answersWithout', () => {
  it('should take out answers by dotted id and drop groups left empty', () => {
    const answers = {
      authority: { name: 'Riverside', nation: 'england' },
      contract: { title: 'Cleaning', termMonths: 24 },
      voice: { livedExperiencePanel: false },
    }
    expect(
      answersWithout(answers, new Set(['authority.name', 'authority.nation', 'contract.title'])),
    ).toEqual({ contract: { termMonths: 24 }, voice: { livedExperiencePanel: false } })
  })

  it('should keep lists whole and leave the answers given untouched', () => {
    const answers = { goodWork: { standards: ['a', 'b'] } }
    const copy = structuredClone(answers)
    expect(answersWithout(answers, new Set(['goodWork.standards.0']))).toEqual(copy)
    expect(answers).toEqual(copy)
  })
})
