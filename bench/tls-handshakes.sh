#!/usr/bin/env bash
# Full TLS handshakes per second: the reference server on its implicit-TLS port next to
# `openssl s_server`, both with the same certificate and key, both measured by the same client
# (`openssl s_time -new`, one handshake after another, no session reuse) in one run (issue 8).
# Prints each rate and the ratio reference / OpenSSL. The key exchange group is pinned to X25519
# on both servers (DESIGN.md §12: BoringSSL's default hybrid group halves the rate).
#
#   bench/tls-handshakes.sh              # 15 s warm-up, then 4 x 3 s windows per server, TLS 1.3
#   WINDOWS=8 TLS=-tls1_2 bench/tls-handshakes.sh
#
# Needs openssl and a built CLI jar (./imap-harness builds it, or mvn -o install -DskipTests).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WARMUP=${WARMUP:-15}
WINDOW=${WINDOW:-3}
WINDOWS=${WINDOWS:-4}
TLS=${TLS:--tls1_3}
REF_PORT=${REF_PORT:-24993}
OSSL_PORT=${OSSL_PORT:-25993}
JAR="$ROOT/harness-cli/target/imap-harness.jar"
OUT=$(mktemp -d)
[ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -B -q -o install -DskipTests >/dev/null)

openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj /CN=localhost \
  -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" -keyout "$OUT/key.pem" -out "$OUT/cert.pem" 2>/dev/null

java -Xmx512m -cp "$JAR" org.imapharness.server.ServeMain --port 0 --tls-port "$REF_PORT" \
  --cert "$OUT/cert.pem" --key "$OUT/key.pem" --tls.engine openssl --tls.groups X25519 \
  --max-connections-per-address 100000 > "$OUT/server.log" 2>&1 &
REF=$!
openssl s_server -accept "$OSSL_PORT" -cert "$OUT/cert.pem" -key "$OUT/key.pem" -groups X25519 -quiet \
  -naccept 100000000 > /dev/null 2>&1 &
OSSL=$!
trap 'kill $REF $OSSL 2>/dev/null || true; rm -rf "$OUT"' EXIT
for port in "$REF_PORT" "$OSSL_PORT"; do
  for _ in $(seq 1 150); do (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null && break; sleep 0.1; done
done

handshakes() { # port seconds -> full handshakes completed
  openssl s_time -connect 127.0.0.1:"$1" -new "$TLS" -time "$2" 2>/dev/null \
    | awk '/connections in [0-9]+ real seconds/ { print $1 }'
}
# The JVM compiles its TLS path for many seconds; a short warm-up leaves the JIT running through the
# measurement (seen with JFR: 35 % of server CPU in C2 after 3 s). Warm up, then alternate short
# windows so that load swings on this shared machine hit both servers alike.
handshakes "$REF_PORT" "$WARMUP" > /dev/null
REF_TOTAL=0; OSSL_TOTAL=0
for _ in $(seq 1 "$WINDOWS"); do
  REF_TOTAL=$((REF_TOTAL + $(handshakes "$REF_PORT" "$WINDOW")))
  OSSL_TOTAL=$((OSSL_TOTAL + $(handshakes "$OSSL_PORT" "$WINDOW")))
done
SPAN=$((WINDOWS * WINDOW))
echo "openssl s_server:  $((OSSL_TOTAL / SPAN)) full handshakes/s ($TLS, X25519, P-256 certificate, s_time -new, $WINDOWS x ${WINDOW}s windows)"
echo "reference server:  $((REF_TOTAL / SPAN)) full handshakes/s (netty-tcnative BoringSSL, after ${WARMUP}s warm-up)"
awk -v r="$REF_TOTAL" -v o="$OSSL_TOTAL" -v l="$(cut -d' ' -f1 /proc/loadavg)" \
  'BEGIN { printf "ratio reference / openssl: %.2f (goal >= 0.80); load average %s\n", r / o, l }'
