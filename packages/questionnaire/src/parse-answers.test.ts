import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { answersSha256 } from './answers-sha256.js'
import { MAX_ANSWERS_BYTES, parseAnswers } from './parse-answers.js'
import { parseQuestionnaire } from './parse-questionnaire.js'
import type { Questionnaire } from './questionnaire.js'

const { questionnaire: fixture, file: fixtureFile } = parseQuestionnaire(`
version: 2.1.0
sections:
  - id: authority
    title: The contracting authority
    questions:
      - { id: authority.name, text: What is the contracting authority's name?, type: text, required: true, max_length: 20 }
      - id: authority.nation
        text: Which nation is the authority in?
        type: one-of
        required: true
        options: [{ value: england, label: England }, { value: scotland, label: Scotland }]
  - id: procurement
    title: The procurement
    questions:
      - { id: procurement.reference, text: What is the procurement reference?, type: text }
      - { id: procurement.startDate, text: When does the procurement start?, type: date }
      - { id: procurement.notes, text: Anything else?, type: long-text }
      - id: contract.type
        text: What kind of contract is it?
        type: one-of
        required: true
        options: [{ value: goods, label: Goods }, { value: services, label: Services }, { value: works, label: Works }]
      - id: contract.workLocation
        text: Where will the contract staff work?
        type: one-of
        required: true
        options: [{ value: london, label: Greater London }, { value: rest-of-uk, label: Elsewhere }]
        show_if: { answer: contract.type, in: [services, works] }
      - { id: contract.title, text: What is the contract called?, type: text }
      - { id: contract.estimatedValue, text: What is the estimated value?, type: money, max: 1000000000 }
      - { id: contract.years, text: How many years?, type: number, whole_number: true, min: 1, max: 10 }
      - { id: contract.share, text: What share is subcontracted?, type: percent }
      - { id: contract.kpis, text: Are there KPIs?, type: yes-no }
      - id: voice.methods
        text: How will staff be heard?
        type: several-of
        options: [{ value: workshops, label: Workshops }, { value: surveys, label: Surveys }]
`)
if (fixture === undefined) throw new Error(String(fixtureFile.messages))
const questionnaire: Questionnaire = fixture

const VALID = `authority:
  name: Leeds City Council
  nation: england
contract:
  type: goods
`

function parse(text: string | Uint8Array, options?: { maxBytes?: number }) {
  return parseAnswers(text, questionnaire, { path: 'answers.yaml', ...options })
}

function problems(text: string | Uint8Array) {
  return parse(text).file.messages.map((message) => ({
    ruleId: message.ruleId,
    line: message.line,
    column: message.column,
    reason: message.reason,
  }))
}

