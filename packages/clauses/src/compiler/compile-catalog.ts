import { type CompileResult, compileTemplates } from './compile-templates.js'
import { folderTemplateFiles } from './folder-template-files.js'

/**
 * Read and check every file of a templates folder and compile it into a catalog (Node only; see
 * `compileTemplates` for template files held anywhere).
 *
 * @param directory The `templates/` folder.
 * @param library The name and version the catalog is published as.
 * @param options `published`: a release read as history, whose placeholders and missing citation
 *   forms are warnings, not errors.
 */
export function compileCatalog(
  directory: string,
  library: { name: string; version: string },
  options: { published?: boolean } = {},
): Promise<CompileResult> {
  return compileTemplates(folderTemplateFiles(directory), library, options)
}
