#!/usr/bin/env bash
# `check-publish` of a published package (run by turbo in the package's folder, after its build):
# publint in strict mode on the packed files, then arethetypeswrong on the packed tarball. The
# packages are ESM only, so the esm-only profile ignores CommonJS resolution (node10, and
# node16 from CJS); every ESM and bundler resolution must be clean.
set -euo pipefail
name="$(node -p "require('./package.json').name")"
echo "publint: $name"
npx --no-install publint --strict --pack npm
# Note: a package that exports no modules (the CLI: a command and package.json only) has no types
# for attw to check.
if node -e "process.exit(JSON.stringify(require('./package.json').exports ?? {}).includes('\"types\"') ? 0 : 1)"; then
  echo "attw: $name"
  npx --no-install attw --pack . --profile esm-only --format table-flipped
else
  echo "attw: $name exports no modules, only a command; nothing to check"
fi
