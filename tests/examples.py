"""Running the examples of a Markdown file exactly as printed.

Fenced blocks marked ``sh``, ``python`` or ``sql`` are examples and run;
``text`` blocks (layouts, make targets) and others are not. A ``sql`` block
runs in the ``duckdb`` command on ``dataset.duckdb`` of the folder, or on the
file its first line names (``-- duckdb ../../history.duckdb``).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

RUNNABLE = ("sh", "python", "sql")
_FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)


@dataclass(frozen=True)
class Example:
    language: str
    code: str
    line: int

    @property
    def id(self) -> str:
        return f"line{self.line}-{self.language}"


def examples(markdown: str) -> list[Example]:
    found = []
    for match in _FENCE.finditer(markdown):
        if match.group(1) in RUNNABLE:
            found.append(Example(match.group(1), match.group(2), markdown.count("\n", 0, match.start()) + 1))
    return found


def environment(**extra: str) -> dict[str, str]:
    """The environment of a person with the project's tools first on their PATH, offline."""
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env.update({"HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1", "HF_HUB_DISABLE_TELEMETRY": "1", "PYTHONHASHSEED": "0"})
    env.update(extra)
    return env


def run_example(example: Example, cwd: Path, env: dict[str, str], timeout: int = 300) -> subprocess.CompletedProcess:
    if example.language == "sh":
        command = ["bash", "-euo", "pipefail", "-c", example.code]
        stdin = None
    elif example.language == "python":
        command, stdin = [sys.executable, "-"], example.code
    else:
        first = example.code.splitlines()[0]
        database = first.removeprefix("-- duckdb ").strip() if first.startswith("-- duckdb ") else "dataset.duckdb"
        command, stdin = [str(Path(sys.executable).parent / "duckdb"), "-bail", database], example.code
    return subprocess.run(command, input=stdin, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
