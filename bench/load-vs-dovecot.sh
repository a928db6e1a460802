#!/usr/bin/env bash
# Runs one built-in Gatling simulation against the reference server and against Dovecot
# (testenv/dovecot, tuned process config), one after the other on this machine. Each server runs
# in its own process and the load generator in a third. Prints both summaries, then the throughput
# and p99 ratios (reference / Dovecot).
#
#   bench/load-vs-dovecot.sh        # throughput: mixed profile, closed model, 100 users, phones
#                                   # IDLE 100 ms, servers on CPU 1 and the generator on CPU 0
#   SERVER_CPUS= LOAD_CPUS= USERS=20 LOAD_PROPS= bench/load-vs-dovecot.sh   # the gentle default profile
#   SIM=LoginStormSimulation MODEL=open RATE=50 DURATION=20s bench/load-vs-dovecot.sh
#   CERT=ec bench/load-vs-dovecot.sh  # both servers on an EC P-256 certificate instead of RSA-2048
#
# Throughput is only comparable when the servers saturate: with the simulation's own defaults
# (20 users, phones IDLE 2 s) both servers idle most of the time and the ratio is ~1.0, set by
# the users' think time. Hence the defaults here: enough users with short IDLEs to keep a server
# busy, and SERVER_CPUS / LOAD_CPUS (taskset CPU lists; empty = no pinning) pin both servers to
# the same CPU and the load generator to another, so the servers, not the generator, saturate.
# The generator's self-check still marks a run INVALID when the generator itself saturates.
# LOAD_PROPS adds -D settings for the simulation (see its Javadoc).
# Every TLS handshake is a full one (the simulations' default): the testenv's Dovecot resumes no
# sessions, while the reference server does, so resumption would favour it. To measure with
# clients that resume: LOAD_PROPS="-Dload.mixed.idle=100ms -Dload.tls-resumption=true".
#
# Needs: dovecot-imapd (apt), a built tree (mvn -o install -DskipTests). Output under target/bench-load/.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SIM=${SIM:-MixedProfileSimulation}
MODEL=${MODEL:-closed}
USERS=${USERS:-100}
RATE=${RATE:-20}
DURATION=${DURATION:-30s}
CERT=${CERT:-rsa}
OUT=${OUT:-$ROOT/target/bench-load/$(date +%Y%m%d-%H%M%S)}
REF_PORT=${REF_PORT:-21143}
REF_TLS_PORT=${REF_TLS_PORT:-21993}
DOV_PORT=${DOV_PORT:-22143}
DOV_TLS_PORT=${DOV_TLS_PORT:-22993}
mkdir -p "$OUT"

echo "building the class path..." >&2
(cd "$ROOT" && mvn -q -o -B dependency:build-classpath -pl scenarios -Dmdep.outputFile="$OUT/cp.txt" >/dev/null)
CP="$ROOT/scenarios/target/classes:$(cat "$OUT/cp.txt")"
# Pinning needs two CPUs; "${VAR-default}" keeps an explicitly empty setting empty.
if [ "$(nproc)" -ge 2 ]; then DEFAULT_SERVER_CPUS=1; DEFAULT_LOAD_CPUS=0; else DEFAULT_SERVER_CPUS=; DEFAULT_LOAD_CPUS=; fi
SERVER_CPUS=${SERVER_CPUS-$DEFAULT_SERVER_CPUS}
LOAD_CPUS=${LOAD_CPUS-$DEFAULT_LOAD_CPUS}
LOAD_PROPS=${LOAD_PROPS--Dload.mixed.idle=100ms}
# Command prefixes, not a function: "$!" of a backgrounded function would be a subshell's pid.
PIN_SERVERS=(); [ -z "$SERVER_CPUS" ] || PIN_SERVERS=(taskset -c "$SERVER_CPUS")
PIN_LOAD=(); [ -z "$LOAD_CPUS" ] || PIN_LOAD=(taskset -c "$LOAD_CPUS")
JAVA="java --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/jdk.internal.misc=ALL-UNNAMED"

# Both servers remember successful logins: the testenv's tuned Dovecot has auth_cache_size=1M
# (and {PLAIN} passwords besides), so without a cache here the reference server would be the only
# one deriving an Argon2id hash on every login.
# The same 20 accounts on both servers (Dovecot's testenv ships user1..user20 / secret).
CSV="$OUT/accounts.csv"
echo "user,password" > "$CSV"
USER_FLAGS=()
for i in $(seq 1 20); do
  echo "user$i,secret" >> "$CSV"
  USER_FLAGS+=(--user "user$i:secret")
done

