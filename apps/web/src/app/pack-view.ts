// The pack's chunk: the generator, the preview and the pack page, loaded once the first page is
// idle (or when a page needs them), so that the questionnaire's first page loads without them.
export { buildPack, buildPackFromValidated } from './pack.js'
export { prefetchPackFiles } from './pack-downloads.js'
export { PackPage } from './pack-page.js'
export { PackPreview } from './preview.js'
