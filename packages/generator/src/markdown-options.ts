import { gfmTableFromMarkdown, gfmTableToMarkdown } from 'mdast-util-gfm-table'
import type { Options as ToMarkdownOptions } from 'mdast-util-to-markdown'
import { gfmTable } from 'micromark-extension-gfm-table'

/**
 * CommonMark plus GFM tables, and nothing else: GFM autolink literals would turn a typed
 * `www.example.com` into a link, so that extension stays off (bad-inputs F12).
 */
export const fromMarkdownOptions = {
  extensions: [gfmTable()],
  mdastExtensions: [gfmTableFromMarkdown()],
}

/** Stringify options, set once so output never moves when a library default changes. */
export const toMarkdownOptions: ToMarkdownOptions = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  rule: '-',
  fences: true,
  setext: false,
  listItemIndent: 'one',
  incrementListMarker: true,
  extensions: [gfmTableToMarkdown({ tablePipeAlign: false })],
}