describe('parseAnswers', () => {
  it('should read valid YAML answers into frozen nested answers', () => {
    const { answers, file, unused } = parse(VALID)
    expect(file.messages).toEqual([])
    expect(unused).toEqual([])
    expect(answers).toEqual({
      authority: { name: 'Leeds City Council', nation: 'england' },
      contract: { type: 'goods' },
    })
    expect(Object.isFrozen(answers)).toBe(true)
  })

  it('should read JSON answers through the same parser', () => {
    const { answers } = parse(
      '{"authority": {"name": "Leeds", "nation": "england"}, "contract": {"type": "goods"}}',
    )
    expect(answers).toEqual({
      authority: { name: 'Leeds', nation: 'england' },
      contract: { type: 'goods' },
    })
  })

  it('should accept $schema and a questionnaireVersion of the same major, and leave them out of the answers', () => {
    const { answers, file } = parse(
      `$schema: ./answers.schema.json\nquestionnaireVersion: 2.0.5\n${VALID}`,
    )
    expect(file.messages).toEqual([])
    expect(answers).not.toHaveProperty('$schema')
  })

  it('U13: should refuse answers for another major version, naming both versions', () => {
    const [problem] = problems(`questionnaireVersion: 1.4.0\n${VALID}`)
    expect(problem).toMatchObject({ ruleId: 'questionnaire-version', line: 1, column: 23 })
    expect(problem?.reason).toContain('version 1.4.0, but this is version 2.1.0')
  })

  it('U2: should list every missing required answer at once, with id and text', () => {
    expect(problems('contract: { title: Cleaning }\n')).toEqual([
      {
        ruleId: 'missing-answer',
        line: undefined,
        column: undefined,
        reason: `authority.name ("What is the contracting authority's name?") is required, but has no answer; add it, for example authority: { name: … }`,
      },
      expect.objectContaining({
        ruleId: 'missing-answer',
        reason: expect.stringContaining('authority.nation'),
      }),
      expect.objectContaining({
        ruleId: 'missing-answer',
        reason: expect.stringContaining('contract.type'),
      }),
    ])
  })

  it('F8: should treat a required answer of only spaces and tabs as missing', () => {
    const result = problems(VALID.replace('Leeds City Council', '" \\t "'))
    expect(result).toEqual([
      expect.objectContaining({
        ruleId: 'missing-answer',
        reason: expect.stringContaining(
          'authority.name ("What is the contracting authority\'s name?") is required, but the answer is blank',
        ),
      }),
    ])
  })

  it('should require a shown conditional question, and neither require nor use a hidden one', () => {
    expect(problems(VALID.replace('goods', 'works')).map((problem) => problem.reason)).toEqual([
      expect.stringContaining(
        'contract.workLocation ("Where will the contract staff work?") is required',
      ),
    ])
    const hidden = parse(`${VALID}  workLocation: london\n`)
    expect(hidden.answers).toEqual({
      authority: { name: 'Leeds City Council', nation: 'england' },
      contract: { type: 'goods' },
    })
    expect(hidden.unused).toEqual(['contract.workLocation'])
    expect(hidden.file.messages[0]).toMatchObject({
      ruleId: 'hidden-answer',
      fatal: false,
      line: 6,
      column: 3,
      reason:
        'contract.workLocation ("Where will the contract staff work?") is answered, but the question is hidden because contract.type is "goods", not one of "services", "works"; the answer is not used',
    })
  })

  it('U3: should report an unknown answer with its place and a suggestion', () => {
    expect(problems(`${VALID}  titel: Cleaning\n`)).toEqual([
      {
        ruleId: 'unknown-answer',
        line: 6,
        column: 3,
        reason:
          'Unknown answer "contract.titel": no question has this id; did you mean "contract.title"?',
      },
    ])
  })

  it('U4: should refuse __proto__, constructor and prototype as unknown answers at any level', () => {
    const result = problems(
      `${VALID.replace('nation: england', 'nation: england\n  prototype: 1')}__proto__: { polluted: true }\nconstructor: 1\n`,
    )
    expect(result.map((problem) => [problem.ruleId, problem.line, problem.reason])).toEqual([
      ['unknown-answer', 4, 'Unknown answer "authority.prototype": no question has this id'],
      ['unknown-answer', 7, 'Unknown answer "__proto__": no question has this id'],
      ['unknown-answer', 8, 'Unknown answer "constructor": no question has this id'],
    ])
    const nested = problems(
      '{"authority": {"name": "x", "nation": "england", "__proto__": {"a": 1}}, "contract": {"type": "goods"}}',
    )
    expect(nested).toEqual([
      expect.objectContaining({
        ruleId: 'unknown-answer',
        line: 1,
        column: 50,
        reason: expect.stringContaining('"authority.__proto__"'),
      }),
    ])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('U4: should never pollute a prototype, whatever the keys (property)', () => {
    const key = fc.constantFrom(
      '__proto__',
      'constructor',
      'prototype',
      'toString',
      'valueOf',
      'authority',
      'name',
    )
    const tree: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.string(),
        fc.integer(),
        fc.dictionary(key, tie('node'), { maxKeys: 4 }),
      ),
    })).node
    fc.assert(
      fc.property(tree, (value) => {
        parse(JSON.stringify(value))
        const probe: Record<string, unknown> = {}
        return (
          Object.getPrototypeOf(probe) === Object.prototype &&
          Object.keys(Object.prototype).length === 0 &&
          probe.polluted === undefined
        )
      }),
      { numRuns: 300 },
    )
  })

  it('U6: should refuse a key repeated in one object, naming the key and its line', () => {
    expect(problems('{"authority": {"name": "a", "name": "b"}}')[0]).toMatchObject({
      ruleId: 'yaml-duplicate-key',
      line: 1,
      column: 29,
      reason:
        'The key "name" appears twice in one group; keep one (a JSON reader would silently keep the last)',
    })
  })

  // Note: no time is asserted (the benchmark measures speed); the timeout is a hang guard.
  it('U7: should refuse any alias, and an alias bomb quickly', () => {
    expect(
      problems(
        'authority: { name: &n Leeds, nation: england }\ncontract: { type: goods, title: *n }\n',
      ),
    ).toEqual([
      expect.objectContaining({
        ruleId: 'yaml-alias',
        line: 2,
        column: 33,
        reason: 'Aliases (*n) are not allowed: write the value out in full',
      }),
    ])
    const levels = Array.from(
      { length: 10 },
      (_, level) => `l${level + 1}: [${Array(10).fill(`*l${level}`).join(', ')}]`,
    )
    const result = parse(
      `l0: &l0 [lol]\n${levels.map((line, index) => line.replace(': [', `: &l${index + 1} [`)).join('\n')}\n`,
    )
    expect(result.answers).toBeUndefined()
    expect(result.file.messages.some((message) => message.ruleId === 'yaml-alias')).toBe(true)
  }, 5000)

  it('U8: should ask for quotes when text is read as a number, quoting the original source', () => {
    expect(problems(`${VALID}procurement: { reference: 012345 }\n`)).toEqual([
      {
        ruleId: 'quote-the-value',
        line: 6,
        column: 27,
        reason:
          'procurement.reference ("What is the procurement reference?") expects text, but 012345 was read as a number; put the value in quotes: "012345"',
      },
    ])
  })

  it('U8: should ask for quotes for version-like decimals, yes/no words and YAML 1.1 dates', () => {
    expect(problems(`${VALID}procurement: { reference: 1.10 }\n`)[0]?.reason).toContain(
      'but 1.10 was read as a number; put the value in quotes: "1.10"',
    )
    const yes = problems(
      `%YAML 1.1\n---\n${VALID}procurement: { reference: yes, startDate: 2026-05-01 }\n`,
    )
    expect(yes.map((problem) => problem.ruleId)).toEqual(['quote-the-value', 'quote-the-value'])
    expect(yes[0]?.reason).toContain(
      'but yes was read as the yes/no value true; put the value in quotes: "yes"',
    )
    expect(yes[1]?.reason).toContain(
      'but 2026-05-01 was read as a date; put the value in quotes: "2026-05-01"',
    )
  })

  it('U14: should read CR-only and CRLF line endings as LF, with the same answers and lines', () => {
    const text = `${VALID}procurement:\n  reference: ABC-1\n  notes: "one\\ntwo"\n`
    const lf = parse(text)
    expect(lf.file.messages).toEqual([])
    for (const ending of ['\r', '\r\n']) {
      const other = parse(text.replaceAll('\n', ending))
      expect(other.file.messages).toEqual([])
      expect(other.answers).toEqual(lf.answers)
      expect(answersSha256(other.answers ?? {})).toBe(answersSha256(lf.answers ?? {}))
      const bad = problems(`${VALID}contract:\n  title: [x]\n`.replaceAll('\n', ending))
      expect(bad.map(({ ruleId, line }) => ({ ruleId, line }))).toContainEqual({
        ruleId: 'yaml-duplicate-key',
        line: 6,
      })
    }
  })

  it.each([
    ['044', 44],
    ['0o44', 36],
    ['0x10', 16],
    ['+7', 7],
  ])(
    'U15: should refuse the number %s for a percent question, asking for a plain decimal',
    (source, read) => {
      const found = problems(
        `${VALID}contract: { type: goods, share: ${source} }\n`.replace(
          'contract:\n  type: goods\n',
          '',
        ),
      )
      expect(found).toEqual([
        {
          ruleId: 'not-a-decimal',
          line: 4,
          column: 33,
          reason: `contract.share ("What share is subcontracted?") is written ${source}, which YAML reads as the number ${read}; write a plain decimal number (digits, no leading zero, no 0o or 0x), such as ${read}, or put text in quotes: "${source}"`,
        },
      ])
    },
  )

  it('U15: should refuse 044 (YAML 1.1 octal) for money and accept plain decimals, 0.5 and 1e6', () => {
    const old = problems(`%YAML 1.1\n---\n${VALID}  estimatedValue: 044\n`)
    expect(old.map((problem) => problem.ruleId)).toEqual(['not-a-decimal'])
    expect(old[0]?.reason).toContain('which YAML reads as the number 36')
    for (const plain of ['0', '0.5', '12.25', '1e6', '-0']) {
      const { file } = parse(`${VALID}  estimatedValue: ${plain}\n`)
      expect(file.messages.map((message) => message.ruleId)).not.toContain('not-a-decimal')
    }
    expect(problems(`${VALID}procurement: { reference: 0x10 }\n`)[0]?.ruleId).toBe(
      'quote-the-value',
    )
  })

  it('U16: should refuse money above the £1 trillion cap, naming the question, whatever its max', () => {
    const huge = problems(`${VALID}  estimatedValue: 100000000000000000000000\n`)
    expect(huge.map((problem) => problem.ruleId)).toEqual(['out-of-range'])
    expect(huge[0]?.reason).toContain('contract.estimatedValue')
    const loose = parseQuestionnaire(`
version: 1.0.0
sections:
  - id: main
    title: Main
    questions:
      - { id: contract.value, text: What is it worth?, type: money }
`).questionnaire as Questionnaire
    const over = parseAnswers('contract: { value: 1000000000000.01 }\n', loose)
    expect(over.file.messages.map((message) => message.reason)).toEqual([
      'contract.value ("What is it worth?") must be at most 1000000000000, but is 1000000000000.01',
    ])
    expect(parseAnswers('contract: { value: 1000000000000 }\n', loose).answers).toEqual({
      contract: { value: 1_000_000_000_000 },
    })
  })

  it('U9: should refuse custom tags and several documents', () => {
    expect(problems(`${VALID}procurement: { reference: !!js/function "x" }\n`)[0]).toMatchObject({
      ruleId: 'yaml-tag',
      line: 6,
    })
    expect(problems(`${VALID}---\n${VALID}`)[0]).toMatchObject({
      ruleId: 'multiple-documents',
      line: 6,
      column: 1,
    })
  })

  // Note: the timeout is a hang guard, not a speed requirement.
  it('U10: should refuse nesting 100,000 levels deep with a message, not a crash', () => {
    for (const text of [
      '['.repeat(100_000) + ']'.repeat(100_000),
      `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`,
      `${'- '.repeat(100_000)}x\n`,
    ]) {
      const result = parse(text)
      expect(result.answers).toBeUndefined()
      expect(result.file.messages.map((message) => message.ruleId)).toEqual(['too-deep'])
    }
    expect(parse(VALID).answers).toBeDefined()
  }, 20_000)

  it('U11: should refuse a file over the size cap before parsing, giving the limit', () => {
    expect(problems('x'.repeat(MAX_ANSWERS_BYTES + 1))).toEqual([
      {
        ruleId: 'too-large',
        line: undefined,
        column: undefined,
        reason:
          'The file is more than 1,048,576 bytes; the limit is 1,048,576 bytes. An answers file is far smaller: check that this is the right file',
      },
    ])
    expect(parse(new Uint8Array(2000), { maxBytes: 1000 }).file.messages[0]?.reason).toBe(
      'The file is 2,000 bytes; the limit is 1,000 bytes. An answers file is far smaller: check that this is the right file',
    )
  })

  it('U12: should strip a UTF-8 byte-order mark and refuse UTF-16 and binary files', () => {
    const bytes = new TextEncoder().encode(VALID)
    expect(parse(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])).answers).toBeDefined()
    expect(parse(`\uFEFF${VALID}`).answers).toBeDefined()
    expect(problems(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toEqual([
      {
        ruleId: 'not-utf8',
        line: undefined,
        column: undefined,
        reason:
          'The file is in UTF-16, which is not supported; save the file as UTF-8 JSON or YAML',
      },
    ])
    expect(problems(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xc3, 0x28]))[0]?.ruleId).toBe(
      'not-utf8',
    )
  })

  it('should refuse a file that is not a group of answers', () => {
    expect(problems('- a\n- b\n')[0]).toMatchObject({
      ruleId: 'not-an-object',
      reason:
        'An answers file must be a group of answers, such as authority: { name: … }, but got a list',
    })
    expect(problems('')[0]).toMatchObject({ ruleId: 'not-an-object' })
  })

  it('should report YAML syntax errors with their place', () => {
    expect(problems('authority: { name: "Leeds }\n')[0]).toMatchObject({
      ruleId: 'yaml-syntax',
      line: 2,
      column: 1,
      reason: 'The file is not valid JSON or YAML: Missing closing "quote',
    })
  })

  it('F1: should reject a vertical tab in authority.name, naming U+000B and its position', () => {
    expect(problems(VALID.replace('Leeds City Council', '"Leeds\\vCity"'))).toEqual([
      {
        ruleId: 'invalid-character',
        line: 2,
        column: 9,
        reason: `authority.name ("What is the contracting authority's name?") contains U+000B LINE TABULATION at character 6; remove the invisible character`,
      },
    ])
  })

  it('F6: should reject a line break in a single-line answer but keep it in long text, as LF', () => {
    expect(problems(`${VALID}procurement: { reference: "A\\r\\nB" }\n`)[0]).toMatchObject({
      ruleId: 'line-break',
      reason: expect.stringContaining(
        'contains a line break at character 2; write the answer on one line',
      ),
    })
    const { answers } = parse(`${VALID}procurement: { notes: "one\\r\\ntwo\\rthree" }\n`)
    expect(answers?.procurement).toEqual({ notes: 'one\ntwo\nthree' })
  })

  it('U1: should reject lone surrogates written as JSON escapes, never turning them into U+FFFD', () => {
    expect(problems(`${VALID}procurement: { notes: "a\\ud800b" }\n`)[0]?.reason).toContain(
      'contains U+D800 (a lone surrogate, half of a broken character) at character 2',
    )
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const result = parse(`${VALID}procurement: { notes: ${JSON.stringify(text)} }\n`)
        const wellFormed = !/\p{Cs}/u.test(text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''))
        if (!wellFormed) return result.answers === undefined
        const notes = (result.answers?.procurement as { notes?: string } | undefined)?.notes
        return notes === undefined || !notes.includes('\uFFFD') || text.includes('\uFFFD')
      }),
      { numRuns: 300 },
    )
  })

  it('F5: should normalise text to NFC, so NFC and NFD answers hash the same (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 15 }), (text) => {
        const file = (form: string) =>
          `${VALID}contract2: 1\n`
            .replace('contract2: 1\n', '')
            .replace('Leeds City Council', JSON.stringify(`Leeds ${text.normalize(form)}`))
        const nfc = parse(file('NFC'))
        const nfd = parse(file('NFD'))
        if (nfc.answers === undefined || nfd.answers === undefined)
          return nfc.answers === nfd.answers
        return answersSha256(nfc.answers) === answersSha256(nfd.answers)
      }),
      { numRuns: 200 },
    )
  })

  it('F15: should give the count and the limit for an answer over max_length', () => {
    expect(
      problems(VALID.replace('Leeds City Council', 'The Borough Council of Leeds'))[0]?.reason,
    ).toBe(
      `authority.name ("What is the contracting authority's name?") is 28 characters long; the limit is 20, so shorten it by 8`,
    )
  })

  it('should check numbers: finite, range, whole numbers, pence and percent', () => {
    const reasons = problems(`${VALID}  estimatedValue: 12.345\n  years: 2.5\n  share: 101\n`).map(
      (problem) => [problem.ruleId, problem.line, problem.reason],
    )
    expect(reasons).toEqual([
      [
        'too-many-decimals',
        6,
        'contract.estimatedValue ("What is the estimated value?") is an amount in pounds with at most two decimal places (pence), but is 12.345',
      ],
      [
        'not-a-whole-number',
        7,
        'contract.years ("How many years?") must be a whole number, but is 2.5',
      ],
      [
        'out-of-range',
        8,
        'contract.share ("What share is subcontracted?") must be at most 100, but is 101',
      ],
    ])
    expect(problems(`${VALID}  years: .inf\n`)[0]).toMatchObject({
      ruleId: 'wrong-type',
      reason: 'contract.years ("How many years?") expects a finite number, but got Infinity',
    })
    expect(problems(`${VALID}  years: "3"\n`)[0]?.reason).toBe(
      'contract.years ("How many years?") expects a number, but got the text "3"; write digits only, without quotes, such as 25',
    )
  })

  it('should check dates, options and several-of lists', () => {
    const reasons = problems(
      `${VALID}procurement: { startDate: 2026-02-30 }\nvoice: { methods: [workshops, workshops, survey] }\n`,
    ).map((problem) => [problem.ruleId, problem.line, problem.column])
    expect(reasons).toEqual([
      ['invalid-date', 6, 27],
      ['not-an-option', 7, 42],
      ['duplicate-option', 7, 31],
    ])
    expect(problems(VALID.replace('goods', 'good'))[0]?.reason).toBe(
      'contract.type ("What kind of contract is it?") expects one of "goods", "services", "works", but got "good"; did you mean "goods"?',
    )
    expect(problems(`${VALID}  kpis: "yes"\n`)[0]?.reason).toContain(
      'expects true or false, but got the text "yes"',
    )
  })

  it('U2: should report every problem at once, never stopping at the first', () => {
    const ruleIds = problems(
      'authority: { name: "a\\u0000", nation: wales }\ncontract: { type: goods, years: 0 }\nextra: 1\n',
    ).map((problem) => problem.ruleId)
    expect(ruleIds.sort()).toEqual([
      'invalid-character',
      'not-an-option',
      'out-of-range',
      'unknown-answer',
    ])
  })
})

