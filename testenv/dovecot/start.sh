#!/usr/bin/env bash
# Start a throwaway Dovecot IMAP server for imap-harness integration tests.
#
#   testenv/dovecot/start.sh [--base DIR] [--port P] [--tls-port P] [--tuned] [--keep-mail] [--reuse]
#
# Everything lives under the base directory (default /tmp/imap-harness-dovecot): config,
# self-signed certificate, users, sockets, state, log and maildirs. Any instance already
# running from that base directory is stopped first and the mail store is wiped, unless
# --keep-mail (keep mail) or --reuse (leave a healthy instance with the same config running).
# The system Dovecot (/etc/dovecot, systemd, ports 143/993) is not touched.
#
# On success stdout holds only KEY=VALUE lines (stable; parsers should ignore unknown keys):
#   DOVECOT_PORT=11143          plain IMAP with STARTTLS, LOGIN allowed without TLS
#   DOVECOT_TLS_PORT=11993      implicit TLS (imaps)
#   DOVECOT_CERT=/tmp/imap-harness-dovecot/ssl/cert.pem
#   DOVECOT_BASE=... DOVECOT_LOG=... DOVECOT_CONFIG=... DOVECOT_TUNED=0|1
# Progress and errors go to stderr; the exit status is non-zero on failure.
# --tuned (or DOVECOT_TUNED=1) selects Dovecot's high-performance process settings.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BASE=/tmp/imap-harness-dovecot
PORT=11143
TLS_PORT=11993
TUNED=${DOVECOT_TUNED:-0}
KEEP_MAIL=0
REUSE=0
DOVECOT=${DOVECOT_BIN:-/usr/sbin/dovecot}
WAIT_SECONDS=20

log() { echo "start.sh: $*" >&2; }
die() { echo "start.sh: ERROR: $*" >&2; exit 1; }
usage() { sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

while [ $# -gt 0 ]; do
  case "$1" in
    --base) BASE=${2:?--base needs a directory}; shift 2 ;;
    --base=*) BASE=${1#*=}; shift ;;
    --port) PORT=${2:?--port needs a number}; shift 2 ;;
    --port=*) PORT=${1#*=}; shift ;;
    --tls-port) TLS_PORT=${2:?--tls-port needs a number}; shift 2 ;;
    --tls-port=*) TLS_PORT=${1#*=}; shift ;;
    --tuned) TUNED=1; shift ;;
    --keep-mail) KEEP_MAIL=1; shift ;;
    --reuse) REUSE=1; shift ;;
    -h|--help) usage ;;
    *) echo "start.sh: unknown argument: $1" >&2; usage ;;
  esac
done
case "$TUNED" in 1|yes|true) TUNED=1 ;; *) TUNED=0 ;; esac

for p in "$PORT" "$TLS_PORT"; do
  [[ "$p" =~ ^[0-9]+$ ]] && [ "$p" -ge 1 ] && [ "$p" -le 65535 ] || die "invalid port: $p"
done
[ "$PORT" != "$TLS_PORT" ] || die "--port and --tls-port must differ"
[ -x "$DOVECOT" ] || die "$DOVECOT not found: apt-get install dovecot-imapd"
command -v openssl >/dev/null || die "openssl not found: apt-get install openssl"

