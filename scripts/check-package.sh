#!/usr/bin/env bash
# `check-publish` of a published package (run by turbo in the package's folder, after its build):
# publint in strict mode on the packed files, then arethetypeswrong on the packed tarball. The
# packages are ESM only, so the esm-only profile ignores CommonJS resolution (node10, and
# node16 from CJS); every ESM and bundler resolution must be clean.
set -euo pipefail
name="$(node -p "require('./package.json').name")"
echo "publint: $name"
npx --no-install publint --strict --pack npm
# A package that exports ./templates/* (the clause library) must carry the library's content as
# files, so a council can read it and `betterforus diff` can read a release as data.
if node -e "process.exit(require('./package.json').exports?.['./templates/*'] ? 0 : 1)"; then
  echo "content: $name"
  npm pack --dry-run --json --ignore-scripts | node -e '
    const files = new Set(JSON.parse(require("fs").readFileSync(0, "utf8"))[0].files.map((f) => f.path))
    const needed = ["templates/README.md", "templates/pack.yaml", "templates/questionnaire.yaml", "templates/glossary.yaml"]
    const folders = ["templates/clauses/", "templates/documents/", "templates/data/", "templates/examples/"]
    const missing = [
      ...needed.filter((file) => !files.has(file)),
      ...folders.filter((folder) => ![...files].some((file) => file.startsWith(folder) && file.length > folder.length)),
    ]
    if (missing.length > 0) {
      console.error(`the package does not carry ${missing.join(", ")}: run its build (scripts/copy-templates.js)`)
      process.exit(1)
    }
    console.log(`${files.size} files, with the templates`)
  '
fi
# Note: a package that exports no modules (the CLI: a command and package.json only) has no types
# for attw to check.
if node -e "process.exit(JSON.stringify(require('./package.json').exports ?? {}).includes('\"types\"') ? 0 : 1)"; then
  echo "attw: $name"
  npx --no-install attw --pack . --profile esm-only --format table-flipped
else
  echo "attw: $name exports no modules, only a command; nothing to check"
fi
