#!/usr/bin/env bash
# Fails when anything a CI run started is still running, and says what.
#
#   bash .ci/leftovers.sh MARK SINCE
#
# MARK is the value of MOSCOW_TIME_CI_RUN, which .ci/run exports before its
# first step. Every process the run starts inherits it, whatever it is (the
# moscow-time binary, the hyper floor, the Python peers, tmux servers and what
# their panes run, Prometheus...), so a step added later is covered as it is.
# A process that dropped its environment is still caught if its executable
# lies in this checkout (target/...). Those are listed, ended by process id
# (TERM, then KILL after 2 s), and fail the check.
#
# Containers inherit nothing: those created since SINCE (Unix seconds) whose
# name or labels carry one of CONTAINERS below (the prefixes the tests use)
# are listed and fail the check, and so do networks of those names created
# since then, and a swarm this engine joined since then (with the
# docker_gwbridge network that swarm mode makes and keeps after it). They are
# removed only under CI (CI=true): on a shared machine, someone else's test
# may have made them.
#
# Services the run means to keep (the Docker engine) start before MARK is set.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
mark=${1:?usage: leftovers.sh MARK SINCE}
since=${2:?usage: leftovers.sh MARK SINCE}
DOCKER=${DOCKER:-/usr/bin/docker}
# tests/suites/container.sh labels its containers moscow-time-test-PID; tests/suites/compose.sh
# runs the compose project moscow-time-compose-test; tests/suites/rolling.sh names its
# replicas moscow-time-rolling-PID-N; tests/suites/swarm.sh deploys the stack
# moscow-time-swarm-test (its containers and networks are named after it).
CONTAINERS=(moscow-time-test- moscow-time-compose-test moscow-time-rolling- moscow-time-swarm-test)

# Whether any of the processes is still running (a zombie has ended: it has
# no executable left).
running() {
  local pid
  for pid; do readlink "/proc/$pid/exe" >/dev/null 2>&1 && return 0; done
  return 1
}

# This script and the shells that run it carry the mark too.
declare -A ours=()
pid=$$
while [[ $pid =~ ^[0-9]+$ && $pid -gt 1 ]]; do
  ours[$pid]=1
  pid=$(awk '/^PPid:/ { print $2 }' "/proc/$pid/status" 2>/dev/null)
done

processes=()
for dir in /proc/[0-9]*; do
  pid=${dir#/proc/}
  [[ -n ${ours[$pid]:-} ]] && continue
  exe=$(readlink "$dir/exe" 2>/dev/null) || continue # kernel threads, zombies
  if grep -qzx "MOSCOW_TIME_CI_RUN=$mark" "$dir/environ" 2>/dev/null || [[ $exe == "$root"/* ]]; then
    processes+=("$pid")
  fi
done

containers=()
networks=()
swarm=""
if "$DOCKER" info >/dev/null 2>&1; then
  while read -r id created about; do
    for prefix in "${CONTAINERS[@]}"; do
      [[ $about == *"$prefix"* ]] || continue
      (($(date -d "$created" +%s) >= since)) && containers+=("$id")
      break
    done
  done < <("$DOCKER" ps -aq | xargs -r "$DOCKER" inspect --format \
    '{{.Id}} {{.Created}} {{.Name}} {{json .Config.Labels}}' 2>/dev/null)
  if [[ $("$DOCKER" info --format '{{.Swarm.LocalNodeState}}' 2>/dev/null) == active ]]; then
    created=$("$DOCKER" node inspect self --format '{{.CreatedAt.Unix}}' 2>/dev/null)
    [[ $created =~ ^[0-9]+$ ]] && ((created >= since)) && swarm=$(date -u -d "@$created" '+%F %T UTC')
  fi
  while read -r id created name; do
    for prefix in "${CONTAINERS[@]}" docker_gwbridge; do
      [[ $name == "$prefix"* ]] || continue
      (($(date -d "$created" +%s) >= since)) && networks+=("$id $name")
      break
    done
  done < <("$DOCKER" network ls -q | xargs -r "$DOCKER" network inspect --format \
    '{{.Id}} {{.Created}} {{.Name}}' 2>/dev/null)
fi
# docker_gwbridge stays while the engine is in a swarm: only the swarm counts then.
[[ -z $swarm ]] || mapfile -t networks < <(printf '%s\n' "${networks[@]}" | grep -v -e ' docker_gwbridge$' -e '^$')

if ((${#processes[@]} == 0 && ${#containers[@]} == 0 && ${#networks[@]} == 0)) && [[ -z $swarm ]]; then
  echo "leftovers: nothing the run started is still running"
  exit 0
fi

if ((${#processes[@]})); then
  echo "leftovers: ${#processes[@]} process(es) the run started are still running:" >&2
  ps -o pid=,etime=,pcpu=,args= -p "$(IFS=,; echo "${processes[*]}")" >&2
  kill -TERM "${processes[@]}" 2>/dev/null
  for _ in $(seq 20); do
    running "${processes[@]}" || break
    sleep 0.1
  done
  kill -KILL "${processes[@]}" 2>/dev/null
fi
if ((${#containers[@]})); then
  echo "leftovers: ${#containers[@]} container(s) the run started still exist:" >&2
  "$DOCKER" ps -a --no-trunc --format '  {{.ID}} {{.Image}} {{.Names}} {{.Status}}' \
    $(printf -- '--filter id=%s ' "${containers[@]}") >&2
  [[ ${CI:-} == true ]] && "$DOCKER" rm -f "${containers[@]}" >/dev/null 2>&1
fi
if [[ -n $swarm ]]; then
  echo "leftovers: the engine is still in the swarm the run created (node created $swarm)" >&2
  [[ ${CI:-} == true ]] && "$DOCKER" swarm leave --force >/dev/null 2>&1 &&
    "$DOCKER" network rm docker_gwbridge >/dev/null 2>&1
fi
if ((${#networks[@]})); then
  echo "leftovers: ${#networks[@]} network(s) the run created still exist:" >&2
  printf '  %s\n' "${networks[@]}" >&2
  [[ ${CI:-} == true ]] && "$DOCKER" network rm "${networks[@]%% *}" >/dev/null 2>&1
fi
echo "leftovers: a run must end everything it starts" >&2
exit 1
