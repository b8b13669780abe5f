#!/usr/bin/env bash
# The unit and end-to-end tests once more with the clock of their whole process tree (Node, Vitest,
# Chromium and the extension's service worker) moved to another day, to show no test depends on today.
#   test/moved-date.sh                        # 2027-03-12 09:00 UTC: a quarter's last month
#   TEST_DATE='2027-12-31 09:00:00' test/moved-date.sh
#   test/moved-date.sh npx vitest run         # another command at the moved date
# Needs Debian's `faketime`. The clock is moved by an offset from the real one, not faketime's "@start":
# that one is read in each process's own time zone (Chromium runs in Asia/Ho_Chi_Minh, 7 hours from
# the runner) and restarts for every process started later.
set -euo pipefail
cd "$(dirname "$0")/.."

at="${TEST_DATE:-2027-03-12 09:00:00}"
command -v faketime >/dev/null || { echo "faketime is missing (Debian: apt-get install faketime)" >&2; exit 1; }
target=$(date -u -d "$at" +%s)
offset=$(printf '%+d' $((target - $(date -u +%s))))
moved() { faketime -f "${offset}s" "$@"; }

# A run that did not move the clock would prove nothing: check Node and Chromium see the moved day.
day=$(date -u -d "@$target" +%F)
[ "$(moved node -e 'console.log(new Date().toISOString().slice(0, 10))')" = "$day" ] ||
  { echo "faketime did not move Node's clock to $day" >&2; exit 1; }
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
seen=$(moved "$chromium" --headless --no-sandbox --disable-gpu --dump-dom \
  'data:text/html,<script>document.write(new Date().toISOString().slice(0, 10))</script>' 2>/dev/null)
[[ "$seen" == *"<body>$day</body>"* ]] || { echo "faketime did not move Chromium's clock to $day" >&2; exit 1; }

echo "Clock moved to $at UTC"
if [ $# -gt 0 ]; then
  moved "$@"
else
  moved npm run test:unit
  moved npm run test:e2e
fi
