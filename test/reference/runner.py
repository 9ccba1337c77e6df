"""CPython reference runner: runs a Python program under virtual time (test/reference/VIRTUAL-TIME.md).

Usage: python3 runner.py PROGRAM.py [--epoch ISO] [--seed N] [--realtime] [--max-time S] [args...]
Stdlib only. Options may come before or after PROGRAM; everything after `--`,
or after the first other argument that follows PROGRAM, goes to the program.
"""

import os
import sys

USAGE = "usage: runner.py PROGRAM.py [--epoch ISO] [--seed N] [--realtime] [--max-time S] [args...]"
DEFAULT_EPOCH = "2025-01-01T10:30:00"
RUNNER_DIR = os.path.dirname(os.path.abspath(__file__))


def reexec_with_fixed_env():
    """Re-runs this process with PYTHONHASHSEED=0 and TZ=UTC unless both are already set."""
    if os.environ.get("PYTHONHASHSEED") == "0" and os.environ.get("TZ") == "UTC":
        return
    env = dict(os.environ, PYTHONHASHSEED="0", TZ="UTC")
    sys.stdout.flush()
    os.execve(sys.executable, [sys.executable, os.path.abspath(__file__), *sys.argv[1:]], env)


def usage_error(message):
    """One clear line on stderr and status 2, like argparse."""
    sys.stderr.write(f"runner.py: error: {message}\n{USAGE}\n")
    sys.exit(2)


def parse_epoch(text):
    """Seconds since 1970 (whole, floored) for an ISO timestamp read as UTC unless it has an offset."""
    import datetime
    import math

    try:
        moment = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        usage_error(f"--epoch: not an ISO timestamp: {text!r}")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.timezone.utc)
    return math.floor(moment.timestamp())


def parse_args(argv):
    """Returns (options dict, program path, program args)."""
    options = {"epoch": DEFAULT_EPOCH, "seed": 0, "realtime": False, "max_time": None}
    program = None
    rest = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            rest.extend(argv[i + 1 :])
            break
        name, eq, inline = arg.partition("=")
        if name in ("--epoch", "--seed", "--max-time"):
            if eq:
                value = inline
            elif i + 1 < len(argv):
                i += 1
                value = argv[i]
            else:
                usage_error(f"{name} needs a value")
            options[name[2:].replace("-", "_")] = value
        elif arg == "--realtime":
            options["realtime"] = True
        elif arg.startswith("-") and program is None:
            usage_error(f"unknown option {arg}")
        elif program is None:
            program = arg
        else:
            rest.extend(argv[i:])
            break
        i += 1
    if program is None:
        usage_error("no program given")
    try:
        options["seed"] = int(options["seed"])
    except ValueError:
        usage_error(f"--seed: not an integer: {options['seed']!r}")
    if options["max_time"] is not None:
        try:
            options["max_time"] = float(options["max_time"])
        except ValueError:
            usage_error(f"--max-time: not a number: {options['max_time']!r}")
    options["epoch"] = parse_epoch(options["epoch"])
    return options, program, rest


def install(options):
    """Seeds random and, unless --realtime, puts asyncio, time and datetime on the virtual clock."""
    import asyncio
    import concurrent.futures  # noqa: F401  (threading timeouts stay real: import before patching)
    import queue  # noqa: F401
    import random
    import threading  # noqa: F401

    sys.path.insert(0, RUNNER_DIR)
    try:
        from virtual_time.clock import VirtualClock, install_datetime, install_time
        from virtual_time.loop import VirtualEventLoopPolicy
        from virtual_time.pinned import install_pinned_orders
    finally:
        sys.path.pop(0)
    if not options["realtime"]:
        clock = VirtualClock(options["epoch"], options["max_time"])
        install_time(clock)
        install_datetime()
        install_pinned_orders()
        asyncio.set_event_loop_policy(VirtualEventLoopPolicy(clock))
    random.seed(options["seed"])


def is_runner_frame(frame):
    """True for frames of this runner's own files, which tracebacks leave out."""
    path = os.path.abspath(frame.f_code.co_filename)
    return path == os.path.abspath(__file__) or path.startswith(os.path.join(RUNNER_DIR, "virtual_time") + os.sep)


def without_runner_frames(exc, seen=None):
    """Drops the runner's frames from exc's traceback and those of its causes and sub-exceptions."""
    seen = set() if seen is None else seen
    if exc is None or id(exc) in seen:
        return
    seen.add(id(exc))
    kept = []
    tb = exc.__traceback__
    while tb is not None:
        if not is_runner_frame(tb.tb_frame):
            kept.append(tb)
        tb = tb.tb_next
    for current, following in zip(kept, kept[1:] + [None]):
        current.tb_next = following
    exc.__traceback__ = kept[0] if kept else None
    without_runner_frames(exc.__cause__, seen)
    without_runner_frames(exc.__context__, seen)
    for sub in getattr(exc, "exceptions", ()) if isinstance(exc, BaseExceptionGroup) else ():
        without_runner_frames(sub, seen)


def run_program(path, args):
    """Runs PROGRAM as a fresh __main__ module, the way `python3 PROGRAM` does."""
    import builtins
    import importlib.machinery
    import types

    sys.argv = [path, *args]
    sys.path[0] = os.path.dirname(os.path.abspath(path))
    with open(os.path.abspath(path), "rb") as f:
        source = f.read()
    module = types.ModuleType("__main__")
    module.__file__ = path
    module.__cached__ = None
    module.__builtins__ = builtins
    module.__loader__ = importlib.machinery.SourceFileLoader("__main__", path)
    module.__spec__ = None
    sys.modules["__main__"] = module
    code = compile(source, path, "exec", dont_inherit=True)
    exec(code, module.__dict__)


def main():
    reexec_with_fixed_env()
    options, program, args = parse_args(sys.argv[1:])
    if not os.path.isfile(program):
        usage_error(f"can't open file {program!r}: [Errno 2] No such file or directory")
    install(options)
    try:
        run_program(program, args)
    except SystemExit:
        raise
    except BaseException as exc:  # noqa: BLE001  (an uncaught exception of the program)
        without_runner_frames(exc)
        sys.last_type, sys.last_value, sys.last_traceback = type(exc), exc, exc.__traceback__
        sys.excepthook(type(exc), exc, exc.__traceback__)
        del exc
        sys.exit(1)


if __name__ == "__main__":
    main()
