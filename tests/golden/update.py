"""Rewrite the golden files (``make golden-update``); then read ``git diff tests/golden``."""

from __future__ import annotations

from tests.golden import EXPECTED, expected_path, golden_inputs, render, snapshot


def main() -> None:
    EXPECTED.mkdir(parents=True, exist_ok=True)
    for path in golden_inputs():
        target = expected_path(path)
        new = render(snapshot(path))
        old = target.read_text("utf-8") if target.exists() else None
        if new != old:
            target.write_text(new, "utf-8")
            print(f"{'updated' if old else 'created'} {target.relative_to(EXPECTED.parent.parent.parent)}")


if __name__ == "__main__":
    main()
