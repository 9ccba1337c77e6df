"""Tests of the CPython reference runner (python3 -m unittest test/reference/test_runner.py).

Each test writes a small program to a temporary directory, runs the runner on it
and checks stdout, stderr and the exit status against the virtual-time rules.
"""

import os
import subprocess
import sys
import tempfile
import textwrap
import unittest

RUNNER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "runner.py")


def run(source, *options, env=None):
    """Runs `source` as prog.py (relative path, cwd = its directory); returns (out, err, code)."""
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "prog.py"), "w") as f:
            f.write(textwrap.dedent(source))
        done = subprocess.run(
            [sys.executable, RUNNER, "prog.py", *options],
            cwd=tmp,
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
        )
    return done.stdout, done.stderr, done.returncode


class ClockTest(unittest.TestCase):
    def test_sleeps_are_quantised_to_whole_ns(self):
        out, err, code = run(
            """
            import asyncio, time
            async def main():
                loop = asyncio.get_running_loop()
                print(loop.time(), time.monotonic_ns())
                await asyncio.sleep(0.1)
                await asyncio.sleep(0.2)
                print(loop.time(), time.monotonic(), time.perf_counter_ns())
            asyncio.run(main())
            """
        )
        self.assertEqual((out, err, code), ("0.0 0\n0.3 0.3 300000000\n", "", 0))

    def test_equal_deadlines_fire_in_scheduling_order(self):
        out, _, code = run(
            """
            import asyncio
            async def w(name, *delays):
                for d in delays:
                    await asyncio.sleep(d)
                print(name)
            async def main():
                await asyncio.gather(w("a", 0.1, 0.7), w("b", 0.8), w("c", 0.5, 0.3), w("d", 0.3, 0.5))
            asyncio.run(main())
            """
        )
        self.assertEqual((out, code), ("b\na\nd\nc\n", 0))

    def test_wall_clock_uses_epoch_and_utc(self):
        source = """
            import time, datetime
            time.sleep(1.5)
            print(time.time(), time.time_ns(), time.strftime("%Y-%m-%d %H:%M:%S"))
            print(time.ctime(), time.asctime() == time.ctime(), time.localtime() == time.gmtime())
            print(repr(datetime.datetime.now()), datetime.date.today(), datetime.datetime.utcnow())
            print(datetime.datetime.now(datetime.timezone.utc).isoformat())
            """
        out, _, code = run(source)
        self.assertEqual(
            out,
            "1735727401.5 1735727401500000000 2025-01-01 10:30:01\n"
            "Wed Jan  1 10:30:01 2025 True True\n"
            "datetime.datetime(2025, 1, 1, 10, 30, 1, 500000) 2025-01-01 2025-01-01 10:30:01.500000\n"
            "2025-01-01T10:30:01.500000+00:00\n",
        )
        out, _, _ = run(source, "--epoch", "2030-06-15T23:59:59")
        self.assertTrue(out.startswith("1907798400.5 1907798400500000000 2030-06-16 00:00:00\n"), out)

    def test_time_sleep_blocks_and_overdue_timers_fire_in_deadline_order(self):
        out, _, code = run(
            """
            import asyncio, time
            async def t(name, d):
                await asyncio.sleep(d)
                print(name, asyncio.get_running_loop().time())
            async def blocker():
                time.sleep(1)
                print("blocked until", time.monotonic())
            async def main():
                await asyncio.gather(t("late", 0.5), t("early", 0.2), blocker())
            asyncio.run(main())
            """
        )
        self.assertEqual(out, "blocked until 1.0\nearly 1.0\nlate 1.0\n")

    def test_time_sleep_keeps_its_argument_checks(self):
        out, err, code = run("import time\ntime.sleep(-1)\n")
        self.assertEqual(code, 1)
        self.assertTrue(err.endswith("ValueError: sleep length must be non-negative\n"), err)


class LimitsTest(unittest.TestCase):
    def test_deadlock_exits_3_without_cleanup(self):
        out, err, code = run(
            """
            import asyncio
            async def main():
                try:
                    print("waiting")
                    await asyncio.Event().wait()
                finally:
                    print("finally ran")
            asyncio.run(main())
            """
        )
        self.assertEqual(code, 3)
        self.assertEqual(out, "waiting\n")
        self.assertEqual(len(err.splitlines()), 1)
        self.assertTrue(err.startswith("deadlock:"), err)

    def test_only_infinite_timers_is_a_deadlock(self):
        _, err, code = run("import asyncio, math\nasyncio.run(asyncio.sleep(math.inf))\n")
        self.assertEqual((code, err.startswith("deadlock:")), (3, True))

    def test_max_time_exits_4(self):
        source = """
            import asyncio
            async def main():
                while True:
                    print(asyncio.get_running_loop().time())
                    await asyncio.sleep(1)
            asyncio.run(main())
            """
        out, err, code = run(source, "--max-time", "2.5")
        self.assertEqual((out, err, code), ("0.0\n1.0\n2.0\n", "virtual time limit exceeded\n", 4))

    def test_executor_jobs_are_waited_for(self):
        out, _, code = run(
            """
            import asyncio, time
            def work():
                return 6 * 7
            async def main():
                print(await asyncio.to_thread(work), await asyncio.get_running_loop().run_in_executor(None, work))
            asyncio.run(main())
            """
        )
        self.assertEqual((out, code), ("42 42\n", 0))


