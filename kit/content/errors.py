"""Problems found in content files, always with a path and a line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"

    @property
    def warning(self) -> bool:
        """A warning (e.g. a step without a source) is printed but does not fail `validate`."""
        return self.message.startswith("warning: ")


class ContentError(Exception):
    """A content file could not be read. Carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))

    @classmethod
    def one(cls, path: Path | str, line: int, message: str) -> ContentError:
        return cls([Problem(str(path), line, message)])
