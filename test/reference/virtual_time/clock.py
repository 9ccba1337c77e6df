"""The virtual clock and the patched time/datetime functions that read it.

Implements the "Clock" and "time.sleep" rules of test/reference/VIRTUAL-TIME.md: an integer
nanosecond counter that starts at 0, moved only by idle jumps and time.sleep.
"""

import datetime
import math
import operator
import os
import sys
import time

_real_localtime = time.localtime
_real_gmtime = time.gmtime
_real_ctime = time.ctime
_real_asctime = time.asctime
_real_strftime = time.strftime
_RealDatetime = datetime.datetime

# A deadline at or beyond this many ns counts as infinite (sleep(math.inf), sleep(1e300)),
# the same bound as the runtime's loop (runtime/asyncio/loop.ts).
INFINITE_NS = 9 * 10**18


def rhu(x):
    """Round half up: floor(x + 0.5) as an int, or +/-inf for infinite x."""
    if math.isinf(x):
        return x
    return math.floor(x + 0.5)


def seconds_to_ns(seconds):
    """rhu(seconds * 1e9), the one conversion used for every timer deadline."""
    return rhu(float(seconds) * 1e9)


class VirtualClock:
    """The integer-ns monotonic clock plus the wall-clock epoch and the --max-time limit."""

    def __init__(self, epoch, max_time=None):
        self.ns = 0
        self.epoch = epoch
        self.max_ns = None if max_time is None else seconds_to_ns(max_time)

    def advance_to(self, ns):
        """Moves the clock forward to ns, or ends the process with status 4 past --max-time."""
        if self.max_ns is not None and ns > self.max_ns:
            exit_now(4, "virtual time limit exceeded")
        if ns > self.ns:
            self.ns = ns

    def monotonic(self):
        """loop.time() == time.monotonic() == ns / 1e9."""
        return self.ns / 1e9

    def wall(self):
        """time.time() == EPOCH + ns / 1e9, in double arithmetic."""
        return self.epoch + self.ns / 1e9


def exit_now(status, message):
    """Flushes stdout, writes one line to stderr and leaves at once (no finally, no atexit)."""
    try:
        sys.stdout.flush()
    finally:
        sys.stderr.write(message + "\n")
        sys.stderr.flush()
        os._exit(status)


def _check_sleep_arg(secs):
    """time.sleep's own argument checks, with CPython's messages."""
    if isinstance(secs, float):
        if math.isnan(secs):
            raise ValueError("Invalid value NaN (not a number)")
    else:
        secs = operator.index(secs)
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    if secs * 1e9 >= 2**63:
        raise OverflowError("timestamp out of range for platform time_t")
    return secs


def install_time(clock):
    """Replaces the time module's clock functions with ones that read `clock`."""

    def sleep(secs):
        secs = _check_sleep_arg(secs)
        clock.advance_to(clock.ns + seconds_to_ns(secs))

    def localtime(secs=None):
        return _real_localtime(clock.wall() if secs is None else secs)

    def gmtime(secs=None):
        return _real_gmtime(clock.wall() if secs is None else secs)

    def ctime(secs=None):
        return _real_ctime(clock.wall() if secs is None else secs)

    def asctime(t=None):
        return _real_asctime(localtime() if t is None else t)

    def strftime(fmt, t=None):
        return _real_strftime(fmt, localtime() if t is None else t)

    time.time = clock.wall
    time.time_ns = lambda: clock.epoch * 10**9 + clock.ns
    time.monotonic = clock.monotonic
    time.monotonic_ns = lambda: clock.ns
    time.perf_counter = clock.monotonic
    time.perf_counter_ns = lambda: clock.ns
    time.sleep = sleep
    time.localtime = localtime
    time.gmtime = gmtime
    time.ctime = ctime
    time.asctime = asctime
    time.strftime = strftime


class _VirtualDatetime(_RealDatetime):
    """datetime.datetime whose now/today/utcnow read the virtual time.time()."""

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(time.time(), tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(time.time())

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(time.time())

    def __repr__(self):
        text = _RealDatetime.__repr__(self)
        return "datetime.datetime" + text[text.index("(") :]


_VirtualDatetime.__name__ = "datetime"
_VirtualDatetime.__qualname__ = "datetime"
_VirtualDatetime.__module__ = "datetime"


def install_datetime():
    """Replaces datetime.datetime; date.today() already calls time.time() itself."""
    datetime.datetime = _VirtualDatetime
