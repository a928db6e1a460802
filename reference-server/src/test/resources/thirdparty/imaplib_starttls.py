"""Python's imaplib on the plain port: no login before TLS (LOGINDISABLED, RFC 3501 §6.2.3),
then STARTTLS with a context trusting only the server's CA, fresh capabilities (§6.2.1), LOGIN,
a LIST, a STATUS and LOGOUT.

Usage: imaplib_starttls.py PORT CA_FILE USER PASSWORD
Prints one JSON line of what it saw; any failed expectation exits non-zero with the reason.
"""
import imaplib
import json
import ssl
import sys

imaplib.Debug = 4


def check(condition, what):
    if not condition:
        sys.exit("EXPECTATION FAILED: " + what)


def main():
    port, ca_file, user, password = sys.argv[1:5]
    imap = imaplib.IMAP4("127.0.0.1", int(port), timeout=20)
    before = set(imap.capabilities)
    check("STARTTLS" in before and "LOGINDISABLED" in before, "plain port capabilities %r" % before)
    try:
        imap.login(user, password)
        sys.exit("EXPECTATION FAILED: LOGIN succeeded before STARTTLS")
    except imaplib.IMAP4.error as refused:
        login_refusal = str(refused)

    context = ssl.create_default_context(cafile=ca_file)
    # The certificate names localhost and 127.0.0.1; we dialled the address.
    typ, data = imap.starttls(ssl_context=context)
    check(typ == "OK", "STARTTLS answered %s %r" % (typ, data))
    after = set(imap.capabilities)
    check("STARTTLS" not in after and "LOGINDISABLED" not in after and "AUTH=PLAIN" in after,
          "capabilities after STARTTLS %r" % after)
    typ, data = imap.login(user, password)
    check(typ == "OK", "LOGIN after STARTTLS answered %s %r" % (typ, data))
    typ, listed = imap.list()
    check(typ == "OK" and any(b"INBOX" in line for line in listed), "LIST %s %r" % (typ, listed))
    typ, status = imap.status("INBOX", "(MESSAGES UIDNEXT UIDVALIDITY)")
    check(typ == "OK" and b"UIDVALIDITY" in status[0], "STATUS %s %r" % (typ, status))
    tls = {"version": imap.sock.version(), "cipher": imap.sock.cipher()[0]}
    typ, _ = imap.logout()
    check(typ == "BYE", "LOGOUT answered %s" % typ)
    print(json.dumps({"before": sorted(before), "after": sorted(after), "login_refusal": login_refusal,
                      "tls": tls}))


main()
