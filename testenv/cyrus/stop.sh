#!/usr/bin/env bash
# Stop the Cyrus test instance started by start.sh from the same base directory.
#
#   testenv/cyrus/stop.sh [--base DIR] [--purge]
#
# Does nothing (exit 0) when no instance runs. --purge also deletes the base directory
# (only if start.sh created it). Never touches the system Cyrus.
set -euo pipefail

BASE=/tmp/imap-harness-cyrus
PURGE=0
while [ $# -gt 0 ]; do
  case "$1" in
    --base) BASE=${2:?--base needs a directory}; shift 2 ;;
    --base=*) BASE=${1#*=}; shift ;;
    --purge) PURGE=1; shift ;;
    -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
    *) echo "stop.sh: unknown argument: $1" >&2; exit 2 ;;
  esac
done
case "$BASE" in /*) ;; *) BASE="$PWD/$BASE" ;; esac
BASE=${BASE%/}
PIDFILE="$BASE/run/master.pid"

alive() { kill -0 "$1" 2>/dev/null; }
# The pid must be a Cyrus master (cyrmaster is a link to master), never a recycled pid.
is_master() { case "$(ps -p "$1" -o comm= 2>/dev/null)" in master|cyrmaster) return 0 ;; *) return 1 ;; esac; }

if [ -s "$PIDFILE" ]; then
  pid=$(tr -dc '0-9' < "$PIDFILE")
  if [ -n "$pid" ] && alive "$pid" && is_master "$pid"; then
    echo "stop.sh: stopping Cyrus master $pid ($BASE)" >&2
    # SIGTERM: the master stops its children and exits.
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do alive "$pid" || break; sleep 0.1; done
    if alive "$pid"; then
      echo "stop.sh: master $pid did not exit after 10s, sending SIGKILL" >&2
      kill -KILL "$pid" 2>/dev/null || true
      sleep 0.5
    fi
  fi
  rm -f "$PIDFILE"
fi

if [ "$PURGE" -eq 1 ] && [ -e "$BASE/.imap-harness-cyrus" ] && [ "$BASE" != "/" ]; then
  rm -rf "$BASE"
fi
exit 0
