"""Virtual time for the CPython reference runner: clock, loop, pinned orders (see test/reference/VIRTUAL-TIME.md)."""
