#!/usr/bin/env bash
# The roster CSV through LibreOffice Calc (issue 14): installs Calc from Debian's packages when it
# is missing (about 1–2 minutes, ~60 packages), then runs scripts/spreadsheet/roundtrip.ts, which
# converts the example roster CSV → .xlsx → CSV headless and checks every ID number and every
# neutralised formula read back exactly. Kept out of .ci/run for its install time; see docs/quality.md.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v soffice >/dev/null 2>&1; then
  if [ "$(id -u)" != "0" ]; then
    echo "soffice is missing: install it with apt-get install --no-install-recommends libreoffice-calc (as root)" >&2
    exit 1
  fi
  start=$(date +%s)
  echo "installing LibreOffice Calc (apt-get install --no-install-recommends libreoffice-calc)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-calc >/dev/null
  echo "installed in $(($(date +%s) - start)) s"
fi
start=$(date +%s)
npx tsx scripts/spreadsheet/roundtrip.ts
echo "round trip done in $(($(date +%s) - start)) s"
