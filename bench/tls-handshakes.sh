#!/usr/bin/env bash
# Full TLS handshakes per second: the reference server on its implicit-TLS port next to
# `openssl s_server`, both with the same certificate and key, both measured by the same client
# (`openssl s_time -new`, one handshake after another, no session reuse) in one run (issue 8).
# Prints each rate and the ratio reference / OpenSSL. The key exchange group is pinned to X25519
# on both servers (DESIGN.md §12: BoringSSL's default hybrid group halves the rate).
#
#   bench/tls-handshakes.sh              # 10 s per server, TLS 1.3
#   SECONDS_EACH=20 TLS=-tls1_2 bench/tls-handshakes.sh
#
# Needs openssl and a built CLI jar (./imap-harness builds it, or mvn -o install -DskipTests).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SECONDS_EACH=${SECONDS_EACH:-10}
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

rate() { # port -> handshakes per second of wall time
  openssl s_time -connect 127.0.0.1:"$1" -new "$TLS" -time "$SECONDS_EACH" 2>/dev/null \
    | awk '/connections in [0-9]+ real seconds/ { printf "%.1f", $1 / $4 }'
}
# Warm up the JVM's TLS path before it is measured (JIT), then measure both, OpenSSL first.
SECONDS_EACH=3 rate "$REF_PORT" > /dev/null
OPENSSL_RATE=$(rate "$OSSL_PORT")
REF_RATE=$(rate "$REF_PORT")
echo "openssl s_server:  $OPENSSL_RATE full handshakes/s ($TLS, X25519, P-256 certificate, s_time -new)"
echo "reference server:  $REF_RATE full handshakes/s (netty-tcnative BoringSSL)"
awk -v r="$REF_RATE" -v o="$OPENSSL_RATE" 'BEGIN { printf "ratio reference / openssl: %.2f (goal >= 0.80)\n", r / o }'
