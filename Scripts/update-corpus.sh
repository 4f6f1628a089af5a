#!/usr/bin/env bash
# Regenerates the expected outputs of the conformance corpus with node, the test oracle.
# For each Tests/IntegrationTests/Corpus/NAME.js (or only the files given), runs `node NAME.js`
# in the corpus directory and writes its stdout to NAME.out. When node fails, NAME.err gets the
# error headline (the first stderr line like `TypeError: ...`); otherwise a stale NAME.err goes.
# Needs node (20) on PATH. Run from anywhere:
#   bash Scripts/update-corpus.sh                     # every program
#   bash Scripts/update-corpus.sh errors_tdz_let.js   # just these (names or paths)
set -euo pipefail

corpus="$(cd "$(dirname "${BASH_SOURCE[0]}")/../Tests/IntegrationTests/Corpus" && pwd)"
if [ $# -eq 0 ]; then
  set -- "$corpus"/*.js
fi
for file in "$@"; do
  name="$(basename "$file" .js)"
  [ -f "$corpus/$name.js" ] || { echo "update-corpus: no $name.js in $corpus" >&2; exit 1; }
  status=0
  stderr="$(cd "$corpus" && node "$name.js" 2>&1 >"$name.out")" || status=$?
  if [ "$status" -ne 0 ]; then
    headline="$(printf '%s\n' "$stderr" | grep -m1 -E '^[A-Za-z]*Error: ' || true)"
    [ -n "$headline" ] || { echo "update-corpus: $name.js exited $status without an error headline" >&2; exit 1; }
    printf '%s\n' "$headline" >"$corpus/$name.err"
  else
    rm -f "$corpus/$name.err"
  fi
done
