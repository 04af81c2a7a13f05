import type { HouseStyle } from '@betterforus/generator'
import { SaxesParser } from 'saxes'

/** The largest logo a layer may carry: a cover logo is a few kilobytes. */
export const MAX_LOGO_BYTES = 256 * 1024
/** The box the logo is scaled down into on the cover, in pixels (about 6.3 cm by 2.5 cm). */
const BOX = { width: 240, height: 96 }
/** Larger sides than this are not a logo, and would overflow Word's measures. */
const MAX_SIDE = 10_000

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** Width and height of a PNG, from its IHDR chunk, which the format puts first. */
function pngSize(bytes: Uint8Array): { width: number; height: number } | string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const ihdr = String.fromCharCode(...bytes.subarray(12, 16))
  if (bytes.length < 24 || ihdr !== 'IHDR') return 'it is not a PNG: its first chunk is not IHDR'
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

/** A length of the SVG root, in pixels: a plain number, or one in `px`. */
const svgLength = (value: string | undefined): number | undefined => {
  // Note: trimmed first, so the pattern has no whitespace run to backtrack over (F17).
  const match = value === undefined ? null : /^(\d+(?:\.\d+)?)(?:px)?$/.exec(value.trim())
  return match ? Number(match[1]) : undefined
}

/**
 * Width and height of an SVG, from its root element's `width` and `height`, or its `viewBox`.
 * Read with an XML parser that expands no entity; a DOCTYPE (the way to entity bombs and
 * external files) is refused.
 */
function svgSize(bytes: Uint8Array): { width: number; height: number } | string {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return 'it is neither a PNG nor UTF-8 SVG'
  }
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) return 'it has a DOCTYPE or entity; save it as plain SVG'
  let root: Record<string, string> | undefined
  let name = ''
  const parser = new SaxesParser({ xmlns: false })
  parser.on('opentag', (node) => {
    if (root) return
    name = node.name
    root = Object.fromEntries(
      Object.entries(node.attributes).map(([key, value]) => [key, String(value)]),
    )
  })
  try {
    parser.write(text).close()
  } catch (error) {
    return `it is not well-formed XML (${(error as Error).message.split('\n')[0]})`
  }
  if (!root || name.replace(/^.*:/, '') !== 'svg') return 'it is neither a PNG nor an SVG'
  const box = (root.viewBox ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number)
  const width = svgLength(root.width) ?? (box.length === 4 ? box[2] : undefined)
  const height = svgLength(root.height) ?? (box.length === 4 ? box[3] : undefined)
  if (!width || !height || !Number.isFinite(width) || !Number.isFinite(height)) {
    return 'its size cannot be read: give the <svg> element `width` and `height` in pixels, or a `viewBox`'
  }
  return { width, height }
}

/**
 * Read a layer's logo: PNG or SVG by its content (not its name), its size in pixels from the
 * file, scaled down to fit the cover's box.
 *
 * @returns The logo as the house style carries it, or a problem in words.
 */
export function readLogo(
  bytes: Uint8Array,
  altText: string,
): NonNullable<HouseStyle['logo']> | string {
  const isPng = PNG_SIGNATURE.every((byte, index) => bytes[index] === byte)
  const size = isPng ? pngSize(bytes) : svgSize(bytes)
  if (typeof size === 'string') return `${size}; a logo is a PNG or an SVG`
  if (size.width < 1 || size.height < 1 || size.width > MAX_SIDE || size.height > MAX_SIDE) {
    return `its size ${size.width}×${size.height} is not between 1 and ${MAX_SIDE} pixels a side`
  }
  const scale = Math.min(1, BOX.width / size.width, BOX.height / size.height)
  return {
    type: isPng ? 'png' : 'svg',
    data: bytes,
    width: Math.max(1, Math.round(size.width * scale)),
    height: Math.max(1, Math.round(size.height * scale)),
    altText,
  }
}
