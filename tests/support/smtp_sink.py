#!/usr/bin/python3
"""Test SMTP server on loopback (aiosmtpd): STARTTLS or implicit TLS, optional AUTH.

Every accepted message is written to MAILDIR as <n>.eml (envelope recipients in <n>.rcpt), first
to a temporary name and then renamed, so a reader never sees half a message. Prints "READY <port>"
once it accepts connections; stops on SIGTERM.
"""
import argparse
import asyncio
import os
import signal
import ssl
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Sink:
    def __init__(self, maildir):
        self.maildir = maildir
        # A restarted server continues the numbering: mail of its earlier life stays.
        self.count = len([f for f in os.listdir(maildir) if f.endswith(".eml")])
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += 1
            n = self.count
        base = os.path.join(self.maildir, "%04d" % n)
        with open(base + ".rcpt.tmp", "w") as f:
            f.write("\n".join(envelope.rcpt_tos) + "\n")
        os.rename(base + ".rcpt.tmp", base + ".rcpt")
        with open(base + ".eml.tmp", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        os.rename(base + ".eml.tmp", base + ".eml")
        return "250 OK"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--mode", choices=["starttls", "tls"], required=True)
    p.add_argument("--cert", required=True)
    p.add_argument("--key", required=True)
    p.add_argument("--maildir", required=True)
    p.add_argument("--user", default="")
    p.add_argument("--password", default="")
    a = p.parse_args()

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(a.cert, a.key)

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword) and auth_data.login.decode() == a.user
              and auth_data.password.decode() == a.password)
        return AuthResult(success=ok)

    kwargs = {}
    if a.user:
        # With implicit TLS aiosmtpd does not see the session as "TLS" (that flag tracks STARTTLS),
        # so AUTH would never be offered if it had to wait for TLS; the socket is TLS from the start.
        kwargs.update(authenticator=authenticator, auth_required=True, auth_require_tls=(a.mode == "starttls"))
    if a.mode == "starttls":
        kwargs.update(tls_context=context, require_starttls=True)
        controller = Controller(Sink(a.maildir), hostname="127.0.0.1", port=a.port, **kwargs)
    else:
        controller = Controller(Sink(a.maildir), hostname="127.0.0.1", port=a.port, ssl_context=context,
                                server_hostname="localhost", **kwargs)
    controller.start()
    print("READY %d" % a.port, flush=True)
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    signal.signal(signal.SIGINT, lambda *_: done.set())
    done.wait()
    controller.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
