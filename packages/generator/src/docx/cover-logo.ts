/**
 * The house style's logo, as an image on the cover above the Title:
 *
 * ```xml
 * <w:p><w:r><w:drawing><wp:inline>…<wp:docPr id="1" name="…" descr="Anytown Council logo"/>…<a:blip r:embed="rId…"/>…</w:drawing></w:r></w:p>
 * ```
 *
 * An SVG goes in with a PNG fallback, as Word needs for readers without SVG. The house style
 * carries no fallback, so a fixed transparent 1×1 PNG stands in: Word 2016 and later and
 * LibreOffice draw the SVG; an older reader leaves a blank of the logo's size.
 */
import { ImageRun, Paragraph } from 'docx'
import type { HouseStyle } from '../house-style.js'

/** A transparent 1×1 PNG (68 bytes), the fallback of an SVG logo. */
const BLANK_PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAC0lEQVR42mNgAAIAAAUAAen63NgAAAAASUVORK5CYII=',
  ),
  (char) => char.charCodeAt(0),
)

export function coverLogo(logo: HouseStyle['logo']): Paragraph[] {
  if (logo === undefined) return []
  const common = {
    transformation: { width: logo.width, height: logo.height },
    altText: { name: 'Logo', description: logo.altText, title: logo.altText },
  }
  const image =
    logo.type === 'svg'
      ? new ImageRun({
          ...common,
          type: 'svg',
          data: logo.data,
          fallback: { type: 'png', data: BLANK_PNG },
        })
      : new ImageRun({ ...common, type: 'png', data: logo.data })
  return [new Paragraph({ spacing: { after: 240 }, children: [image] })]
}