REF_PID=""
cleanup() {
  # Wait for it to go, so that a bench run straight after finds its ports free.
  [ -n "$REF_PID" ] && { kill "$REF_PID" 2>/dev/null; wait "$REF_PID" 2>/dev/null; } || true
  # Our own base directory: never stop a Dovecot that tests of other modules share.
  bash "$ROOT/testenv/dovecot/stop.sh" --base "$OUT/dovecot" --purge >/dev/null 2>&1 || true
}
trap cleanup EXIT

# One certificate for both servers, so TLS costs the same on each: CERT=rsa (default) is what
# testenv's start.sh makes for Dovecot (RSA-2048, as most deployed certificates still are);
# CERT=ec puts an EC P-256 certificate in its place first (cheaper handshakes for both).
case "$CERT" in
  rsa) ;;
  ec)
    mkdir -p "$OUT/dovecot/ssl"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -sha256 -days 30 \
      -subj "/CN=localhost/O=imap-harness bench" -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
      -keyout "$OUT/dovecot/ssl/key.pem" -out "$OUT/dovecot/ssl/cert.pem" >/dev/null 2>&1 ;;
  *) echo "CERT must be rsa or ec, was '$CERT'" >&2; exit 2 ;;
esac

echo "starting Dovecot (tuned)..." >&2
eval "$("${PIN_SERVERS[@]}" bash "$ROOT/testenv/dovecot/start.sh" --base "$OUT/dovecot" --port "$DOV_PORT" --tls-port "$DOV_TLS_PORT" --tuned)"


echo "starting the reference server on $REF_PORT/$REF_TLS_PORT..." >&2
"${PIN_SERVERS[@]}" $JAVA -Xmx1g -cp "$CP" org.imapharness.server.ServeMain --port "$REF_PORT" --tls-port "$REF_TLS_PORT" \
  --cert "$DOVECOT_CERT" --key "$(dirname "$DOVECOT_CERT")/key.pem" \
  --allow-plaintext-auth --max-connections-per-user 100000 --max-connections-per-address 100000 \
  --auth.cache-entries 10000 \
  "${USER_FLAGS[@]}" > "$OUT/reference-server.log" 2>&1 &
REF_PID=$!
for _ in $(seq 1 60); do
  grep -q '^ready' "$OUT/reference-server.log" 2>/dev/null && break
  kill -0 "$REF_PID" 2>/dev/null || { echo "reference server failed:" >&2; cat "$OUT/reference-server.log" >&2; exit 1; }
  sleep 0.5
done
grep -q '^ready' "$OUT/reference-server.log" || { echo "reference server not ready in 30 s" >&2; exit 1; }

run() { # name port
  # shellcheck disable=SC2086 # LOAD_PROPS is a list of -D words
  "${PIN_LOAD[@]}" $JAVA -Xmx1g -Dlogback.configurationFile=imap-harness-load-logback.xml -cp "$CP" $LOAD_PROPS \
    -Dload.target="127.0.0.1:$2" -Dload.trust=insecure -Dload.credentials="$CSV" \
    -Dload.model="$MODEL" -Dload.users="$USERS" -Dload.rate="$RATE" -Dload.duration="$DURATION" \
    org.imapharness.scenarios.load.runner.LoadRunner \
    "org.imapharness.scenarios.load.simulations.$SIM" "$OUT/$1" > "$OUT/$1.log" 2>&1 || true
  sed -n '/^== /,$p' "$OUT/$1.log"
}

echo "== load: $SIM, $MODEL model, users=$USERS rate=$RATE duration=$DURATION, $CERT certificate${LOAD_PROPS:+ $LOAD_PROPS}${SERVER_CPUS:+, servers on CPU $SERVER_CPUS, generator on CPU $LOAD_CPUS}"
run reference "$REF_TLS_PORT"
run dovecot "$DOVECOT_TLS_PORT"

# "All Requests" rows, side by side: $1-$10 reference, $11-$20 Dovecot (All Requests total ok ko req/s p50 p95 p99 max)
row() { grep -m1 '^All Requests' "$OUT/$1.log" || true; }
REF=$(row reference); DOV=$(row dovecot)
if [ -z "$REF" ] || [ -z "$DOV" ]; then
  echo "a run produced no summary; see $OUT/*.log" >&2
  exit 1
fi
echo "$REF" "$DOV" | awk '{ printf "\nthroughput: reference %.1f req/s, dovecot %.1f req/s, ratio %.2f\n", $6, $16, $6 / $16;
  printf "p99:        reference %d ms, dovecot %d ms, ratio %.2f\n", $9, $19, ($19 > 0 ? $9 / $19 : 0) }'
grep -h '^INVALID' "$OUT"/reference.log "$OUT"/dovecot.log | sed 's/^/note: /' || true
echo "reports under $OUT"
