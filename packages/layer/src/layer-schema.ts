import semver from 'semver'
import { z } from 'zod'

/** A clause or document id, as the library spells them: `pay-rlw-require`. */
const idSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'expected an id such as `pay-rlw-require`')

/** One line of text a bidder reads: no control, format or line-separator characters. */
const lineSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^\p{C}\u2028\u2029]*$/u, 'expected one line of plain text, without control characters')

const fontSchema = z
  .string()
  .trim()
  .regex(
    /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,63}$/u,
    'expected a font family name such as `Arial` (letters, digits, spaces, dots, hyphens)',
  )

const colourSchema = z
  .string()
  .regex(/^[0-9A-Fa-f]{6}$/, 'expected six hexadecimal digits without `#`, such as `1D70B8`')
  .transform((colour) => colour.toUpperCase())

/** `pay-rlw-require@^1`: a library clause and the range of its versions a replacement stands in for. */
const replacesSchema = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]*@\S+$/,
    'expected `<clause id>@<version range>`, such as `pay-rlw-require@^1`',
  )
  .refine((value) => semver.validRange(value.slice(value.indexOf('@') + 1)) !== null, {
    message: 'the part after `@` is not a version range; write one such as `^1` or `~1.2.0`',
  })

const versionSchema = z
  .string()
  .refine((value) => semver.valid(value) !== null, 'expected a version such as `1.2.0`')

/** `layer.yaml`: the council's house style, its local clauses' places, and its replacements. */
export const layerFileSchema = z.strictObject({
  'house-style': z
    .strictObject({
      logo: z
        .strictObject({
          file: z.string().min(1).max(200),
          alt: lineSchema,
        })
        .optional(),
      'heading-font': fontSchema.optional(),
      'heading-colour': colourSchema.optional(),
      'body-font': fontSchema.optional(),
      'cover-lines': z.array(lineSchema).max(6).optional(),
      'header-line': lineSchema.optional(),
    })
    .default({}),
  additions: z
    .array(
      z.strictObject({
        clause: idSchema,
        document: idSchema,
        /** The library or local clause it follows; without it, the end of the document. */
        after: idSchema.optional(),
      }),
    )
    .max(100)
    .default([]),
  replacements: z
    .array(
      z.strictObject({
        clause: idSchema,
        replaces: replacesSchema,
        /** The version of the library clause the council's lawyer reviewed it against. */
        reviewed: versionSchema.optional(),
      }),
    )
    .max(100)
    .default([]),
})

export type LayerFile = z.output<typeof layerFileSchema>

/** The fields of the layer's `package.json` we read. */
export const layerPackageSchema = z.looseObject({
  name: z
    .string()
    .regex(
      /^(?:@[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*$/,
      'expected an npm package name such as `@riverside-council/betterforus-layer`',
    )
    .max(214),
  version: versionSchema,
})
