#!/usr/bin/env bash
# Start a throwaway Cyrus IMAP server (Debian's cyrus-imapd) for running imap-harness against it.
#
#   testenv/cyrus/start.sh [--base DIR] [--port P] [--tls-port P] [--keep-mail] [--reuse]
#                          [--delete-mode delayed|immediate]
#
# Everything lives under the base directory (default /tmp/imap-harness-cyrus): config, sasldb,
# self-signed certificate, databases, spool and sockets. An instance already running from that
# base directory is stopped first and the mail store is wiped, unless --keep-mail (keep mail) or
# --reuse (leave a healthy instance with the same config running). The system Cyrus
# (/etc/imapd.conf, /var/lib/cyrus, systemd) is not touched. Must run as root: the Cyrus master
# drops to the package's 'cyrus' user.
#
# On success stdout holds only KEY=VALUE lines (stable; parsers should ignore unknown keys):
#   CYRUS_PORT=12143            plain IMAP with STARTTLS, LOGIN allowed without TLS
#   CYRUS_TLS_PORT=12993        implicit TLS (imaps)
#   CYRUS_CERT=/tmp/imap-harness-cyrus/ssl/cert.pem
#   CYRUS_BASE=... CYRUS_CONFIG=... CYRUS_VERSION=...
# Users: user1..user20 / secret, alice / alicepw, bob / bobpw; admin imapadmin / adminpw.
# Progress and errors go to stderr; the exit status is non-zero on failure.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BASE=/tmp/imap-harness-cyrus
PORT=12143
TLS_PORT=12993
KEEP_MAIL=0
REUSE=0
DELETE_MODE=delayed   # Cyrus's default; see README.md for why 'immediate' exists
MASTER=${CYRUS_MASTER_BIN:-/usr/sbin/cyrmaster}
# imapd and idled come in the cyrus-imapd package, which conflicts with dovecot-imapd (both
# provide imap-server): installing it removes the Dovecot the other tests need. So they are
# unpacked beside it instead (see README.md); an installed cyrus-imapd is used when present.
PRIVATE_BIN=/opt/imap-harness-cyrus/usr/lib/cyrus/bin
if [ -n "${CYRUS_IMAPD_BIN:-}" ]; then IMAPD_BIN=$CYRUS_IMAPD_BIN
elif [ -x /usr/lib/cyrus/bin/imapd ]; then IMAPD_BIN=/usr/lib/cyrus/bin
else IMAPD_BIN=$PRIVATE_BIN
fi
ADMIN=imapadmin
ADMIN_PASSWORD=adminpw
WAIT_SECONDS=20

log() { echo "start.sh: $*" >&2; }
die() { echo "start.sh: ERROR: $*" >&2; exit 1; }
usage() { sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

while [ $# -gt 0 ]; do
  case "$1" in
    --base) BASE=${2:?--base needs a directory}; shift 2 ;;
    --base=*) BASE=${1#*=}; shift ;;
    --port) PORT=${2:?--port needs a number}; shift 2 ;;
    --port=*) PORT=${1#*=}; shift ;;
    --tls-port) TLS_PORT=${2:?--tls-port needs a number}; shift 2 ;;
    --tls-port=*) TLS_PORT=${1#*=}; shift ;;
    --keep-mail) KEEP_MAIL=1; shift ;;
    --reuse) REUSE=1; shift ;;
    --delete-mode) DELETE_MODE=${2:?--delete-mode needs delayed or immediate}; shift 2 ;;
    --delete-mode=*) DELETE_MODE=${1#*=}; shift ;;
    -h|--help) usage ;;
    *) echo "start.sh: unknown argument: $1" >&2; usage ;;
  esac
done

for p in "$PORT" "$TLS_PORT"; do
  [[ "$p" =~ ^[0-9]+$ ]] && [ "$p" -ge 1 ] && [ "$p" -le 65535 ] || die "invalid port: $p"
done
[ "$PORT" != "$TLS_PORT" ] || die "--port and --tls-port must differ"
case "$DELETE_MODE" in delayed|immediate) ;; *) die "--delete-mode must be delayed or immediate: $DELETE_MODE" ;; esac
[ "$(id -u)" -eq 0 ] || die "run as root: the Cyrus master starts as root and drops to user 'cyrus'"
[ -x "$MASTER" ] || die "$MASTER not found: apt-get install cyrus-common cyrus-admin sasl2-bin"
[ -x "$IMAPD_BIN/imapd" ] && [ -x "$IMAPD_BIN/idled" ] \
  || die "no imapd/idled in $IMAPD_BIN: unpack cyrus-imapd without installing it (testenv/cyrus/README.md)"
