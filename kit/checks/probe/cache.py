"""A thread-safe, single-flight cache: when several checks ask for the same read at once,
the first one reads and the others wait for its answer."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any


class OnceCache:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: dict[str, Future] = {}
        self.misses = 0

    def get(self, key: str, compute: Callable[[], Any]) -> Any:
        with self._lock:
            fut = self._items.get(key)
            owner = fut is None
            if owner:
                fut = Future()
                self._items[key] = fut
                self.misses += 1
        if owner:
            try:
                fut.set_result(compute())
            except BaseException as e:  # noqa: BLE001 - handed to the waiting readers
                fut.set_exception(e)
        return fut.result()

    def __len__(self) -> int:
        return len(self._items)
