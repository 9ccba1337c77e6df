"""The orders CPython 3.11 leaves to memory addresses, pinned as test/reference/VIRTUAL-TIME.md says.

as_completed starts in argument order, wait() returns sets that iterate in
argument order, TaskGroup aborts and asyncio.run cleanup go in creation order
(shutdown_asyncgens's first-iteration order lives in loop.py, OrderedWeakSet).
The functions below mirror Lib/asyncio/tasks.py and taskgroups.py of 3.11 with
insertion-ordered sets in place of plain ones.
"""

import asyncio
from asyncio import coroutines, events, exceptions, futures, taskgroups, tasks

from .loop import creation_order


class OrderedSet(set):
    """A set that iterates, pops and prints in insertion order."""

    def __init__(self, items=()):
        super().__init__()
        self._order = {}
        for item in items:
            self.add(item)

    def add(self, item):
        super().add(item)
        self._order[item] = None

    def discard(self, item):
        super().discard(item)
        self._order.pop(item, None)

    def remove(self, item):
        super().remove(item)
        del self._order[item]

    def pop(self):
        if not self._order:
            raise KeyError("pop from an empty set")
        item = next(iter(self._order))
        self.remove(item)
        return item

    def clear(self):
        super().clear()
        self._order.clear()

    def copy(self):
        return OrderedSet(self)

    def __iter__(self):
        return iter(list(self._order))

    def __repr__(self):
        if not self._order:
            return "set()"
        return "{" + ", ".join(repr(item) for item in self._order) + "}"


def all_tasks(loop=None):
    """asyncio.all_tasks() in task creation order."""
    if loop is None:
        loop = events.get_running_loop()
    found = [t for t in list(tasks._all_tasks) if futures._get_loop(t) is loop and not t.done()]
    return OrderedSet(sorted(found, key=creation_order))


async def wait(fs, *, timeout=None, return_when=asyncio.ALL_COMPLETED):
    """asyncio.wait whose done/pending sets follow the argument order."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED):
        raise ValueError(f"Invalid return_when value: {return_when}")
    fs = OrderedSet(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = events.get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, tasks._release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (
            counter <= 0
            or return_when == asyncio.FIRST_COMPLETED
            or return_when == asyncio.FIRST_EXCEPTION
            and (not f.cancelled() and f.exception() is not None)
        ):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = OrderedSet(), OrderedSet()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    """asyncio.as_completed that wraps (and so starts) its arguments in argument order."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    from asyncio.queues import Queue

    done = Queue()
    loop = events._get_event_loop()
    todo = OrderedSet(tasks.ensure_future(f, loop=loop) for f in dict.fromkeys(fs))
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


_real_taskgroup_init = taskgroups.TaskGroup.__init__


def _taskgroup_init(self):
    _real_taskgroup_init(self)
    self._tasks = OrderedSet()


def install_pinned_orders():
    """Puts the pinned versions into asyncio (module attributes the stdlib looks up at call time)."""
    for module in (asyncio, tasks):
        module.all_tasks = all_tasks
        module.wait = wait
        module.as_completed = as_completed
    tasks._wait = _wait
    taskgroups.TaskGroup.__init__ = _taskgroup_init
