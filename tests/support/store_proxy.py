"""A relay on loopback in front of a test's object store that can turn slow (it stops answering)
or go offline (nothing listens on its port), for the fault tests of the command line."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress


class StoreProxy:
    """`endpoint` relays to `target_port`; `stall()`, `go_offline()` and `recover()` change how."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self._stalling = threading.Event()
        self._open: list[socket.socket] = []
        self._start()

    def _start(self) -> None:
        threading.Thread(target=self._serve, args=(self._listener,), daemon=True).start()

    def _serve(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:  # closed: offline
                return
            self._open.append(client)
            if self._stalling.is_set():
                continue  # connected, and never a word back: a slow server
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            self._open.append(upstream)
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=_pump, args=(source, sink), daemon=True).start()

    def stall(self) -> None:
        self._stalling.set()

    def go_offline(self) -> None:
        """Stop listening: a connection is refused, as by a computer whose store is down.
        (shutdown wakes the thread waiting in accept, which close alone does not.)"""
        with suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()

    def recover(self) -> None:
        """Relay again, on the same port."""
        self._stalling.clear()
        self._drop_connections()
        if self._listener.fileno() == -1:
            self._listener = socket.create_server(("127.0.0.1", self.port))
            self._start()

    def close(self) -> None:
        self.go_offline()
        self._drop_connections()

    def _drop_connections(self) -> None:
        for connection in self._open:
            connection.close()
        self._open.clear()


def _pump(source: socket.socket, sink: socket.socket) -> None:
    try:
        while chunk := source.recv(65536):
            sink.sendall(chunk)
    except OSError:
        pass
    finally:
        for end in (source, sink):
            with suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)


@contextmanager
def store_proxy(target_port: int) -> Iterator[StoreProxy]:
    proxy = StoreProxy(target_port)
    try:
        yield proxy
    finally:
        proxy.close()
