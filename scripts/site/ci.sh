#!/usr/bin/env bash
# CI step for the policy explorer: installs Debian's chromium (and a Chinese font for the
# screenshot) when missing, then builds the site and runs it in the browser (npm run test:site),
# which ends with "site: N passed, N failed" and saves reports/site.png.
set -euo pipefail
cd "$(dirname "$0")/../.."
missing=()
command -v chromium > /dev/null || missing+=(chromium)
fc-list :lang=zh 2> /dev/null | grep -q . || missing+=(fonts-wqy-microhei)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
fi
mkdir -p reports
npm run --silent test:site
