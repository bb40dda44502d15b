"""A real SMTP server on 127.0.0.1 for hirekit's tests (aiosmtpd), writing what it receives.

Usage: server.py OUT_DIR [--reject ADDRESS]... [--drop-after-data ADDRESS]... [--delay-data SECONDS]

Prints the port it listens on, then serves until killed. Each accepted message is written to
OUT_DIR/<n>.eml exactly as received (after SMTP's dot-stuffing is undone) and its envelope
recipients to OUT_DIR/<n>.rcpt, each through a temporary file and a rename, so a reader never
sees half a message.

--reject ADDRESS           answer RCPT TO ADDRESS with 550 (the address does not exist)
--drop-after-data ADDRESS  keep the message to ADDRESS, then close the connection without a
                           reply (the reply is lost: the client cannot know it arrived)
--delay-data SECONDS       wait this long before answering the end of the message
"""

import argparse
import asyncio
import os

from aiosmtpd.smtp import SMTP


class Handler:
    def __init__(self, args):
        self.out = args.out
        self.reject = {a.lower() for a in args.reject}
        self.drop = {a.lower() for a in args.drop_after_data}
        self.delay = args.delay_data
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.reject:
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 Ok"

    async def handle_DATA(self, server, session, envelope):
        if self.delay:
            await asyncio.sleep(self.delay)
        self.count += 1
        name = os.path.join(self.out, str(self.count))
        write(name + ".eml", envelope.original_content)
        write(name + ".rcpt", "\n".join(envelope.rcpt_tos).encode())
        if any(r.lower() in self.drop for r in envelope.rcpt_tos):
            server.transport.abort()
            return "250 2.0.0 Ok: kept, but the reply is lost"
        return "250 2.0.0 Ok: queued as %d" % self.count


def write(path, data):
    temporary = path + ".tmp"
    with open(temporary, "wb") as f:
        f.write(data)
    os.rename(temporary, path)


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--reject", action="append", default=[])
    parser.add_argument("--drop-after-data", action="append", default=[])
    parser.add_argument("--delay-data", type=float, default=0)
    args = parser.parse_args()
    handler = Handler(args)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: SMTP(handler, decode_data=False, hostname="smtp.test"), "127.0.0.1", 0
    )
    print(server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


asyncio.run(main())
