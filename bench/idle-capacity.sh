#!/usr/bin/env bash
# How many concurrent IDLE connections the reference server and the driver hold on this machine,
# and the memory per connection on each side (issue 8). The server runs in its own JVM with a
# bounded heap; the driver (IdleCapacity) in another. Prints the driver's figures, then the
# server's heap (after a full GC, via jcmd) and RSS before and after the connections.
#
#   bench/idle-capacity.sh                  # 10,000 connections over 100 accounts
#   CONNECTIONS=2000 bench/idle-capacity.sh
#
# Needs a built CLI jar (./imap-harness builds it, or mvn -o install -DskipTests).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
CONNECTIONS=${CONNECTIONS:-10000}
ACCOUNTS=${ACCOUNTS:-100}
PORT=${PORT:-23143}
SERVER_HEAP=${SERVER_HEAP:-512m}
CLIENT_HEAP=${CLIENT_HEAP:-512m}
JAR="$ROOT/harness-cli/target/imap-harness.jar"
[ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -B -q -o install -DskipTests >/dev/null)
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
echo "file descriptor limit: $(ulimit -n) (each connection needs one on each side)"

USERS=()
for i in $(seq 1 "$ACCOUNTS"); do USERS+=(--user "idle$i:pw$i"); done

java -Xmx"$SERVER_HEAP" -cp "$JAR" org.imapharness.server.ServeMain --port "$PORT" --tls-port off \
  --allow-plaintext-auth true --max-connections-per-user 1000000 --max-connections-per-address 1000000 \
  "${USERS[@]}" > "$ROOT/target/idle-capacity-server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do (exec 3<>/dev/tcp/127.0.0.1/"$PORT") 2>/dev/null && break; sleep 0.1; done

server_memory() {
  jcmd "$SERVER" GC.run >/dev/null
  local heap rss
  heap=$(jcmd "$SERVER" GC.heap_info | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+')
  rss=$(awk '/VmRSS/ {print $2}' /proc/"$SERVER"/status)
  echo "$heap $rss"
}
read -r HEAP0 RSS0 < <(server_memory)

java -Xmx"$CLIENT_HEAP" -cp "$JAR" org.imapharness.scenarios.load.capacity.IdleCapacity 127.0.0.1 "$PORT" \
  "$CONNECTIONS" "$ACCOUNTS" 'idle%d' 'pw%d' &
CLIENT=$!
# Measure the server while the connections are all idle: the driver prints "idle connections held"
# before the push test; sample the server a moment after, then let the driver finish.
sleep 2
while kill -0 "$CLIENT" 2>/dev/null && [ "$(ss -Htn state established "( sport = :$PORT )" | wc -l)" -lt "$CONNECTIONS" ]; do
  sleep 1
done
read -r HEAP1 RSS1 < <(server_memory)
wait "$CLIENT" || true
echo "server: heap after GC $((HEAP0 / 1024)) -> $((HEAP1 / 1024)) MiB, RSS $((RSS0 / 1024)) -> $((RSS1 / 1024)) MiB (max heap $SERVER_HEAP)"
awk -v h0="$HEAP0" -v h1="$HEAP1" -v r0="$RSS0" -v r1="$RSS1" -v n="$CONNECTIONS" \
  'BEGIN { printf "server per connection: %.1f KiB heap, %.1f KiB RSS\n", (h1 - h0) / n, (r1 - r0) / n }'
