#!/usr/bin/python3
"""Test SMTP server on loopback (aiosmtpd): STARTTLS or implicit TLS, optional AUTH, and on request
refused recipients (550) and greylisting (451 to the first N recipients).

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
    def __init__(self, maildir, refuse_rcpt=(), temporary_failures=0):
        self.maildir = maildir
        # A restarted server continues the numbering: mail of its earlier life stays.
        self.count = len([f for f in os.listdir(maildir) if f.endswith(".eml")])
        self.lock = threading.Lock()
        self.refuse_rcpt = {a.lower() for a in refuse_rcpt}
        self.temporary_failures = temporary_failures

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        # Refusals as real servers give them: an unknown mailbox for good, greylisting for a while.
        if address.lower() in self.refuse_rcpt:
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        with self.lock:
            if self.temporary_failures > 0:
                self.temporary_failures -= 1
                return "451 4.7.1 <%s>: Recipient address rejected: Greylisted, try again later" % address
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

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
    p.add_argument("--refuse-rcpt", action="append", default=[], help="answer RCPT TO with 550")
    p.add_argument("--temporary-failures", type=int, default=0, help="answer the first N RCPT TO with 451")
    a = p.parse_args()

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(a.cert, a.key)

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword) and auth_data.login.decode() == a.user
              and auth_data.password.decode() == a.password)
        # handled=False: aiosmtpd then answers a failure itself ("535 5.7.8 ... invalid"); with its
        # default (handled) it would answer nothing and the client would wait for its timeout.
        return AuthResult(success=ok, handled=False)

    kwargs = {}
    if a.user:
        # With implicit TLS aiosmtpd does not see the session as "TLS" (that flag tracks STARTTLS),
        # so AUTH would never be offered if it had to wait for TLS; the socket is TLS from the start.
        kwargs.update(authenticator=authenticator, auth_required=True, auth_require_tls=(a.mode == "starttls"))
    sink = Sink(a.maildir, a.refuse_rcpt, a.temporary_failures)
    if a.mode == "starttls":
        kwargs.update(tls_context=context, require_starttls=True)
        controller = Controller(sink, hostname="127.0.0.1", port=a.port, **kwargs)
    else:
        controller = Controller(sink, hostname="127.0.0.1", port=a.port, ssl_context=context,
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
