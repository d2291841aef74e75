# Shared by the shell test suites (sourced): one line per check, whatever
# its outcome, a count of each, and a clock for the figures they report.
#
#   check "description" command...   # ok or FAIL, counted
#   echo "$passed passed, $failed failed"; ((failed == 0))

passed=0
failed=0
ok() { passed=$((passed + 1)); printf 'ok    %s\n' "$*"; }
miss() { failed=$((failed + 1)); printf 'FAIL  %s\n' "$*" >&2; }
check() {
  local what=$1
  shift
  if "$@"; then ok "$what"; else miss "$what"; fi
}
now_ms() { date +%s%3N; }
seconds_since() { awk -v a="$1" -v b="$(now_ms)" 'BEGIN { printf "%.2f", (b - a) / 1000 }'; }
