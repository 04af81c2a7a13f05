#!/usr/bin/env bash
# Install the Debian packages the end-to-end suite drives: LibreOffice (DOCX → PDF and text),
# Liberation fonts (Arial metrics), pandoc (DOCX → text oracle), poppler (PDF → PNG and text),
# xmllint, jing (RELAX NG validator for the ISO/IEC 29500 schema check, test/ooxml/), and Chromium
# for the web app's browser tests (playwright-core cannot download a browser here). Skips the
# install when every command is already there.
set -euo pipefail
needed=(soffice pandoc pdftoppm pdftotext xmllint jing chromium)
missing=0
for command in "${needed[@]}"; do command -v "$command" >/dev/null || missing=1; done
[ -f /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf ] || missing=1
if [ "$missing" = 0 ]; then
  echo "e2e dependencies present"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
sudo_cmd=""
[ "$(id -u)" = 0 ] || sudo_cmd="sudo"
$sudo_cmd apt-get update -qq
$sudo_cmd apt-get install -y -qq --no-install-recommends \
  libreoffice-writer-nogui fonts-liberation2 pandoc poppler-utils libxml2-utils jing chromium >/dev/null
for command in "${needed[@]}"; do command -v "$command" >/dev/null; done
echo "e2e dependencies installed"
