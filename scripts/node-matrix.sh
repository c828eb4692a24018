#!/usr/bin/env bash
# Runs the test suite and the consumer check (packed tarball, nodenext ESM + CJS, one zod) on
# every supported Node line other than the machine's own: Node 22, 24 and 26 by default, or the
# lines given as arguments (`bash scripts/node-matrix.sh 24`). Each Node comes from the npm
# registry as the `node` package (`npx -p node@N`), so the machine's Node is not touched; the first
# run of a line downloads it. Expects `npm ci` and `npm run build` to have run (CI does both
# first). Prints one line per Node line with its time, and exits 1 if any line failed.
set -uo pipefail
cd "$(dirname "$0")/.."
lines=("$@")
[ ${#lines[@]} -eq 0 ] && lines=(22 24 26)
mkdir -p reports
failed=0
for line in "${lines[@]}"; do
  start=$(date +%s)
  status=ok
  # `npx -p node@N -- sh -c …` puts that Node first on PATH for everything the step runs.
  if ! npx -y -p "node@$line" -- sh -c 'node --version && TZ=Asia/Shanghai node node_modules/vitest/vitest.mjs run --typecheck.enabled=false' > "reports/node-$line-test.txt" 2>&1; then
    status="test suite FAILED (reports/node-$line-test.txt)"
  elif ! npx -y -p "node@$line" -- bash scripts/consumer-check.sh > "reports/node-$line-consumer.txt" 2>&1; then
    status="consumer check FAILED (reports/node-$line-consumer.txt)"
  fi
  version=$(head -n 1 "reports/node-$line-test.txt")
  summary=$(sed 's/\x1b\[[0-9;]*m//g' "reports/node-$line-test.txt" | grep -E "^ +Tests " | tr -s ' ' | tail -n 1)
  echo "node $line ($version): $status;${summary} $(( $(date +%s) - start )) s"
  [ "$status" = ok ] || failed=1
done
exit $failed