class PinnedOrderTest(unittest.TestCase):
    def test_as_completed_starts_in_argument_order(self):
        out, _, _ = run(
            """
            import asyncio
            async def job(n):
                print("start", n)
                await asyncio.sleep(0.1)
                return n
            async def main():
                for f in asyncio.as_completed([job(i) for i in range(8)]):
                    await f
            asyncio.run(main())
            """
        )
        self.assertEqual(out, "".join(f"start {i}\n" for i in range(8)))

    def test_wait_sets_follow_argument_order(self):
        out, _, _ = run(
            """
            import asyncio
            async def main():
                ts = [asyncio.create_task(asyncio.sleep(0.1 * (i % 2)), name=f"t{i}") for i in range(8)]
                done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
                print([t.get_name() for t in done], [t.get_name() for t in pending])
                print(done.pop().get_name(), len(done))
                await asyncio.wait(pending)
            asyncio.run(main())
            """
        )
        self.assertEqual(out, "['t0', 't2', 't4', 't6'] ['t1', 't3', 't5', 't7']\nt0 3\n")

    def test_taskgroup_aborts_and_all_tasks_in_creation_order(self):
        out, err, code = run(
            """
            import asyncio
            async def sleeper(n):
                try:
                    await asyncio.sleep(10)
                except asyncio.CancelledError:
                    print("cancelled", n)
                    raise
            async def boom():
                await asyncio.sleep(0.1)
                raise ValueError("boom")
            async def main():
                print(sorted(t.get_name() for t in asyncio.all_tasks()))
                async with asyncio.TaskGroup() as tg:
                    for i in range(6):
                        tg.create_task(sleeper(i), name=f"s{i}")
                    print([t.get_name() for t in asyncio.all_tasks()])
                    tg.create_task(boom())
            asyncio.run(main())
            """
        )
        lines = out.splitlines()
        self.assertEqual(lines[1], "['Task-1', 's0', 's1', 's2', 's3', 's4', 's5']")
        self.assertEqual(lines[2:], [f"cancelled {i}" for i in range(6)])
        self.assertEqual(code, 1)

    def test_asyncio_run_cancels_leftovers_in_creation_order(self):
        out, _, _ = run(
            """
            import asyncio
            async def left(n):
                try:
                    await asyncio.sleep(10)
                finally:
                    print("cleanup", n)
            async def main():
                for i in range(6):
                    asyncio.create_task(left(i))
                await asyncio.sleep(0)
            asyncio.run(main())
            """
        )
        self.assertEqual(out, "".join(f"cleanup {i}\n" for i in range(6)))


    def test_shutdown_asyncgens_closes_in_first_iteration_order(self):
        out, _, _ = run(
            """
            import asyncio
            async def gen(name):
                try:
                    yield name
                    await asyncio.sleep(1)
                finally:
                    print("close", name)
            GENS = [gen(n) for n in "qwertyuiop"]
            async def main():
                for g in reversed(GENS):
                    await g.__anext__()
            asyncio.run(main())
            """
        )
        self.assertEqual(out, "".join(f"close {n}\n" for n in reversed("qwertyuiop")))


class ProgramTest(unittest.TestCase):
    def test_traceback_shows_path_as_given_without_runner_frames(self):
        _, err, code = run("def f():\n    raise KeyError('k')\nf()\n")
        self.assertEqual(code, 1)
        self.assertEqual(
            err,
            "Traceback (most recent call last):\n"
            '  File "prog.py", line 3, in <module>\n    f()\n'
            '  File "prog.py", line 2, in f\n'
            "    raise KeyError('k')\nKeyError: 'k'\n",
        )

    def test_syntax_error_has_no_traceback_header(self):
        _, err, code = run("x = (\n")
        self.assertEqual(code, 1)
        self.assertTrue(err.startswith('  File "prog.py", line 1\n'), err)
        self.assertTrue(err.endswith("SyntaxError: '(' was never closed\n"), err)

    def test_argv_name_and_exit_status(self):
        source = """
            import sys, os
            print(sys.argv, __name__, os.environ["PYTHONHASHSEED"], os.environ["TZ"])
            sys.exit(int(sys.argv[1]) if len(sys.argv) > 1 else "bye")
            """
        self.assertEqual(run(source, "7", "x"), ("['prog.py', '7', 'x'] __main__ 0 UTC\n", "", 7))
        self.assertEqual(run(source), ("['prog.py'] __main__ 0 UTC\n", "bye\n", 1))

    def test_random_is_seeded(self):
        source = "import random\nprint(random.random(), random.randint(1, 100))\n"
        import random

        for seed in (0, 5):
            r = random.Random(seed)
            expected = f"{r.random()} {r.randint(1, 100)}\n"
            out, _, _ = run(source, "--seed", str(seed))
            self.assertEqual(out, expected)

    def test_usage_errors_exit_2(self):
        for options in (["--seed", "x"], ["--epoch", "noon"], ["--max-time"]):
            _, err, code = run("print(1)\n", *options)
            self.assertEqual(code, 2, options)
            self.assertIn("error", err)
        for argv in (["missing.py"], ["--bogus", "missing.py"], []):
            done = subprocess.run([sys.executable, RUNNER, *argv], capture_output=True, text=True)
            self.assertEqual(done.returncode, 2, argv)

    def test_realtime_uses_the_real_clock(self):
        import time

        out, _, code = run("import time\nprint(time.time())\n", "--realtime")
        self.assertLess(abs(float(out) - time.time()), 60)
        self.assertEqual(code, 0)


if __name__ == "__main__":
    unittest.main()
