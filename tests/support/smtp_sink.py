#!/usr/bin/python3
"""A real SMTP server for tests (Debian's aiosmtpd) on 127.0.0.1, ephemeral port.

Prints "listening on <port>" once ready, then "message <path>" for every message it accepted, written as an .eml
file into --dir. Optional STARTTLS (--tls-cert/--tls-key) and required AUTH (--auth-user/--auth-password).
--fail-first N answers the first N transactions with a temporary failure (451) to exercise retries.
"""
import argparse
import asyncio
import itertools
import ssl
import sys
from pathlib import Path

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", required=True)
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    parser.add_argument("--auth-user")
    parser.add_argument("--auth-password")
    parser.add_argument("--fail-first", type=int, default=0)
    args = parser.parse_args()

    out = Path(args.dir)
    out.mkdir(parents=True, exist_ok=True)
    counter = itertools.count(1)
    failures_left = [args.fail_first]

    class Handler:
        async def handle_DATA(self, server, session, envelope):
            if failures_left[0] > 0:
                failures_left[0] -= 1
                return "451 4.3.0 Temporary failure, try again later"
            path = out / f"{next(counter):04d}.eml"
            path.write_bytes(envelope.original_content or envelope.content)
            print(f"message {path}", flush=True)
            return "250 2.0.0 OK"

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword)
              and auth_data.login.decode() == args.auth_user
              and auth_data.password.decode() == args.auth_password)
        return AuthResult(success=ok)

    tls = None
    if args.tls_cert:
        tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls.load_cert_chain(args.tls_cert, args.tls_key)

    def factory():
        kwargs = {"hostname": "sink.test", "tls_context": tls, "require_starttls": tls is not None}
        if args.auth_user:
            kwargs.update(authenticator=authenticator, auth_required=True,
                          auth_require_tls=tls is not None)
        return SMTP(Handler(), **kwargs)

    async def serve() -> None:
        server = await asyncio.get_running_loop().create_server(factory, "127.0.0.1", 0)
        print(f"listening on {server.sockets[0].getsockname()[1]}", flush=True)
        async with server:
            await server.serve_forever()

    try:
        asyncio.run(serve())
    except KeyboardInterrupt:
        sys.exit(0)


if __name__ == "__main__":
    main()
