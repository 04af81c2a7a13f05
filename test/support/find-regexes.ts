import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

export interface FoundRegex {
  /** `file:line`, relative to the repository. */
  where: string
  source: string
  flags: string
}

const SOURCE_FILE = /\.(?:ts|tsx|js|mjs)$/
const SKIPPED = /(?:\.test\.ts|\.generated\.ts|\.d\.ts)$|(?:^|\/)(?:node_modules|dist)(?:\/|$)/

function listFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => SOURCE_FILE.test(file) && !SKIPPED.test(file))
    .sort()
}

/**
 * Every regular expression written in our source: regex literals, and `new RegExp(...)` or
 * `RegExp(...)` whose pattern is a plain string literal. A pattern built at run time is reported
 * with `source` undefined, so a test can refuse it rather than miss it.
 */
export function findRegexes(root: string, folders: string[]): FoundRegex[] {
  const found: FoundRegex[] = []
  for (const file of folders.flatMap((folder) => listFiles(path.join(root, folder)))) {
    const text = readFileSync(file, 'utf8')
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
    const where = (node: ts.Node) =>
      `${path.relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
    const visit = (node: ts.Node) => {
      if (ts.isRegularExpressionLiteral(node)) {
        const literal = node.text
        const end = literal.lastIndexOf('/')
        found.push({
          where: where(node),
          source: literal.slice(1, end),
          flags: literal.slice(end + 1),
        })
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        const [pattern, flags] = node.arguments ?? []
        found.push({
          where: where(node),
          source: pattern && ts.isStringLiteralLike(pattern) ? pattern.text : (undefined as never),
          flags: flags && ts.isStringLiteralLike(flags) ? flags.text : '',
        })
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return found
}