describe('U17: a date outside the question’s range', () => {
  const { questionnaire: dated } = parseQuestionnaire(`
version: 1.0.0
sections:
  - id: procurement
    title: The procurement
    questions:
      - id: procurement.startDate
        text: When does the procurement start?
        type: date
        earliest: '2015-02-26'
        latest: '2035-12-31'
        date_range_reason: the rules the pack covers
`)
  const reasons = (date: string) =>
    parseAnswers(`procurement: { startDate: ${date} }\n`, dated as Questionnaire).file.messages.map(
      (message) => [message.ruleId, message.reason],
    )

  it('U17: should refuse a start year like 1899, naming the field, the range, why, and the fix', () => {
    expect(reasons('1899-03-02')).toEqual([
      [
        'date-out-of-range',
        'procurement.startDate ("When does the procurement start?") is 1899-03-02, but must be on or after 2015-02-26 and on or before 2035-12-31 (the rules the pack covers); check the year',
      ],
    ])
    expect(reasons('2036-01-01')[0]?.[0]).toBe('date-out-of-range')
  })

  it('U17: should accept the first and last days of the range', () => {
    expect(reasons('2015-02-26')).toEqual([])
    expect(reasons('2035-12-31')).toEqual([])
  })

  it('U17: should refuse a range on a question that is not a date, or back to front', () => {
    const { file } = parseQuestionnaire(`
version: 1.0.0
sections:
  - id: a
    title: A
    questions:
      - { id: a.name, text: Name?, type: text, earliest: '2015-01-01' }
      - { id: a.date, text: Date?, type: date, earliest: '2030-01-01', latest: '2020-01-01' }
`)
    const text = file.messages.map(String).join('\n')
    expect(text).toContain('`earliest` applies only to date questions, not to text')
    expect(text).toContain('`earliest` (2030-01-01) is after `latest` (2020-01-01)')
  })
})