command -v saslpasswd2 >/dev/null || die "saslpasswd2 not found: apt-get install sasl2-bin"
command -v cyradm >/dev/null || die "cyradm not found: apt-get install cyrus-admin"
command -v openssl >/dev/null || die "openssl not found: apt-get install openssl"
id cyrus >/dev/null 2>&1 || die "system user 'cyrus' missing (created by the cyrus-common package)"
CYRUS_USER=cyrus; CYRUS_GROUP=$(id -gn cyrus)

# --- base directory (refuse to take over a directory that is not ours) --------------
MARKER=.imap-harness-cyrus
case "$BASE" in /*) ;; *) BASE="$PWD/$BASE" ;; esac
BASE=${BASE%/}
[ -n "$BASE" ] && [ "$BASE" != "/" ] || die "refusing base directory '/'"
if [ -d "$BASE" ] && [ ! -e "$BASE/$MARKER" ] && [ -n "$(ls -A "$BASE")" ]; then
  die "$BASE exists, is not empty and was not created by start.sh; choose another --base"
fi
mkdir -p "$BASE" || die "cannot create $BASE"
touch "$BASE/$MARKER"
chmod 0755 "$BASE"
if command -v flock >/dev/null; then
  exec 9>"$BASE/.lock"
  flock -w 120 9 || die "timed out waiting for the lock on $BASE/.lock"
fi

ETC="$BASE/etc"; SSL="$BASE/ssl"; RUN_DIR="$BASE/run"; LIB="$BASE/lib"; SPOOL="$BASE/spool"
CONF="$ETC/imapd.conf"; MCONF="$ETC/cyrus.conf"; SASLDB="$ETC/sasldb2"
CERT="$SSL/cert.pem"; KEY="$SSL/key.pem"; PIDFILE="$RUN_DIR/master.pid"
mkdir -p "$ETC" "$SSL"
chmod 0755 "$ETC" "$SSL"

sed_args=(
  -e "s|@BASE@|$BASE|g" -e "s|@PORT@|$PORT|g" -e "s|@TLS_PORT@|$TLS_PORT|g"
  -e "s|@CERT@|$CERT|g" -e "s|@KEY@|$KEY|g" -e "s|@ADMIN@|$ADMIN|g" -e "s|@CONF@|$CONF|g"
  -e "s|@IMAPD_BIN@|$IMAPD_BIN|g" -e "s|@DELETE_MODE@|$DELETE_MODE|g"
)
sed "${sed_args[@]}" "$HERE/imapd.conf.template" > "$CONF.new"
sed "${sed_args[@]}" "$HERE/cyrus.conf.template" > "$MCONF.new"

# --- helpers ---------------------------------------------------------------------------
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
greeting() {
  (
    exec 3<>"/dev/tcp/127.0.0.1/$PORT" || exit 1
    IFS= read -r -t 3 line <&3 || exit 1
    printf 'a LOGOUT\r\n' >&3
    exec 3>&-
    [[ "$line" == "* OK"* ]]
  ) 2>/dev/null
}
tls_greeting() {
  printf 'a LOGOUT\r\n' | timeout 10 openssl s_client -connect "127.0.0.1:$TLS_PORT" \
    -servername localhost -CAfile "$CERT" -verify_return_error -quiet 2>/dev/null | grep -q '^\* OK'
}
running() {
  local pid
  [ -s "$PIDFILE" ] || return 1
  pid=$(tr -dc '0-9' < "$PIDFILE")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}
report() {
  echo "CYRUS_PORT=$PORT"
  echo "CYRUS_TLS_PORT=$TLS_PORT"
  echo "CYRUS_CERT=$CERT"
  echo "CYRUS_BASE=$BASE"
  echo "CYRUS_CONFIG=$CONF"
  echo "CYRUS_DELETE_MODE=$DELETE_MODE"
  echo "CYRUS_VERSION=$(dpkg-query -W -f='${Version}' cyrus-common 2>/dev/null || echo unknown)"
}

if [ "$REUSE" -eq 1 ] && [ -f "$CONF" ] && cmp -s "$CONF.new" "$CONF" && cmp -s "$MCONF.new" "$MCONF" \
    && running && greeting && tls_greeting; then
  rm -f "$CONF.new" "$MCONF.new"
  log "reusing the running instance in $BASE"
  report
  exit 0
fi

# --- fresh start -----------------------------------------------------------------------
"$HERE/stop.sh" --base "$BASE" >&2
# imapd children of a stopped master may hold the listening sockets for a moment longer.
for p in "$PORT" "$TLS_PORT"; do
  for _ in $(seq 1 50); do port_open "$p" || break; sleep 0.2; done
  if port_open "$p"; then
    die "port $p on 127.0.0.1 is already in use by another process (see: ss -ltnp | grep :$p)"
  fi
done

rm -rf "$RUN_DIR"
if [ "$KEEP_MAIL" -eq 0 ]; then rm -rf "$LIB" "$SPOOL"; fi
# Cyrus makes its databases itself, but not the directories they live in.
mkdir -p "$RUN_DIR"/{proc,lock,socket} "$SPOOL" \
  "$LIB"/{db,log,msg,proc,ptclient,quota,sieve,socket,user}
chown -R "$CYRUS_USER:$CYRUS_GROUP" "$RUN_DIR" "$LIB" "$SPOOL"
chmod 0750 "$RUN_DIR" "$LIB" "$SPOOL"

# self-signed certificate (kept while valid for another day); imapd runs as cyrus and reads it
if ! [ -s "$CERT" ] || ! [ -s "$KEY" ] || ! openssl x509 -checkend 86400 -noout -in "$CERT" >/dev/null 2>&1; then
  log "generating self-signed certificate $CERT"
  openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 3650 \
    -subj "/CN=localhost/O=imap-harness test Cyrus" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
    -addext "basicConstraints=critical,CA:FALSE" \
    -addext "keyUsage=critical,digitalSignature,keyEncipherment" \
    -addext "extendedKeyUsage=serverAuth" \
    -keyout "$KEY.tmp" -out "$CERT.tmp" >/dev/null 2>&1 || die "openssl could not create a certificate"
  mv "$KEY.tmp" "$KEY"; mv "$CERT.tmp" "$CERT"
fi
chown "$CYRUS_USER:$CYRUS_GROUP" "$KEY"; chmod 0600 "$KEY"; chmod 0644 "$CERT"

# users in a private sasldb (realm = servername "localhost", as imapd looks them up)
rm -f "$SASLDB"
add_user() { printf '%s' "$2" | saslpasswd2 -f "$SASLDB" -u localhost -c -p "$1" || die "saslpasswd2 failed for $1"; }
for i in $(seq 1 20); do add_user "user$i" secret; done
add_user alice alicepw
add_user bob bobpw
add_user "$ADMIN" "$ADMIN_PASSWORD"
chown "$CYRUS_USER:$CYRUS_GROUP" "$SASLDB"; chmod 0640 "$SASLDB"

mv "$CONF.new" "$CONF"; mv "$MCONF.new" "$MCONF"
chmod 0644 "$CONF" "$MCONF"

log "starting $MASTER -C $CONF -M $MCONF (ports $PORT/$TLS_PORT)"
# The daemon keeps the stdio it was started with: never our caller's pipes.
STARTUP_OUT="$BASE/cyrus.startup.out"
if ! "$MASTER" -C "$CONF" -M "$MCONF" -p "$PIDFILE" -d </dev/null >"$STARTUP_OUT" 2>&1 9>&-; then
  cat "$STARTUP_OUT" >&2
  die "cyrmaster failed to start (Cyrus logs to syslog; see $STARTUP_OUT)"
fi

deadline=$((SECONDS + WAIT_SECONDS))
until greeting; do
  if [ "$SECONDS" -ge "$deadline" ]; then
    cat "$STARTUP_OUT" >&2 || true
    "$HERE/stop.sh" --base "$BASE" >&2 || true
    die "no IMAP greeting on 127.0.0.1:$PORT within ${WAIT_SECONDS}s"
  fi
  sleep 0.2
done
# The imaps service forks its first child independently of the imap one: retry until the deadline.
until tls_greeting; do
  if [ "$SECONDS" -ge "$deadline" ]; then
    "$HERE/stop.sh" --base "$BASE" >&2 || true
    die "no IMAP greeting over TLS on 127.0.0.1:$TLS_PORT within ${WAIT_SECONDS}s"
  fi
  sleep 0.5
done

# Each user's INBOX, made by the admin (autocreate_quota would also make it at first login).
if [ "$KEEP_MAIL" -eq 0 ]; then
  {
    for i in $(seq 1 20); do echo "createmailbox user/user$i"; done
    echo "createmailbox user/alice"
    echo "createmailbox user/bob"
  } | cyradm --notls --user "$ADMIN" --password "$ADMIN_PASSWORD" --server 127.0.0.1 --port "$PORT" \
      </dev/stdin >"$BASE/cyradm.out" 2>&1 || { cat "$BASE/cyradm.out" >&2; die "cyradm could not create the users' mailboxes"; }
  if grep -qi 'error\|fail' "$BASE/cyradm.out"; then
    cat "$BASE/cyradm.out" >&2
    die "cyradm reported an error"
  fi
fi

log "ready"
report