# --- base directory (refuse to take over a directory that is not ours) --------------
MARKER=.imap-harness-dovecot
case "$BASE" in /*) ;; *) BASE="$PWD/$BASE" ;; esac
BASE=${BASE%/}
[ -n "$BASE" ] && [ "$BASE" != "/" ] || die "refusing base directory '/'"
if [ -d "$BASE" ] && [ ! -e "$BASE/$MARKER" ] && [ -n "$(ls -A "$BASE")" ]; then
  die "$BASE exists, is not empty and was not created by start.sh; choose another --base"
fi
mkdir -p "$BASE" || die "cannot create $BASE"
touch "$BASE/$MARKER" || die "cannot write to $BASE (created by another user?)"
chmod 0755 "$BASE"  # the auth process (user dovecot) reads the passwd file below it

# Serialize concurrent callers (e.g. several test JVMs) on the same base directory.
# fd 9 is closed for the daemon below, so the lock ends with this script.
if command -v flock >/dev/null; then
  exec 9>"$BASE/.lock"
  flock -w 120 9 || die "timed out waiting for the lock on $BASE/.lock"
fi

# --- users the processes run as ------------------------------------------------------
if [ "$(id -u)" -eq 0 ]; then
  for u in dovecot dovenull; do
    id "$u" >/dev/null 2>&1 || die "system user '$u' missing (created by the dovecot-core package)"
  done
  INTERNAL_USER=dovecot; INTERNAL_GROUP=$(id -gn dovecot); LOGIN_USER=dovenull
  # Dovecot never runs mail processes as root; the package's 'dovecot' user owns the mail.
  MAIL_UID=$(id -u dovecot); MAIL_GID=$(id -g dovecot)
  ROOTLESS=0
else
  INTERNAL_USER=$(id -un); INTERNAL_GROUP=$(id -gn); LOGIN_USER=$INTERNAL_USER
  MAIL_UID=$(id -u); MAIL_GID=$(id -g)
  ROOTLESS=1
fi

# --- paths and config text -------------------------------------------------------------
ETC="$BASE/etc"; SSL="$BASE/ssl"; RUN_DIR="$BASE/run"; MAIL="$BASE/mail"
CONF="$ETC/dovecot.conf"; PASSWD="$ETC/passwd"; LOG_FILE="$BASE/dovecot.log"
CERT="$SSL/cert.pem"; KEY="$SSL/key.pem"
mkdir -p "$ETC" "$SSL"
chmod 0755 "$ETC" "$SSL"

NPROC=$(nproc 2>/dev/null || echo 2)
sed_args=(
  -e "s|@RUN_DIR@|$RUN_DIR|g" -e "s|@BASE@|$BASE|g"
  -e "s|@PORT@|$PORT|g" -e "s|@TLS_PORT@|$TLS_PORT|g"
  -e "s|@CERT@|$CERT|g" -e "s|@KEY@|$KEY|g" -e "s|@PASSWD@|$PASSWD|g"
  -e "s|@MAIL_LOCATION@|maildir:~/Maildir|g" -e "s|@HOME@|$MAIL/%u|g"
  -e "s|@MAIL_UID@|$MAIL_UID|g" -e "s|@MAIL_GID@|$MAIL_GID|g"
  -e "s|@INTERNAL_USER@|$INTERNAL_USER|g" -e "s|@INTERNAL_GROUP@|$INTERNAL_GROUP|g"
  -e "s|@LOGIN_USER@|$LOGIN_USER|g" -e "s|@NPROC@|$NPROC|g"
)
[ "$TUNED" -eq 1 ] && sed_args+=(-e 's|^\([[:space:]]*\)#TUNED# |\1|')
[ "$ROOTLESS" -eq 1 ] && sed_args+=(-e 's|^\([[:space:]]*\)#ROOTLESS# |\1|')
sed "${sed_args[@]}" "$HERE/dovecot.conf.template" > "$CONF.new"

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
  [ -s "$RUN_DIR/master.pid" ] || return 1
  pid=$(tr -dc '0-9' < "$RUN_DIR/master.pid")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && [ "$(ps -p "$pid" -o comm= 2>/dev/null)" = dovecot ]
}
report() {
  echo "DOVECOT_PORT=$PORT"
  echo "DOVECOT_TLS_PORT=$TLS_PORT"
  echo "DOVECOT_CERT=$CERT"
  echo "DOVECOT_BASE=$BASE"
  echo "DOVECOT_LOG=$LOG_FILE"
  echo "DOVECOT_CONFIG=$CONF"
  echo "DOVECOT_TUNED=$TUNED"
}
show_log() {
  if [ -s "$LOG_FILE" ]; then
    echo "---- last lines of $LOG_FILE ----" >&2
    tail -n 30 "$LOG_FILE" >&2
    echo "----" >&2
  fi
}

if [ "$REUSE" -eq 1 ] && [ -f "$CONF" ] && cmp -s "$CONF.new" "$CONF" && running && greeting && tls_greeting; then
  rm -f "$CONF.new"
  log "reusing the running instance in $BASE"
  report
  exit 0
fi

# --- fresh start -----------------------------------------------------------------------
"$HERE/stop.sh" --base "$BASE" >&2
for p in "$PORT" "$TLS_PORT"; do
  if port_open "$p"; then
    die "port $p on 127.0.0.1 is already in use by another process (see: ss -ltnp | grep :$p)"
  fi
done

rm -rf "$RUN_DIR"
if [ "$KEEP_MAIL" -eq 0 ]; then rm -rf "$MAIL" "$BASE/state"; fi
mkdir -p "$RUN_DIR" "$BASE/state" "$MAIL"
chmod 0755 "$RUN_DIR"
chown "$MAIL_UID:$MAIL_GID" "$MAIL"
chmod 0700 "$MAIL"
: > "$LOG_FILE"

# self-signed certificate (kept while valid for another day)
if ! [ -s "$CERT" ] || ! [ -s "$KEY" ] || ! openssl x509 -checkend 86400 -noout -in "$CERT" >/dev/null 2>&1; then
  log "generating self-signed certificate $CERT"
  openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 3650 \
    -subj "/CN=localhost/O=imap-harness test Dovecot" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
    -addext "basicConstraints=critical,CA:FALSE" \
    -addext "keyUsage=critical,digitalSignature,keyEncipherment" \
    -addext "extendedKeyUsage=serverAuth" \
    -keyout "$KEY.tmp" -out "$CERT.tmp" >/dev/null 2>&1 || die "openssl could not create a certificate"
  mv "$KEY.tmp" "$KEY"; mv "$CERT.tmp" "$CERT"
fi
chmod 0600 "$KEY"; chmod 0644 "$CERT"

# users: user1..user20 / secret, alice / alicepw, bob / bobpw
{
  for i in $(seq 1 20); do echo "user$i:{PLAIN}secret::::::"; done
  echo "alice:{PLAIN}alicepw::::::"
  echo "bob:{PLAIN}bobpw::::::"
} > "$PASSWD"
chmod 0644 "$PASSWD"

mv "$CONF.new" "$CONF"
chmod 0644 "$CONF"
DOVECONF=$(dirname "$DOVECOT")/../bin/doveconf
if [ -x "$DOVECONF" ] && ! out=$("$DOVECONF" -c "$CONF" -n 2>&1 >/dev/null); then
  echo "$out" >&2
  die "generated config $CONF is invalid"
fi

# Non-root: Dovecot cannot raise its own fd limit (it asks for default_client_limit).
[ "$ROOTLESS" -eq 0 ] || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

log "starting $DOVECOT -c $CONF (tuned=$TUNED, ports $PORT/$TLS_PORT)"
# The daemonized master and its log process keep the stdout/stderr they were started with,
# so those must not be our (or a calling JVM's) pipes, or readers wait for EOF forever.
STARTUP_OUT="$BASE/dovecot.startup.out"
if ! "$DOVECOT" -c "$CONF" </dev/null >"$STARTUP_OUT" 2>&1 9>&-; then
  cat "$STARTUP_OUT" >&2
  show_log
  die "dovecot failed to start"
fi
[ ! -s "$STARTUP_OUT" ] || cat "$STARTUP_OUT" >&2

deadline=$((SECONDS + WAIT_SECONDS))
until greeting; do
  if [ "$SECONDS" -ge "$deadline" ]; then
    show_log
    "$HERE/stop.sh" --base "$BASE" >&2 || true
    die "no IMAP greeting on 127.0.0.1:$PORT within ${WAIT_SECONDS}s"
  fi
  sleep 0.2
done
# implicit TLS: handshake, certificate check against our cert, greeting
if ! tls_greeting; then
  show_log
  "$HERE/stop.sh" --base "$BASE" >&2 || true
  die "no IMAP greeting over TLS on 127.0.0.1:$TLS_PORT"
fi

log "ready (log: $LOG_FILE)"
report
