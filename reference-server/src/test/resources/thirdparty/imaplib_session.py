"""A mail session with Python's own imaplib over implicit TLS (IMAP4_SSL), trusting only the
server's CA: folders (one with a non-ASCII name in modified UTF-7, RFC 3501 §5.1.3), APPEND of the
whole corpus, SELECT, FETCH RFC822 compared byte for byte, STORE, SEARCH, COPY, EXPUNGE, LOGOUT.

Usage: imaplib_session.py PORT CA_FILE USER PASSWORD CORPUS_DIR
Prints one JSON line of what it did; any failed expectation exits non-zero with the reason.
imaplib's own protocol trace goes to stderr.
"""
import base64
import imaplib
import json
import os
import re
import ssl
import sys

imaplib.Debug = 4


def mutf7_encode(name):
    """Modified UTF-7 (RFC 3501 §5.1.3); imaplib leaves mailbox names to the caller."""
    out, pending = [], []

    def flush():
        if pending:
            raw = "".join(pending).encode("utf-16-be")
            out.append("&" + base64.b64encode(raw).decode("ascii").rstrip("=").replace("/", ",") + "-")
            pending.clear()

    for ch in name:
        if 0x20 <= ord(ch) <= 0x7E:
            flush()
            out.append("&-" if ch == "&" else ch)
        else:
            pending.append(ch)
    flush()
    return "".join(out)


def quoted(wire_name):
    return '"' + wire_name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def check(condition, what):
    if not condition:
        sys.exit("EXPECTATION FAILED: " + what)


def ok(result, what):
    typ, data = result
    check(typ == "OK", "%s answered %s %r" % (what, typ, data))
    return data


def listed_name(line):
    """The mailbox of a LIST line: the last field, an atom or a quoted string."""
    match = re.search(rb'(?:"((?:[^"\\]|\\.)*)"|([^ "]+))$', line)
    check(match is not None, "LIST line %r ends with a mailbox name" % line)
    return (match.group(1) or match.group(2)).decode("ascii")


def fetch_literal(imap, number, item):
    data = ok(imap.fetch(str(number), "(" + item + ")"), "FETCH %d %s" % (number, item))
    literals = [part[1] for part in data if isinstance(part, tuple)]
    check(len(literals) == 1, "FETCH %d %s returned one literal, got %r" % (number, item, data))
    return literals[0]


def main():
    port, ca_file, user, password, corpus_dir = sys.argv[1:6]
    names = sorted(os.listdir(corpus_dir))
    corpus = [open(os.path.join(corpus_dir, n), "rb").read() for n in names]
    context = ssl.create_default_context(cafile=ca_file)
    imap = imaplib.IMAP4_SSL("localhost", int(port), ssl_context=context, timeout=20)
    caps = set(imap.capabilities)
    for needed in ("IMAP4REV1", "UIDPLUS", "IDLE", "AUTH=PLAIN"):
        check(needed in caps, "capability %s in %r" % (needed, caps))
    ok(imap.login(user, password), "LOGIN")

    unicode_folder = "Projekte/Größe & Maß"
    folder = mutf7_encode(unicode_folder)
    for name in ("Projects", "Projects/2026", folder):
        ok(imap.create(quoted(name)), "CREATE " + name)
    listed = ok(imap.list('""', quoted("Proje*")), "LIST")
    listed_names = [listed_name(line) for line in listed]
    for name in ("Projects", "Projects/2026", "Projekte", folder):
        check(name in listed_names, "LIST shows %s: %r" % (name, listed))

    appended = []
    for i, message in enumerate(corpus):
        flags = r"(\Seen)" if i % 2 == 0 else None
        date = imaplib.Time2Internaldate(1700000000 + i * 3600)
        data = ok(imap.append("Projects", flags, date, message), "APPEND " + names[i])
        code = re.search(rb"\[APPENDUID (\d+) (\d+)\]", data[0])
        check(code is not None, "APPENDUID in %r" % data)
        appended.append(int(code.group(2)))
    check(appended == sorted(appended) and len(set(appended)) == len(appended), "UIDs ascend: %r" % appended)

    count = int(ok(imap.select("Projects"), "SELECT")[0])
    check(count == len(corpus), "SELECT says %d messages, appended %d" % (count, len(corpus)))
    for i, message in enumerate(corpus, start=1):
        got = fetch_literal(imap, i, "RFC822")
        check(got == message, "FETCH %d RFC822 equals %s byte for byte (%d vs %d bytes)"
              % (i, names[i - 1], len(got), len(message)))

    ok(imap.store("1:3", "+FLAGS", r"(\Flagged)"), "STORE +FLAGS")
    flagged = ok(imap.search(None, "FLAGGED"), "SEARCH FLAGGED")[0].split()
    check(flagged == [b"1", b"2", b"3"], "SEARCH FLAGGED: %r" % flagged)
    lunch = ok(imap.search(None, "SUBJECT", '"Lunch on Friday"'), "SEARCH SUBJECT")[0].split()
    check(lunch == [str(names.index("01-plain.eml") + 1).encode()], "SEARCH SUBJECT: %r" % lunch)
    imap.literal = "Köln".encode("utf-8")
    koeln = ok(imap.search("UTF-8", "SUBJECT"), "SEARCH CHARSET UTF-8 SUBJECT")[0].split()
    check(koeln == [str(names.index("06-encoded-words.eml") + 1).encode()], "SEARCH Köln: %r" % koeln)
    unseen = ok(imap.search(None, "UNSEEN"), "SEARCH UNSEEN")[0].split()
    check(len(unseen) == 0, "RFC822 fetches set \\Seen (RFC 3501 §6.4.5), UNSEEN: %r" % unseen)

    ok(imap.copy("1:2", quoted(folder)), "COPY")
    ok(imap.store("1", "+FLAGS", r"(\Deleted)"), "STORE \\Deleted")
    expunged = ok(imap.expunge(), "EXPUNGE")
    check(expunged == [b"1"], "EXPUNGE reports message 1: %r" % expunged)
    uids = ok(imap.uid("SEARCH", "ALL"), "UID SEARCH")[0].split()
    check([int(u) for u in uids] == appended[1:], "UIDs after expunge %r vs %r" % (uids, appended[1:]))

    count = int(ok(imap.select(quoted(folder), readonly=True), "EXAMINE")[0])
    check(count == 2, "the copy target holds 2 messages, not %d" % count)
    check(fetch_literal(imap, 2, "BODY.PEEK[]") == corpus[1], "the copy is byte-identical")
    typ, _ = imap.logout()
    check(typ == "BYE", "LOGOUT answered %s" % typ)
    print(json.dumps({"appended_uids": appended, "folder": unicode_folder, "corpus": names}))


main()
