import type { Root as HastRoot } from 'hast'
import { toJsxRuntime } from 'hast-util-to-jsx-runtime'
import type { ComponentChildren } from 'preact'
import { Fragment, jsx, jsxs } from 'preact/jsx-runtime'

/** A sanitised hast tree as Preact elements (never `innerHTML`). */
export function HastContent({ tree }: { tree: HastRoot }) {
  return toJsxRuntime(tree, {
    Fragment,
    jsx: jsx as never,
    jsxs: jsxs as never,
    elementAttributeNameCase: 'html',
    stylePropertyNameCase: 'css',
  }) as ComponentChildren
}
