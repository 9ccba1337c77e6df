"""Benchmark child: runs one workload under CPython and prints one JSON line with its timing.

Usage: python3 cpython.py plain|virtual PROGRAM.py. "virtual" installs the project's reference
runner (test/reference/runner.py) first, as `runner.py PROGRAM.py` would; "plain" is asyncio as is.
The run is timed with the real clock from the program's first line of output to its end.
"""

import io
import json
import os
import sys
import time

real_clock = time.perf_counter
REFERENCE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "test", "reference")


class TimedOutput(io.TextIOBase):
    """Collects what the program prints and notes the real time of its first write."""

    def __init__(self):
        self.parts = []
        self.first = None

    def writable(self):
        return True

    def write(self, text):
        if self.first is None:
            self.first = real_clock()
        self.parts.append(text)
        return len(text)


def main():
    mode, program = sys.argv[1], sys.argv[2]
    sys.path.insert(0, REFERENCE_DIR)
    import runner

    if mode == "virtual":
        options = {"epoch": runner.parse_epoch(runner.DEFAULT_EPOCH), "seed": 0, "realtime": False, "max_time": None}
        runner.install(options)
    real_stdout = sys.stdout
    out = TimedOutput()
    sys.stdout = out
    begin = real_clock()
    runner.run_program(program, [])
    end = real_clock()
    sys.stdout = real_stdout
    first = out.first if out.first is not None else begin
    print(json.dumps({"ms": (end - first) * 1000, "totalMs": (end - begin) * 1000, "stdout": "".join(out.parts)}))


main()
