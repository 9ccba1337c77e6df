"""The virtual-time event loop: a SelectorEventLoop whose clock is the VirtualClock.

Only time(), call_at, call_later, create_task, run_in_executor and
shutdown_default_executor are overridden, plus a wrapping selector that does the
idle jump; BaseEventLoop._run_once is untouched (test/reference/VIRTUAL-TIME.md).
"""

import asyncio
import concurrent.futures
import heapq
import itertools
import math
import threading
import weakref
from asyncio import events, futures

from .clock import INFINITE_NS, exit_now, seconds_to_ns

_timer_sequence = itertools.count()
_task_sequence = itertools.count()


class Deadline(float):
    """A timer's `_when`: its float value is ns / 1e9, its order is (ns, scheduling seq).

    Against a plain float (a loop time) a deadline at the same ns sorts first, so
    _run_once's `handle._when >= end_time` (with _clock_resolution 0) means ns > now.
    """

    def __new__(cls, ns, seq):
        self = super().__new__(cls, ns / 1e9 if not math.isinf(ns) else ns)
        self.ns = ns
        self.seq = seq
        return self

    def _key(self, other):
        if isinstance(other, Deadline):
            return (other.ns, other.seq)
        return (seconds_to_ns(other), math.inf)

    def __lt__(self, other):
        return (self.ns, self.seq) < self._key(other)

    def __le__(self, other):
        return (self.ns, self.seq) <= self._key(other)

    def __gt__(self, other):
        return (self.ns, self.seq) > self._key(other)

    def __ge__(self, other):
        return (self.ns, self.seq) >= self._key(other)

    def __eq__(self, other):
        return isinstance(other, Deadline) and (self.ns, self.seq) == (other.ns, other.seq)

    def __hash__(self):
        return hash((self.ns, self.seq))


class VirtualSelector:
    """Wraps the real selector; when the loop is idle it jumps the clock to the next timer."""

    def __init__(self, real, loop):
        self._real = real
        self._loop = loop

    def __getattr__(self, name):
        return getattr(self._real, name)

    def _has_real_io(self):
        own = self._loop._ssock.fileno() if self._loop._ssock is not None else None
        return any(fd != own for fd in self._real.get_map())

    def select(self, timeout=None):
        loop = self._loop
        if timeout == 0 and (loop._ready or loop._stopping):
            return self._real.select(0)
        # Read the job count before polling: a job that ends after this writes the self-pipe.
        busy = loop._busy_jobs
        polled = self._real.select(0)
        if polled or loop._ready:
            return polled
        if busy:
            return self._real.select(None)
        head = loop._scheduled[0] if loop._scheduled else None
        if head is None or math.isinf(head._when.ns):
            if self._has_real_io():
                return self._real.select(None)
            exit_now(3, "deadlock: " + describe_deadlock(loop))
        loop._clock.advance_to(head._when.ns)
        return []


class VirtualEventLoop(asyncio.SelectorEventLoop):
    """asyncio.SelectorEventLoop on the virtual clock, recording task creation order."""

    def __init__(self, clock):
        self._clock = clock
        self._busy_jobs = 0
        self._busy_lock = threading.Lock()
        super().__init__(selector=VirtualSelector(_default_selector(), self))
        self._clock_resolution = 0
        self._asyncgens = OrderedWeakSet()

    def time(self):
        return self._clock.monotonic()

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        return self._schedule(seconds_to_ns(when), callback, args, context)

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError("delay must not be None")
        return self._schedule(self._clock.ns + seconds_to_ns(delay), callback, args, context)

    def _schedule(self, ns, callback, args, context):
        # Mirrors BaseEventLoop.call_at with an exact (ns, seq) deadline.
        self._check_closed()
        if ns >= INFINITE_NS:
            ns = math.inf
        if self._debug:
            self._check_thread()
            self._check_callback(callback, "call_at")
        timer = events.TimerHandle(Deadline(ns, next(_timer_sequence)), callback, args, self, context)
        if timer._source_traceback:
            del timer._source_traceback[-1]
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def create_task(self, coro, *, name=None, context=None):
        task = super().create_task(coro, name=name, context=context)
        task._asyncio_ts_seq = next(_task_sequence)
        return task

    def run_in_executor(self, executor, func, *args):
        # Mirrors BaseEventLoop.run_in_executor, counting jobs until their result is posted.
        self._check_closed()
        if self._debug:
            self._check_callback(func, "run_in_executor")
        if executor is None:
            executor = self._default_executor
            self._check_default_executor()
            if executor is None:
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix="asyncio")
                self._default_executor = executor
        with self._busy_lock:
            self._busy_jobs += 1
        job = executor.submit(func, *args)
        result = futures.wrap_future(job, loop=self)
        job.add_done_callback(self._job_finished)
        return result

    def _job_finished(self, _job):
        with self._busy_lock:
            self._busy_jobs -= 1
        self._write_to_self()

    async def shutdown_default_executor(self):
        # Waits for the executor inline: a helper thread would look like a deadlock.
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        self._default_executor.shutdown(wait=True)


def describe_deadlock(loop):
    """The runtime's wording (runtime/asyncio/loop.ts): which tasks wait forever."""
    waiting = sorted((t for t in asyncio.tasks._all_tasks if t._loop is loop and not t.done()), key=creation_order)
    who = ", ".join(t.get_name() for t in waiting) + " wait forever" if waiting else "the program waits forever"
    return "nothing is ready and no timer is pending; " + who


def _default_selector():
    import selectors

    return selectors.DefaultSelector()


class OrderedWeakSet:
    """The part of weakref.WeakSet that BaseEventLoop uses for _asyncgens, in insertion order."""

    def __init__(self):
        self._refs = {}

    def add(self, item):
        key = id(item)
        if key not in self._refs:
            self._refs[key] = weakref.ref(item, lambda _ref, key=key: self._refs.pop(key, None))

    def discard(self, item):
        self._refs.pop(id(item), None)

    def clear(self):
        self._refs.clear()

    def __iter__(self):
        return iter([item for item in (ref() for ref in list(self._refs.values())) if item is not None])

    def __len__(self):
        return len(list(iter(self)))


def creation_order(task):
    """Sort key: tasks made by VirtualEventLoop.create_task in creation order, others last."""
    return getattr(task, "_asyncio_ts_seq", math.inf)


class VirtualEventLoopPolicy(asyncio.DefaultEventLoopPolicy):
    """Makes asyncio.run, new_event_loop and Runner use VirtualEventLoop."""

    def __init__(self, clock):
        super().__init__()
        self._clock = clock

    def new_event_loop(self):
        return VirtualEventLoop(self._clock)
