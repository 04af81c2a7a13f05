import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import {
  checkTemplate,
  MAX_NESTING,
  MAX_TEMPLATE_BYTES,
  type TemplateScope,
} from './check-template.js'

const scope: TemplateScope = {
  names: new Set(['authority.name', 'contract.title', 'regime']),
  suggest: () => undefined,
}

/** Check a template placed after three lines of front matter; its messages with their place. */
function check(source: string) {
  const file = new VFile({ path: 'clauses/example.md' })
  const uses = checkTemplate(source, file, scope, { lineOffset: 3 })
  const messages = file.messages.map((message) => ({
    ruleId: message.ruleId,
    line: message.line,
    column: message.column,
    fatal: message.fatal,
    reason: message.reason,
  }))
  return { uses, messages }
}

describe('checkTemplate', () => {
  it('T3: allows @key inside #each, and names it among the data variables it allows', () => {
    expect(check('{{#each authority.name}}{{@key}}{{/each}}').messages).toEqual([])
    expect(check('{{@key}}').messages).toEqual([
      expect.objectContaining({
        ruleId: 'denied-path',
        reason: '`@key` is not allowed here; only @index, @first, @last and @key inside #each',
      }),
    ])
  })

  it('T3: refuses an unknown helper, with line and column', () => {
    expect(check('Text.\n\nPay {{shout authority.name}}.').messages).toEqual([
      expect.objectContaining({ ruleId: 'unknown-helper', line: 6, column: 5, fatal: true }),
    ])
  })

  it.each([
    ['lookup', 'Hello {{lookup authority "name"}}.', 'unknown-helper', 7],
    ['log', 'Hello {{log contract.title}}.', 'unknown-helper', 7],
    ['#with', 'Hello {{#with authority}}{{name}}{{/with}}.', 'unknown-helper', 7],
  ])('T3: refuses the %s built-in, with line and column', (_name, source, ruleId, column) => {
    expect(check(source).messages).toEqual([
      expect.objectContaining({ ruleId, line: 4, column, fatal: true }),
    ])
  })

  it('T3: refuses decorators and decorator blocks', () => {
    const { messages } = check('{{* decorate}}\n{{#* inline "x"}}y{{/inline}}')
    expect(messages.map(({ ruleId, line, column }) => ({ ruleId, line, column }))).toEqual([
      { ruleId: 'denied-construct', line: 4, column: 1 },
      { ruleId: 'denied-construct', line: 5, column: 1 },
    ])
    expect(messages[0]?.reason).toBe('decorators are not allowed: templates are data, not programs')
  })

  it('T3: refuses dynamic partials and partial blocks', () => {
    const { messages } = check('{{> (contract.title)}}\n{{#> layout}}x{{/layout}}')
    expect(messages.map(({ ruleId, line }) => ({ ruleId, line }))).toEqual([
      { ruleId: 'denied-construct', line: 4 },
      { ruleId: 'denied-construct', line: 5 },
    ])
    expect(messages[0]?.reason).toBe('partials are not allowed: templates are data, not programs')
  })

  it('T3: refuses triple-stash, which would print an answer unescaped', () => {
    expect(check('Name: {{{authority.name}}}').messages).toEqual([
      expect.objectContaining({ ruleId: 'triple-stash', line: 4, column: 7 }),
    ])
  })

  it('T3: accepts our helpers and names, and lists what the template uses', () => {
    const { uses, messages } = check('{{#if (eq regime "pa2023")}}{{contract.title}}{{/if}}')
    expect(messages).toEqual([])
    expect(uses?.answers).toEqual(['regime', 'contract.title'])
  })

  // Note: the caps are checked before Handlebars parses, so these return at once; the file's
  // timeout (vitest.config.ts) is only a hang guard, as speed is measured in the benchmark.
  it('T5: refuses a template over the size cap, giving the size and the limit', () => {
    const { uses, messages } = check('x'.repeat(MAX_TEMPLATE_BYTES + 1))
    expect(uses).toBeUndefined()
    expect(messages).toEqual([
      expect.objectContaining({
        ruleId: 'template-too-large',
        reason: `template is ${MAX_TEMPLATE_BYTES + 1} characters; the limit is ${MAX_TEMPLATE_BYTES}`,
      }),
    ])
  })

  it('T5: refuses 5,000 nested blocks by the nesting cap, and accepts the cap itself', () => {
    const nest = (depth: number) =>
      `${'{{#if contract.title}}'.repeat(depth)}x${'{{/if}}'.repeat(depth)}`
    expect(check(nest(5000)).messages).toEqual([
      expect.objectContaining({
        ruleId: 'too-deep',
        reason: `blocks are nested more than ${MAX_NESTING} deep`,
      }),
    ])
    expect(check(nest(MAX_NESTING)).messages).toEqual([])
  })

  it('T6: refuses a partial call at any indentation, so no include can become a code block', () => {
    for (const indent of ['', '  ', '    ', '\t']) {
      expect(check(`Text.\n\n${indent}{{> clause}}`).messages, JSON.stringify(indent)).toEqual([
        expect.objectContaining({ ruleId: 'denied-construct', line: 6 }),
      ])
    }
  })
})
