"""A tiny SMTP server for the tests (Python 3.12 has no ``smtpd``, and the project does not
depend on aiosmtpd): one thread, plain text, AUTH PLAIN, and a switch to refuse."""

from __future__ import annotations

import base64
import socketserver
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class Mailbox:
    user: str = ""
    password: str = ""
    #: Refuse the message at DATA with this reply ("554 Spam"), or "" to take it.
    refuse_data: str = ""
    received: list[tuple[str, list[str], bytes]] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)
    #: A slow server: once a message's data has arrived (``arrived`` is set), the answer
    #: waits until the test sets ``hold``.
    hold: threading.Event | None = None
    arrived: threading.Event = field(default_factory=threading.Event)


class _Handler(socketserver.StreamRequestHandler):
    box: Mailbox

    def reply(self, line: str) -> None:
        self.wfile.write(line.encode("ascii") + b"\r\n")
        self.wfile.flush()

    def handle(self) -> None:
        box = self.server.box  # type: ignore[attr-defined]
        sender, rcpts = "", []
        self.reply("220 test ESMTP")
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            verb = line.split(" ", 1)[0].upper()
            if verb == "EHLO":
                self.reply("250-test")
                self.reply("250-AUTH PLAIN")
                self.reply("250 8BITMIME")
            elif verb == "HELO":
                self.reply("250 test")
            elif verb == "AUTH":
                parts = line.split()
                token = base64.b64decode(parts[2]).decode() if len(parts) > 2 else ""
                _, user, password = token.split("\0")
                box.logins.append(user)
                ok = (user, password) == (box.user, box.password)
                self.reply("235 ok" if ok else "535 bad credentials")
            elif verb == "MAIL":
                sender, rcpts = line.split(":", 1)[1].split()[0].strip("<>"), []
                self.reply("250 ok")
            elif verb == "RCPT":
                rcpts.append(line.split(":", 1)[1].split()[0].strip("<>"))
                self.reply("250 ok")
            elif verb == "DATA":
                self.reply("354 go on")
                data = b""
                while True:
                    chunk = self.rfile.readline()
                    if chunk in (b".\r\n", b".\n", b""):
                        break
                    data += chunk[1:] if chunk.startswith(b"..") else chunk
                box.arrived.set()
                if box.hold is not None:
                    box.hold.wait(10)
                if box.refuse_data:
                    self.reply(box.refuse_data)
                else:
                    box.received.append((sender, rcpts, data))
                    self.reply("250 queued")
            elif verb == "RSET":
                self.reply("250 ok")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("502 not implemented")


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


@contextmanager
def smtp_server(box: Mailbox) -> Iterator[int]:
    """Serve ``box`` on a free local port for the block; yields the port."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.box = box  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
