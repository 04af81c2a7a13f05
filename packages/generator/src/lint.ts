// The `./lint` subpath of @betterforus/generator: the branch lint, which renders every reachable
// combination of answers. Kept out of the main entry, which a browser loads, because only the
// CLI's `lint --branches` and the tests run it.
export { type BranchFailure, type BranchReport, lintBranches } from './branches/lint-branches.js'
