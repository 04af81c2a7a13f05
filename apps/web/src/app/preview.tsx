import type { PackDocument } from '@betterforus/generator'
import { toJsxRuntime } from 'hast-util-to-jsx-runtime'
import type { ComponentChildren } from 'preact'
import { useMemo } from 'preact/hooks'
import { Fragment, jsx, jsxs } from 'preact/jsx-runtime'
import { previewTree } from './preview-tree.js'

/**
 * A live preview of one pack document: the same mdast as the downloads, turned into a
 * sanitised hast tree and rendered as Preact elements (never `innerHTML`).
 */
export function DocumentPreview({ tree }: { tree: PackDocument }) {
  const content = useMemo(
    () =>
      toJsxRuntime(previewTree(tree), {
        Fragment,
        jsx: jsx as never,
        jsxs: jsxs as never,
        elementAttributeNameCase: 'html',
        stylePropertyNameCase: 'css',
      }) as ComponentChildren,
    [tree],
  )
  return (
    // Note: focusable so keyboard users can scroll it (a scrollable region).
    <div
      class="app-preview"
      data-document={tree.data.id}
      aria-label={`Preview: ${tree.data.title}`}
      role="region"
      tabIndex={0}
    >
      {content}
    </div>
  )
}

/** A document chooser and the chosen document's preview. */
export function PackPreview({
  documents,
  selected,
  onSelect,
  idPrefix,
}: {
  documents: PackDocument[]
  selected: string | undefined
  onSelect: (id: string) => void
  idPrefix: string
}) {
  const tree = documents.find((document) => document.data.id === selected) ?? documents[0]
  if (!tree) return null
  return (
    <>
      <div class="govuk-form-group">
        <label class="govuk-label" for={`${idPrefix}-document`}>
          Document to preview
        </label>
        <select
          class="govuk-select"
          id={`${idPrefix}-document`}
          value={tree.data.id}
          onChange={(event) => onSelect(event.currentTarget.value)}
        >
          {documents.map((document) => (
            <option key={document.data.id} value={document.data.id}>
              {document.data.title}
            </option>
          ))}
        </select>
      </div>
      <DocumentPreview tree={tree} />
    </>
  )
}
