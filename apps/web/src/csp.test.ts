import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from './csp.js'
import { TEMPLATE_POLICY } from './layer/trusted-templates.js'

const directives = new Map(
  CONTENT_SECURITY_POLICY.split('; ').map((directive) => {
    const [name = '', ...values] = directive.split(' ')
    return [name, values] as const
  }),
)

describe('CONTENT_SECURITY_POLICY', () => {
  it('should allow eval only with Trusted Types enforced for scripts', () => {
    expect(directives.get('script-src')).toEqual(["'self'", "'unsafe-eval'"])
    expect(directives.get('require-trusted-types-for')).toEqual(["'script'"])
  })

  it('should name exactly two Trusted Types policies: the service worker and the templates', () => {
    expect(directives.get('trusted-types')).toEqual(['betterforus-sw', TEMPLATE_POLICY])
  })

  it("should not use 'trusted-types-eval', which Chromium 156 lets plain strings through", () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('trusted-types-eval')
  })

  it('should keep every request on the page origin and none once loaded', () => {
    expect(directives.get('default-src')).toEqual(["'self'"])
    expect(directives.get('connect-src')).toEqual(["'none'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
  })
})
