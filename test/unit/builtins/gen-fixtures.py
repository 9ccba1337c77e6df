"""Records CPython 3.11's answers for the builtins' table-driven tests.

Run once with python3 (3.11) from the repository root:
    python3 test/unit/builtins/gen-fixtures.py
It writes test/unit/builtins/fixtures.json; the tests read it and never need Python.
Values travel as {"t": type, "v": value} so that floats, tuples, sets and dicts survive JSON.
"""

import json
import math
import operator
import os
import random
import sys
import traceback

INF = float("inf")
NAN = float("nan")


def enc(v):
    if v is None:
        return {"t": "none"}
    if isinstance(v, bool):
        return {"t": "bool", "v": v}
    if isinstance(v, int):
        return {"t": "int", "v": v}
    if isinstance(v, float):
        return {"t": "float", "v": repr(v)}
    if isinstance(v, str):
        return {"t": "str", "v": v}
    if isinstance(v, list):
        return {"t": "list", "v": [enc(x) for x in v]}
    if isinstance(v, tuple):
        return {"t": "tuple", "v": [enc(x) for x in v]}
    if isinstance(v, set):
        return {"t": "set", "v": [enc(x) for x in v]}
    if isinstance(v, dict):
        return {"t": "dict", "v": [[enc(k), enc(x)] for k, x in v.items()]}
    if isinstance(v, range):
        return {"t": "range", "v": [v.start, v.stop, v.step]}
    raise TypeError(f"cannot encode {v!r}")


def outcome(fn):
    try:
        r = fn()
    except Exception as e:  # noqa: BLE001 - recording every error is the point
        return {"err": f"{type(e).__name__}: {e}"}
    return {"ok": enc(r), "repr": repr(r)}


# ---- repr / str -------------------------------------------------------------------------------
REPR_VALUES = [
    None, True, False, 0, 1, -1, 123456789, 2**53, 10**20, 0.0, -0.0, 1.0, -1.5, 0.1, 0.1 + 0.2,
    1 / 3, 2 / 3, 1e-5, 1e-4, 0.0001234, 1e15, 1e16, 1.5e16, 123456789012345678.0, 1e22, 1e300,
    5e-324, 1.7976931348623157e308, INF, -INF, NAN, 3.14159, 100.0, 2.5, 1e-7, 12345.678,
    "", "a", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
    "\x00\x07\x1b\x7f", "é ü", "\u200b\u00a0", "😀", "\ud800" if False else "x",
    [], [1, 2, 3], [1, "a", None, True, 1.5], (), (1,), (1, 2), ("a", (1.0, [2])),
    {}, {"a": 1}, {1: "x", 2.5: [1], (1, 2): None, "k": {"n": ()}}, set(), {1, 2, 3}, {3, 1, 2},
    {-1, -2, 5}, set(range(20, 0, -1)), {1.0: "a", 2: "b"}, {True: "x", 1: "y"}, {1: "x", True: "y"},
    {1, 2.0, 3.5}, {True, 1, 0, False}, {(1, 2.0): "t"}, {0.5: 1, 1.0: 2, 1: 3},
    {"only"}, [[[]]], range(5), range(1, 10, 2), range(0), range(10, 0, -3),
]


def repr_cases():
    return [{"value": enc(v), "repr": repr(v), "str": str(v)} for v in REPR_VALUES]


# ---- format() ---------------------------------------------------------------------------------
FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 2.675, 0.125, 0.375, 1e-5, 0.0001, 123.456, 1e16,
          1.5e16, 1e22, 12345678.9, -3.14159, 1 / 3, 9.995, 0.05, INF, -INF, NAN, 5e-324, 1e300,
          99.99, 0.999999]
FLOAT_SPECS = ["", ".2f", ".0f", ".1f", ".3f", "f", ".10f", "e", ".2e", ".0e", "E", "g", ".3g",
               ".1g", "G", "#g", ".10g", "%", ".1%", ".0%", ",", ",.2f", "_.3f", "10.2f",
               "<10.2f", "^10.2f", ">10.2f", "=+10.2f", "010.2f", "+.1f", " .1f", "z.1f",
               ".3", ".2", ".0", ".1", "#.0f", "#.3g", "x^12.3e", "*<8", "012,.1f", "n", "d", "s"]
INTS = [0, 1, -1, 7, 42, -42, 255, 1000, 1234567, -1234567, 2**31, 10**15]
INT_SPECS = ["", "d", "5d", "<5", "^5", ">5", "=5", "+d", " d", "05", "010,", "08,", ",", "_",
             "x", "X", "#x", "#X", "o", "#o", "b", "#b", "#010b", "_b", "#_x", ",x", "c", ".2",
             "e", ".2f", "%", "g", "n", "*^9", "z", "s", "+08_"]
STRS = ["", "abc", "héllo", "x"]
STR_SPECS = ["", "s", "5", "<5", ">5", "^5", "^6", "*^7", ".2", "10.2", "d", "+", "=5", "#", ",",
             "05", "+,", "#_", "_s", "z", "x<05", "<05"]
OTHER_FORMAT = [(True, ""), (True, ">5"), (False, "d"), (None, ""), (None, ">5"), ([1], ""),
                ((1,), ">8")]


def format_cases():
    cases = []
    for x in FLOATS:
        for spec in FLOAT_SPECS:
            cases.append({"value": enc(x), "spec": spec, **outcome(lambda: format(x, spec))})
    for n in INTS:
        for spec in INT_SPECS:
            cases.append({"value": enc(n), "spec": spec, **outcome(lambda: format(n, spec))})
    for s in STRS:
        for spec in STR_SPECS:
            cases.append({"value": enc(s), "spec": spec, **outcome(lambda: format(s, spec))})
    for v, spec in OTHER_FORMAT:
        cases.append({"value": enc(v), "spec": spec, **outcome(lambda: format(v, spec))})
    return cases


def format_fuzz_cases(seed, n):
    """Random (value, spec) pairs over the whole mini-language, reproducible from the seed."""
    import struct
    rnd = random.Random(seed)

    def rfloat():
        k = rnd.random()
        if k < 0.3:
            return round(rnd.uniform(-1000, 1000), rnd.randint(0, 6))
        if k < 0.5:
            return rnd.choice([0.0, -0.0, 0.5, 1.5, 2.5, 1e-7, 1e21, 123456789.0, 9.999999, 0.0005,
                               5e-324, INF, -INF])
        if k < 0.8:
            x = struct.unpack("d", struct.pack("Q", rnd.getrandbits(64)))[0]
            return 0.0 if x != x else x
        return rnd.uniform(-1, 1) * 10 ** rnd.randint(-10, 25)

    def rint():
        return rnd.choice([0, 1, -1, 7, 255, 1000, -123456, 2**31, 10**12, rnd.randint(-10**6, 10**6)])

    def rspec(kind):
        align = rnd.choice(["", "", "<", ">", "^", "="])
        fill = rnd.choice(["", "", "*", "0", " ", "x"]) if align else ""
        parts = [fill + align, rnd.choice(["", "", "+", "-", " "]),
                 rnd.choice(["", "", "", "z"]) if kind == "f" else "", rnd.choice(["", "", "#"]),
                 rnd.choice(["", "", "0"]), rnd.choice(["", "", str(rnd.randint(1, 20))]),
                 rnd.choice(["", "", ",", "_"]),
                 rnd.choice(["", "", "." + str(rnd.randint(0, 12))]) if kind == "f" else "",
                 rnd.choice(["", ""] + list("eEfFgGn%" if kind == "f" else "bdoxXnc"))]
        return "".join(parts)

    cases = []
    for _ in range(n):
        kind = "f" if rnd.random() < 0.7 else "i"
        v = rfloat() if kind == "f" else rint()
        spec = rspec(kind)
        cases.append({"value": enc(v), "spec": spec, **outcome(lambda: format(v, spec))})
    return cases


def percent_fuzz_cases(seed, n):
    """Random %-conversions (flags, width, precision, type) over assorted values."""
    rnd = random.Random(seed)
    values = [0, 1, -1, 42, -7, 255, 3.14159, -2.5, 0.5, 1e-7, 1e20, 123456.789, "abc", "", True,
              None, [1], 65, 1.0, "é"]
    cases = []
    for _ in range(n):
        flags = "".join(rnd.sample("-+ #0", rnd.randint(0, 3)))
        width = rnd.choice(["", "", str(rnd.randint(1, 12))])
        prec = rnd.choice(["", "", "." + str(rnd.randint(0, 8)), "."])
        fmt = "%" + flags + width + prec + rnd.choice("sdifeEgGxXorc")
        v = rnd.choice(values)
        cases.append({"fmt": fmt, "value": enc(v), **outcome(lambda: fmt % (v,))})
    return cases


# ---- calls: operators, builtins, methods ------------------------------------------------------
def call_cases():
    calls = []

    def add(fn, *args, **kwargs):
        calls.append((fn, list(args), kwargs))

    for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (7.5, -2), (1, 0),
                 (1.5, 0), (0, 5), (6, 3), (2**52, 3), (1e300, 1e-300), (-0.0, 1), (5, 0.5)]:
        for op in ["floordiv", "mod", "truediv", "divmod"]:
            add("op:" + op, a, b)
    for a, b in [(3, 40), (3, 33), (2, 63), (2, 64), (7, 19), (-2, 61), (10, 400), (2, 1100),
                 (2, 10), (2, -1), (2, -2), (0, -1), (0.0, -1), (2.5, 2), (-8, 2), (10, 20),
                 (3, 0), (0, 0), (2, 0.5), (1e200, 2)]:
        add("op:pow", a, b)
    for a, b in [(1, 2), ("a", "b"), ([1], [2]), ((1,), (2,)), ("a", 1), (1, "a"), ([1], (1,)),
                 ((1,), [1]), (2**52, 2**52), (0.1, 0.2), (True, 1), (2**53, 1), (2**53, 2),
                 (2**64, 2**64), (2**64, 1)]:
        add("op:add", a, b)
    for a, b in [(2**40, 3**20), (2**60, 2**10), (3**30, 3**10), (-(2**53), 2**53),
                 ("ab", 3), (3, "ab"), ([1, 2], 2), ((0,), 3), ("a", -1), ("a", "b"), (2**30, 2**30),
                 (2.5, 2)]:
        add("op:mul", a, b)
    for a, b in [(1, 2), (2, 1), ("a", "b"), ("b", "a"), ([1, 2], [1, 3]), ([1, 2], [1, 2, 0]),
                 ((1, "a"), (1, "b")), (1, "a"), ("a", 1), ([1], "a"), (None, None), ([1], [1.0]),
                 ({1, 2}, {1, 2, 3}), ((1, 2), (1, "x"))]:
        add("op:lt", a, b)
        add("op:le", a, b)
    for a, b in [(1, 1.0), ([1, [2]], [1, [2]]), ([1], (1,)), ((1, 2), (1, 2)), ({"a": 1}, {"a": 1}),
                 ({"a": 1}, {"a": 2}), ({1, 2}, {2, 1}), (None, None), (None, 0), (True, 1),
                 ("a", "a"), (0.1 + 0.2, 0.3), (NAN, NAN), ({"a": [1]}, {"a": [1]})]:
        add("op:eq", a, b)
    for c, x in [([1, 2], 2), ([1, 2], 3), ("abc", "bc"), ("abc", "x"), ({"a": 1}, "a"),
                 ({"a": 1}, 1), ({1, 2}, 2), ((1, (2, 3)), (2, 3)), ("abc", 1), (range(0, 10, 2), 4),
                 (range(0, 10, 2), 5), ({(1, 2): 0}, (1, 2))]:
        add("op:contains", c, x)
    for o, k in [([1, 2, 3], 0), ([1, 2, 3], -1), ([1, 2, 3], 3), ([1, 2, 3], -4), ((1, 2), 5),
                 ("abc", 1), ("abc", -1), ("abc", 9), ({"a": 1}, "a"), ({"a": 1}, "b"),
                 ({"a": 1}, 0), ({(1, 2): "t"}, (1, 2)), ({}, (1, "a")), ([1], "a"), (5, 0),
                 (None, 0), (range(10), -1), (range(3), 3), ([1, 2], True), ("😀ab", 1), ("a😀b", -2),
                 ("😀", 1)]:
        add("op:getitem", o, k)
    for o, a, b, c in [([1, 2, 3, 4, 5], 1, 3, None), ([1, 2, 3, 4, 5], None, None, -1),
                       ([1, 2, 3, 4, 5], -2, None, None), ([1, 2, 3, 4, 5], None, None, 2),
                       ([1, 2, 3, 4, 5], 4, 1, -1), ("hello", 1, None, None), ("hello", None, None, -2),
                       ((1, 2, 3), 1, None, None), ([1, 2], None, None, 0), ([1, 2, 3], 10, 20, None),
                       ([1, 2, 3], -10, 2, None), (range(10), 2, 8, 3), ("abc", 5, 1, -2),
                       ("😀ab😀c", 1, 4, None), ("😀ab😀c", None, None, -1)]:
        add("op:slice", o, a, b, c)
    for a, b in [(12, 10), (-12, 10), (2**40, 3), (True, False), (True, 1), ({1, 2, 3}, {3, 4}),
                 ({"a": 1}, {"b": 2, "a": 0}), (1, "a"), (1.5, 1), (2**52, 2**52 - 1)]:
        for op in ["or_", "and_", "xor"]:
            add("op:" + op, a, b)
    for a, b in [(1, 40), (1, 3), (-1, 70), (5, -1), (2**60, 4), (-(2**40), 3), (1, 0), (3, 60)]:
        add("op:lshift", a, b)
        add("op:rshift", a, b)
    for x in [0, 5, -6, True, 2**40, 1.5]:
        add("op:invert", x)
    for x in [0, 1, "", "a", [], [0], (), {}, {"a": 1}, set(), None, 0.0, NAN, range(0), range(1)]:
        add("op:truthy", x)
    # builtins
    for args, kw in [(([3, 1, 2],), {}), (([3, 1, 2],), {"reverse": True}), ((["b", "A", "c"],), {}),
                     ((["bb", "a", "ccc"],), {"key": "len"}), (([1, "a"],), {}), (({"b": 1, "a": 2},), {}),
                     (([(1, "b"), (1, "a"), (0, "z")],), {}), (("hello",), {})]:
        add("builtin:sorted", *args, **kw)
    for fn in ["min", "max"]:
        for args, kw in [(([3, 1, 2],), {}), ((3, 1, 2), {}), (([],), {}), (([],), {"default": 9}),
                         ((["bb", "a", "ccc"],), {"key": "len"}), (("hello",), {}), (([1, "a"],), {}),
                         (([2, 2.0],), {}), (([[1, 2], [1, 3]],), {})]:
            add("builtin:" + fn, *args, **kw)
    for args in [([1, 2, 3],), ([0.1] * 10,), ([],), ([1, 2], 10), ([[1], [2]], []), (["a"],),
                 ([True, True],), ([1.5, 2.5],), (range(101),)]:
        add("builtin:sum", *args)
    for args in [(2.5,), (3.5,), (-0.5,), (0.5,), (1.5,), (2.675, 2), (0.125, 2), (1234, -2),
                 (1250, -2), (1350, -2), (5.5, 0), (-2.5,), (1e20,), (INF,), (NAN,), (0.1 + 0.2, 10),
                 (2.5, -1), (15, -1), (25, -1), (123.456, -1), (1.005, 2)]:
        add("builtin:round", *args)
    for args in [("12",), (" -7 ",), ("1_000",), ("0x1f", 16), ("0x1f", 0), ("ff", 16), ("z", 36),
                 ("abc",), ("1.5",), ("",), (3.9,), (-3.9,), (True,), ("0b101", 0), ("010", 0),
                 ("10", 2), (INF,), (NAN,), ("1__0",), ("٣",)]:
        add("builtin:int", *args)
    for args in [("1.5",), (" 2 ",), ("inf",), ("-Infinity",), ("nan",), ("1e3",), ("1_0.5",),
                 ("abc",), ("",), (".5",), ("5.",), (3,), ("1e",)]:
        add("builtin:float", *args)
    for args in [([1, 0],), ([],), ([0, 0],), ("",)]:
        add("builtin:any", *args)
        add("builtin:all", *args)
    for args in [(-3,), (2.5,), (-0.0,), (True,), ("a",)]:
        add("builtin:abs", *args)
    for fn in ["hex", "oct", "bin"]:
        for args in [(255,), (-255,), (0,), (True,), (1.5,)]:
            add("builtin:" + fn, *args)
    for args in [(2, 10), (2, -1), (3, 4, 5), (2, -1, 7), (2, 0.5, 3), (0, -1)]:
        add("builtin:pow", *args)
    for args in [("é",), ("a",), (["ü"],)]:
        add("builtin:ascii", *args)
    for args in [(65,), (0x1F600,), (-1,), (0x110000,)]:
        add("builtin:chr", *args)
    for args in [("a",), ("😀",), ("ab",), ("",)]:
        add("builtin:ord", *args)
    for args in [([1, 2, 3],), ("héllo",), ({"a": 1},), ({1, 2},), ((),), (range(0, 10, 3),), (5,),
                 (None,), ("😀",)]:
        add("builtin:len", *args)
    for args, kw in [(("ab",), {}), ((["x", "y"], 1), {}), (("ab",), {"start": 5})]:
        add("builtin:enumerate", *args, **kw)
    for args, kw in [(([1, 2], "ab"), {}), (([1, 2, 3], "ab"), {}), ((), {}),
                     (([1, 2, 3], "ab"), {"strict": True}), (([1], "ab"), {"strict": True})]:
        add("builtin:zip", *args, **kw)
    for args in [([1, 2, 3],), ("abc",), ({"a": 1, "b": 2},), (range(5),), (5,)]:
        add("builtin:reversed", *args)
    for items, extra in [([10, 20, 30, 40, 50], []), ([10, 5, 7, 8, 9, 20], []), ([3, 1, 2], []),
                         ([100, 3, 1, 17, 9, 33, 65], []), ([5, 15, 25, 35], [45]),
                         ([10, 20, 30, 40, 50], [60, 70, 80]), (list(range(40, 0, -3)), [1000]),
                         ([64, 32, 16, 8, 0], [])]:
        add("builtin:set_display", items, extra)
    for x in [0, 1, -1, -2, 2**52, 2**53, 2**61, 2**62, -(2**61), 3 * 2**61, 1.5, -0.1, 0.1, 1e300,
              5e-324, INF, -INF, 2.0, True, False, (), (1, 2), (1, (2, 3.5)), ((),), (-1,), (True, 0.5)]:
        add("builtin:hash", x)
    # (floats in sets keep their value but not their float-ness when integral, so these are not)
    for items in [[(1, 2), (3, 4), (0, 0), (5, 1)], [1.5, 2.5, 0.1, 3.75, -2.25], [1, 1.5, 2, 0.5],
                  [(i, j) for i in range(3) for j in range(3)], [(0, 1), (1, 0)],
                  [0.5 * k + 0.25 for k in range(12)], [(k, k * 0.5 + 0.25) for k in range(8)]]:
        add("builtin:set", items)
    rnd = random.Random(13)
    for _ in range(150):
        items = rnd.sample(range(-5, rnd.choice([20, 100, 1000])), rnd.randint(3, 25))
        add("builtin:set_display", items, rnd.sample(range(2000, 2100), rnd.randint(0, 3)))
        add("builtin:set", items)
    for _ in range(60):
        pts = [(rnd.randint(-3, 9), rnd.randint(-3, 9)) for _ in range(rnd.randint(2, 12))]
        add("builtin:set", pts)
        add("builtin:set_display", list(dict.fromkeys(pts)), [])
        add("builtin:set", [rnd.randint(-50, 50) + 0.125 * rnd.choice([1, 3, 5]) for _ in range(rnd.randint(2, 12))])
    for args in [(5,), (1, 5), (0, 10, 3), (5, 0, -1), (0,), (1, 2, 0), (1.5,)]:
        add("builtin:range", *args)
    for args in [("abc",), ((1, 2),), ({"a": 1, "b": 2},), ({3, 1},), (range(3),), ("",), (5,)]:
        add("builtin:list", *args)
        add("builtin:tuple", *args)
    for args, kw in [(([(True, "x"), (1, "y"), (1.0, "z"), (2.0, "w"), (2, "v")],), {}),
                     (([((1, 2.0), "a"), ((1.0, 2), "b")],), {}),
                     (([("a", 1), ("b", 2)],), {}), ((), {"x": 1}), (({"a": 1},), {"b": 2}),
                     (([[1, 2, 3]],), {}), (([1],), {})]:
        add("builtin:dict", *args, **kw)
    # str hashes are randomized per process, so only int sets have a stable order
    for args in [([1, True, 1.0, 2.0, 2, False, 0],), ([2.0, 1, 0.5],), ([(1, 2.0), (1.0, 2)],),
                 ([3, 1, 3],), ([],), ([100, 3, 1, 17, 9, 33, 65],), (list(range(20, 0, -1)),),
                 ([-1, -2, 5],), ([100, 3, 1, 17, 9, 33, 65, 8, 16, 24, 32],), ([64, 0, 8, 16],)]:
        add("builtin:set", *args)
    for args in [(1,), (1.5,), ("s",), ([1],), ((1,),), ({"a": 1},), ({1},), (None,), (True,),
                 (range(1),)]:
        add("builtin:type_name", *args)
    for fn, x in [("iter", [1]), ("iter", (1,)), ("iter", "ab"), ("iter", {"a": 1}), ("iter", range(2)),
                  ("iter", {1}), ("reversed", [1]), ("reversed", {"a": 1}), ("enumerate", "ab"),
                  ("zip", "ab"), ("reversed", range(3))]:
        add("builtin:iter_type_name", fn, x)
    for x, t in [(1, "int"), (True, "int"), (1.5, "float"), (1, "float"), ("s", "str"), ([], "list"),
                 ((), "list"), ((), "tuple"), ({}, "dict"), (set(), "set"), (None, "int"),
                 (1, ("str", "int")), (True, "bool"), (1, "bool"), (range(2), "range")]:
        add("builtin:isinstance", x, t)
    # str methods
    for s, m, args, kw in [
        ("a b  c ", "split", (), {}), ("a,b,,c", "split", (",",), {}), ("a,b,c", "split", (",", 1), {}),
        ("  a b c  ", "split", (None, 1), {}), ("a b c", "split", (), {"maxsplit": 1}),
        ("a,b", "split", ("",), {}), ("", "split", (), {}), ("", "split", (",",), {}),
        ("a b c", "rsplit", (None, 1), {}), ("a,b,c", "rsplit", (",", 1), {}),
        ("l1\nl2\r\nl3\r", "splitlines", (), {}), ("l1\nl2\n", "splitlines", (True,), {}),
        ("aaa", "replace", ("a", "b"), {}), ("aaa", "replace", ("a", "b", 2), {}),
        ("ab", "replace", ("", "-"), {}), ("  hi  ", "strip", (), {}), ("xxhixx", "strip", ("x",), {}),
        ("  hi  ", "lstrip", (), {}), ("  hi  ", "rstrip", (), {}), ("hello world", "title", (), {}),
        ("they're bill's", "title", (), {}), ("hELLO", "capitalize", (), {}), ("Hi", "swapcase", (), {}),
        ("abc", "center", (6,), {}), ("abc", "center", (7, "*"), {}), ("ab", "center", (5,), {}),
        ("abc", "ljust", (5, "-"), {}), ("abc", "rjust", (5,), {}), ("abc", "ljust", (5, "ab"), {}),
        ("42", "zfill", (5,), {}), ("-42", "zfill", (5,), {}), ("abcabc", "count", ("b",), {}),
        ("aaaa", "count", ("aa",), {}), ("abc", "count", ("",), {}), ("abcabc", "find", ("c",), {}),
        ("abcabc", "rfind", ("c",), {}), ("abc", "find", ("z",), {}), ("abc", "index", ("z",), {}),
        ("abcabc", "find", ("a", 1), {}), ("hello", "startswith", ("he",), {}),
        ("hello", "startswith", (("x", "h"),), {}), ("hello", "endswith", ("lo",), {}),
        ("hello", "startswith", ("l", 2), {}), ("123", "isdigit", (), {}), ("12a", "isdigit", (), {}),
        ("", "isdigit", (), {}), ("abc", "isalpha", (), {}), ("ab1", "isalnum", (), {}),
        (" \t", "isspace", (), {}), ("ABC", "isupper", (), {}), ("abc1", "islower", (), {}),
        ("Hello World", "istitle", (), {}), ("a=b=c", "partition", ("=",), {}),
        ("a=b=c", "rpartition", ("=",), {}), ("abc", "partition", ("x",), {}),
        ("prefix_x", "removeprefix", ("prefix_",), {}), ("x.py", "removesuffix", (".py",), {}),
        ("a\tb", "expandtabs", (4,), {}), ("MiXeD", "lower", (), {}), ("straße", "upper", (), {}),
        (", ", "join", (["a", "b", "c"],), {}), ("", "join", ("abc",), {}), ("-", "join", ([1, 2],), {}),
        ("{} and {}", "format", (1, "b"), {}), ("{1}{0}", "format", ("a", "b"), {}),
        ("{x:>5}|{y!r}", "format", (), {"x": 1, "y": "q"}), ("{0[1]}", "format", ([5, 6],), {}),
        ("{:{w}.{p}f}", "format", (3.14159,), {"w": 8, "p": 2}), ("{{}} {}", "format", (1,), {}),
        ("{} {1}", "format", (1, 2), {}), ("{2}", "format", (1,), {}), ("{", "format", (), {}),
        ("}", "format", (), {}), ("{:d}", "format", ("s",), {}), ("{!r:^7}", "format", ("a",), {}),
        ("{0.real}", "format", (5,), {}), ("{0[a]} {0[b]}", "format", ({"a": 1, "b": [2]},), {}),
        ("{0[zz]}", "format", ({"a": 1},), {}), ("{0[5]}", "format", ([1],), {}),
        ("{p[1]}", "format", (), {"p": (7, 8)}), ("{0.nope}", "format", (1,), {}),
    ]:
        add("str:" + m, s, *args, **kw)
    # %-formatting
    for fmt, args in [
        ("%s", "x"), ("%d", 5), ("%5d|%-5d|", (3, 4)), ("%05.1f", 3.14159), ("%r", "q"), ("%x %X %o", (255, 255, 8)),
        ("%#x", 255), ("%e", 12345.678), ("%g", 0.0001), ("%.3s", "abcdef"), ("%%", ()), ("%c", 65),
        ("%s %s", ("a",)), ("%s", ("a", "b")), ("%d", "x"), ("%(a)s-%(b)d", {"a": "x", "b": 2}),
        ("%+d % d", (5, 5)), ("%*d", (5, 42)), ("%.2f%%", 99.5), ("%s", [1, 2]), ("%s", (1,)),
        ("%i", 3.9), ("%5.2s|", "abc"), ("%-8.3f|", 2.5), ("%.0f", 0.5), ("%.0f", 1.5), ("%z", 1),
        ("%.2e", 0.000123), ("%G", 1e-10), ("%s", None), ("%d", True), ("%3c|", "x"), ("%.5d", 42),
        ("no args", ()), ("no args", 5),
    ]:
        add("percent", fmt, args)
    # list methods (result and the list afterwards)
    for lst, m, args, kw in [
        ([1, 2, 3], "pop", (), {}), ([1, 2, 3], "pop", (0,), {}), ([1, 2, 3], "pop", (-2,), {}),
        ([], "pop", (), {}), ([1], "pop", (5,), {}), ([1, 2], "append", (3,), {}),
        ([1], "extend", ("ab",), {}), ([1, 2, 3], "insert", (1, 9), {}), ([1, 2, 3], "insert", (-1, 9), {}),
        ([1, 2, 3], "insert", (10, 9), {}), ([1, 2, 1], "remove", (1,), {}), ([1], "remove", (5,), {}),
        ([1, 2, 1], "index", (1, 1), {}), ([1], "index", (5,), {}), ([1, 2, 1], "count", (1,), {}),
        ([3, 1, 2], "sort", (), {}), ([3, 1, 2], "sort", (), {"reverse": True}),
        (["bb", "a", "ccc"], "sort", (), {"key": "len"}), ([1, "a"], "sort", (), {}),
        ([10, 9, 100], "sort", (), {}), ([1, 2, 3], "reverse", (), {}), ([1, 2], "copy", (), {}),
        ([1, 2], "clear", (), {}),
    ]:
        add("list:" + m, lst, *args, **kw)
    # dict methods (result and the dict afterwards)
    for d, m, args in [
        ({"a": 1}, "get", ("a",)), ({"a": 1}, "get", ("b",)), ({"a": 1}, "get", ("b", 0)),
        ({"a": 1, "b": 2}, "pop", ("a",)), ({"a": 1}, "pop", ("z",)), ({"a": 1}, "pop", ("z", None)),
        ({"a": 1}, "setdefault", ("a", 5)), ({"a": 1}, "setdefault", ("b", 5)),
        ({"a": 1}, "update", ({"b": 2, "a": 0},)), ({"a": 1}, "update", ([("c", 3)],)),
        ({"a": 1, "b": 2}, "popitem", ()), ({}, "popitem", ()), ({"a": 1}, "keys", ()),
        ({"a": 1}, "values", ()), ({"a": 1}, "items", ()), ({"a": 1}, "copy", ()), ({"a": 1}, "clear", ()),
    ]:
        add("dict:" + m, d, *args)
    # set methods
    for s, m, args in [
        ({1, 2}, "add", (3,)), ({1, 2}, "discard", (5,)), ({1, 2}, "remove", (5,)), ({1, 2}, "remove", (1,)),
        ({1, 2, 3}, "union", ({4, 5},)), ({1, 2, 3}, "intersection", ({2, 3, 4},)),
        ({1, 2, 3}, "difference", ({2},)), ({1, 2, 3}, "symmetric_difference", ({3, 4},)),
        ({1, 2}, "issubset", ({1, 2, 3},)), ({1, 2}, "issuperset", ({1},)), ({1, 2}, "isdisjoint", ({3},)),
        (set(), "pop", ()), ({5, 1, 3}, "pop", ()),
    ]:
        add("set:" + m, s, *args)
    return calls


def run_call(fn, args, kwargs):
    kind, _, name = fn.partition(":")
    kw = dict(kwargs)
    if kw.get("key") == "len":
        kw["key"] = len
    if kind == "op":
        if name == "truthy":
            return bool(args[0])
        if name == "contains":
            return args[1] in args[0]
        if name == "slice":
            o, a, b, c = args
            return o[a:b:c]
        if name == "divmod":
            return divmod(*args)
        return getattr(operator, name)(*args)
    if kind == "builtin":
        if name == "type_name":
            return type(args[0]).__name__
        if name == "set_display":
            s = eval("{" + ", ".join(map(repr, args[0])) + "}")
            for x in args[1]:
                s.add(x)
            return s
        if name == "iter_type_name":
            return type(eval(args[0])(args[1])).__name__
        if name == "isinstance":
            t = args[1]
            types = tuple(eval(x) for x in t) if isinstance(t, tuple) else eval(t)
            return isinstance(args[0], types)
        f = eval(name)
        r = f(*args, **kw)
        if name in ("enumerate", "zip", "reversed"):
            return list(r)
        return r
    if kind == "percent":
        return args[0] % args[1]
    target = args[0]
    r = getattr(target, name)(*args[1:], **kw)
    if kind in ("list", "dict", "set"):
        if name in ("keys", "values", "items"):
            return (list(r), target)
        return (r, target)
    return r


def calls_fixture():
    out = []
    for fn, args, kwargs in call_cases():
        copies = [
            (list(a) if isinstance(a, list) else dict(a) if isinstance(a, dict)
             else set(a) if isinstance(a, set) else a)
            for a in args
        ]
        rec = {"fn": fn, "args": [enc(a) for a in args], "kwargs": {k: enc(v) for k, v in kwargs.items()}}
        rec.update(outcome(lambda: run_call(fn, copies, kwargs)))
        out.append(rec)
    return out


# ---- tracebacks -------------------------------------------------------------------------------
def tb_text(exc, frames_by_id):
    te = traceback.TracebackException.from_exception(exc)

    def fix(t, e, seen):
        if id(t) in seen:
            return
        seen.add(id(t))
        t.stack = traceback.StackSummary.from_list(frames_by_id.get(id(e), []))
        if t.__cause__ is not None:
            fix(t.__cause__, e.__cause__, seen)
        if t.__context__ is not None:
            fix(t.__context__, e.__context__, seen)
        for sub_t, sub_e in zip(t.exceptions or [], getattr(e, "exceptions", [])):
            fix(sub_t, sub_e, seen)

    fix(te, exc, set())
    return "".join(te.format())


def traceback_cases():
    cases = []
    F1 = [("prog.py", 10, "<module>", "asyncio.run(main())"), ("prog.py", 4, "main", "    x = d['k']")]
    F2 = [("prog.py", 7, "f", "raise ValueError('bad') from e")]

    def case(name, build, frames):
        exc, ids = build()
        frames_by_id = {id(ids[k]): v for k, v in frames.items()}
        spec_frames = {k: [list(f) for f in v] for k, v in frames.items()}
        cases.append({"name": name, "tree": describe(exc, ids), "frames": spec_frames,
                      "text": tb_text(exc, frames_by_id)})

    def describe(e, ids):
        key = next(k for k, v in ids.items() if v is e)
        d = {"key": key, "type": type(e).__name__, "args": [enc(a) for a in e.args[:1]]
             if not isinstance(e, BaseExceptionGroup) else [enc(e.message)]}
        if isinstance(e, BaseExceptionGroup):
            d["exceptions"] = [describe(x, ids) for x in e.exceptions]
        if e.__cause__ is not None:
            d["cause"] = describe(e.__cause__, ids)
        if e.__context__ is not None and e.__context__ is not e.__cause__:
            d["context"] = describe(e.__context__, ids)
        d["suppress"] = e.__suppress_context__
        if getattr(e, "__notes__", None):
            d["notes"] = list(e.__notes__)
        return d

    def simple():
        e = KeyError("k")
        return e, {"e": e}

    case("plain", simple, {"e": F1})
    case("no frames", simple, {})

    def empty_msg():
        e = RuntimeError()
        return e, {"e": e}

    case("empty message", empty_msg, {"e": F1})

    def chained():
        a = KeyError("k")
        b = ValueError("bad")
        b.__cause__ = a
        b.__context__ = a
        b.__suppress_context__ = True
        c = RuntimeError("again")
        c.__context__ = b
        return c, {"a": a, "b": b, "c": c}

    case("chained", chained, {"a": F1, "b": F2, "c": F1 + F2})

    def from_none():
        a = KeyError("k")
        b = ValueError("x")
        b.__context__ = a
        b.__suppress_context__ = True
        return b, {"a": a, "b": b}

    case("from none", from_none, {"a": F1, "b": F2})

    def group():
        v1 = ValueError("v1")
        v2 = TypeError("v2")
        inner = ExceptionGroup("inner", [v2])
        g = ExceptionGroup("unhandled errors in a TaskGroup", [v1, inner])
        g.add_note("a note")
        g.add_note("two\nlines")
        return g, {"g": g, "v1": v1, "v2": v2, "inner": inner}

    case("group", group, {"g": F1, "v1": F2})
    case("group without frames", group, {})

    def wide():
        subs = [ValueError(str(i)) for i in range(17)]
        g = ExceptionGroup("many", subs)
        ids = {"g": g}
        ids.update({f"s{i}": s for i, s in enumerate(subs)})
        return g, ids

    case("wide group", wide, {"g": F1})

    def repeated():
        e = RecursionError("maximum recursion depth exceeded")
        return e, {"e": e}

    case("repeated frames", repeated, {"e": F1[:1] + [("prog.py", 3, "f", "return f()")] * 7 + F2})
    return cases


# ---- caret lines under traceback source lines --------------------------------------------------
CARET_LINES = [
    # (source line, the failing expression inside it)
    ("    result = 10 / 0", "10 / 0"),
    ('    {}["x"]', '{}["x"]'),
    ("    x = d['k']", "d['k']"),
    ("    return await level2(n)", "await level2(n)"),
    ("    results = await asyncio.gather(a(), b())", "await asyncio.gather(a(), b())"),
    ("    asyncio.run(main())", "asyncio.run(main())"),
    ("    total = a + b * c", "a + b * c"),
    ("    total = a * b + c", "a * b + c"),
    ("    y = a - b - c", "a - b - c"),
    ("    y = 2 ** x ** 2", "2 ** x ** 2"),
    ("    y = (a + b) // c", "(a + b) // c"),
    ("    y = a // (b - c)", "a // (b - c)"),
    ("    y = items[len(items)]", "items[len(items)]"),
    ("    y = f(x)[0]", "f(x)[0]"),
    ("    y = matrix[i][j] / n", "matrix[i][j] / n"),
    ("    y = -a", "-a"),
    ("    y = not x", "not x"),
    ("    y = a < b", "a < b"),
    ("    y = obj.attr.method()", "obj.attr.method()"),
    ("    y = 'a' + 1", "'a' + 1"),
    ('    y = f"{x}" + 1', 'f"{x}" + 1'),
    ("    raise ValueError('bad')", "raise ValueError('bad')"),
    ("    y = x % 0", "x % 0"),
    ("    y = (x) % 0", "(x) % 0"),
    ("    y = [1, 2][5]", "[1, 2][5]"),
    ("    y = a[1:2] + b", "a[1:2] + b"),
    ("    y = -a ** 2", "-a ** 2"),
    ("    y = a if b else c", "a if b else c"),
    ("    print(1 / 0)", "1 / 0"),
    ("    d[k] += 1", "d[k]"),
]


def caret_cases():
    out = []
    for line, expr in CARET_LINES:
        col = line.index(expr)
        end = col + len(expr)
        fs = traceback.FrameSummary("p.py", 3, "f", lookup_line=False, line=line + "\n",
                                    end_lineno=3, colno=col, end_colno=end)
        text = "".join(traceback.StackSummary.from_list([fs]).format())
        out.append({"source": line, "col": col, "endCol": end, "text": text})
    return out


# ---- random and math -------------------------------------------------------------------------
def random_cases():
    out = []
    for seed in [0, 1, 42, 2**40 + 5, -7]:
        r = random.Random(seed)
        rec = {"seed": seed}
        rec["random"] = [repr(r.random()) for _ in range(5)]
        rec["randint"] = [r.randint(1, 100) for _ in range(10)]
        rec["randrange"] = [r.randrange(0, 100, 5) for _ in range(5)] + [r.randrange(10) for _ in range(5)]
        rec["getrandbits"] = [str(r.getrandbits(k)) for k in (1, 8, 32, 33, 53, 64, 100)]
        rec["uniform"] = [repr(r.uniform(1.5, 3.5)) for _ in range(3)]
        items = list(range(10))
        rec["choice"] = [r.choice(items) for _ in range(5)]
        rec["choice_str"] = r.choice("abcdef")
        sh = list(range(10))
        r.shuffle(sh)
        rec["shuffle"] = sh
        rec["sample"] = r.sample(range(100), 5)
        rec["sample_big"] = r.sample(range(1000), 30)
        rec["choices"] = r.choices(["a", "b", "c"], k=5)
        rec["choices_w"] = r.choices(["a", "b", "c"], weights=[1, 5, 10], k=5)
        rec["choices_cw"] = r.choices(["a", "b", "c"], cum_weights=[1, 2, 10], k=5)
        rec["gauss"] = [repr(r.gauss(0, 1)) for _ in range(4)]
        rec["normalvariate"] = [repr(r.normalvariate(5, 2)) for _ in range(2)]
        rec["expovariate"] = [repr(r.expovariate(1.5)) for _ in range(2)]
        rec["triangular"] = [repr(r.triangular(0, 10, 3)) for _ in range(2)]
        rec["after"] = repr(r.random())
        out.append(rec)
    random.seed(3)
    module = [repr(random.random()), random.randint(1, 6)]
    float_seeds = {}
    for f in [1.5, -7.0, 2.0, 0.1, 1e300, "hello", "", "é😀", "x" * 300]:
        random.seed(f)
        float_seeds[repr(f)] = repr(random.random())
    return {"seeds": out, "module_seed3": module, "float_seeds": float_seeds}


def math_cases():
    cases = []
    for fn, args in [
        ("sqrt", (2,)), ("sqrt", (-1,)), ("floor", (2.5,)), ("floor", (-2.5,)), ("ceil", (2.1,)),
        ("ceil", (-2.1,)), ("trunc", (-2.7,)), ("log", (100,)), ("log", (8, 2)), ("log", (0,)),
        ("log10", (1000,)), ("log2", (8,)), ("exp", (1,)), ("pow", (2, 10)), ("fabs", (-3,)),
        ("isclose", (0.1 + 0.2, 0.3)), ("isclose", (1, 1.1)), ("isclose", (1, 1.05, 0.1)),
        ("fsum", ([0.1] * 10,)), ("gcd", (12, 18)), ("gcd", (0, 0)), ("lcm", (4, 6)),
        ("factorial", (10,)), ("factorial", (-1,)), ("factorial", (20,)), ("factorial", (25,)),
        ("comb", (100, 50)), ("comb", (60, 30)), ("perm", (30, 15)), ("factorial", (20,)), ("factorial", (25,)),
        ("comb", (100, 50)), ("comb", (60, 30)), ("perm", (30, 15)), ("isfinite", (INF,)), ("isinf", (INF,)),
        ("isnan", (NAN,)), ("hypot", (3, 4)), ("sin", (0,)), ("cos", (0,)), ("atan2", (1, 1)),
        ("degrees", (math.pi,)), ("radians", (180,)), ("copysign", (3, -0.0)), ("fmod", (7, -2)),
        ("modf", (2.5,)), ("comb", (5, 2)), ("perm", (5, 2)), ("prod", ([1, 2, 3, 4],)),
        ("isqrt", (17,)), ("dist", ((0, 0), (3, 4))), ("frexp", (8.0,)), ("ldexp", (0.5, 4)),
        ("asinh", (1.0,)), ("acosh", (0.5,)), ("atanh", (0.5,)), ("cbrt", (27.0,)), ("cbrt", (-8.0,)),
        ("exp2", (10.0,)), ("exp2", (0.5,)), ("remainder", (7.0, 2.0)), ("remainder", (5.0, 2.0)),
        ("remainder", (-7.5, 2.0)), ("remainder", (1.0, 0.0)), ("nextafter", (1.0, 2.0)),
        ("nextafter", (0.0, -1.0)), ("nextafter", (-1.0, 0.0)), ("ulp", (1.0,)), ("ulp", (0.0,)),
        ("ulp", (1e300,)), ("frexp", (0.1,)), ("frexp", (-3.0,)), ("modf", (-2.5,)),
    ]:
        cases.append({"fn": fn, "args": [enc(a) for a in args], **outcome(lambda: getattr(math, fn)(*args))})
    consts = {k: repr(getattr(math, k)) for k in ["pi", "e", "tau", "inf", "nan"]}
    return {"calls": cases, "constants": consts}


# ---- protocol errors (async with / async for / with / for) ------------------------------------
def protocol_cases():
    import asyncio

    class Empty:
        pass

    class OnlyEnter:
        async def __aenter__(self):
            return self

    class SyncEnter:
        def __aenter__(self):
            return self

        async def __aexit__(self, *a):
            return False

    class SyncExit:
        async def __aenter__(self):
            return self

        def __aexit__(self, *a):
            return False

    class BadAiter:
        def __aiter__(self):
            return 5

    class BadAnext:
        def __aiter__(self):
            return self

        def __anext__(self):
            return 5

    class OnlyEnterSync:
        def __enter__(self):
            return self

    async def agen():
        yield 1

    out = {}

    async def record(name, body):
        try:
            await body()
        except Exception as e:  # noqa: BLE001
            out[name] = f"{type(e).__name__}: {e}"

    async def aw(cm):
        async with cm:
            pass

    async def af(it):
        async for _ in it:
            pass

    async def w(cm):
        with cm:
            pass

    async def f(it):
        for _ in it:
            pass

    async def run():
        await record("async with Empty", lambda: aw(Empty()))
        await record("async with OnlyEnter", lambda: aw(OnlyEnter()))
        await record("async with SyncEnter", lambda: aw(SyncEnter()))
        await record("async with SyncExit", lambda: aw(SyncExit()))
        await record("async for BadAiter", lambda: af(BadAiter()))
        await record("async for BadAnext", lambda: af(BadAnext()))
        await record("async for int", lambda: af(5))
        await record("with Empty", lambda: w(Empty()))
        await record("with OnlyEnterSync", lambda: w(OnlyEnterSync()))
        await record("for async_generator", lambda: f(agen()))
        await record("for int", lambda: f(5))
        await record("for None", lambda: f(None))

    asyncio.run(run())
    return out


def libm_cases(seed):
    """Random inputs to the libm functions CPython calls, with glibc's results."""
    rnd = random.Random(seed)
    cases = {
        "exp": [rnd.uniform(-10, 10) for _ in range(400)] + [rnd.uniform(-700, 700) for _ in range(100)],
        "log": [rnd.random() for _ in range(300)] + [rnd.uniform(0, 1e6) for _ in range(200)],
        "sin": [rnd.uniform(-10, 10) for _ in range(500)],
        "cos": [rnd.uniform(-10, 10) for _ in range(500)],
        "tan": [rnd.uniform(-10, 10) for _ in range(300)],
        "log2": [rnd.uniform(0, 100) for _ in range(300)] + [2.0 ** k for k in range(-60, 61)],
        "cbrt": [rnd.uniform(-100, 100) for _ in range(300)] + [27.0, 8.0, -64.0, 1e-300, 3e300],
    }
    out = {f: [[repr(x), repr(getattr(math, f)(x))] for x in xs] for f, xs in cases.items()}
    pows = [(rnd.uniform(0, 10), rnd.uniform(-5, 5)) for _ in range(400)]
    pows += [(rnd.uniform(0, 3), float(rnd.randint(-30, 30))) for _ in range(100)]
    out["pow"] = [[repr(a), repr(b), repr(math.pow(a, b))] for a, b in pows]
    return out


def main():
    assert sys.version_info[:2] == (3, 11), "record the fixtures with CPython 3.11"
    data = {
        "python": sys.version.split()[0],
        "repr": repr_cases(),
        "format": format_cases(),
        "format_fuzz": format_fuzz_cases(7, 4000),
        "percent_fuzz": percent_fuzz_cases(11, 3000),
        "calls": calls_fixture(),
        "tracebacks": traceback_cases(),
        "random": random_cases(),
        "math": math_cases(),
        "protocols": protocol_cases(),
        "carets": caret_cases(),
        "libm": libm_cases(3),
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures.json")
    write_fixtures(path, data)


def write_fixtures(path, data):
    """One line per recorded case (compact JSON, readable diffs, under 2 MB)."""
    compact = {"ensure_ascii": False, "separators": (",", ":")}
    parts = []
    for key, value in data.items():
        if isinstance(value, list):
            rows = ",\n".join(json.dumps(x, **compact) for x in value)
            parts.append(f"{json.dumps(key)}:[\n{rows}\n]")
        else:
            parts.append(f"{json.dumps(key)}:{json.dumps(value, **compact)}")
    with open(path, "w", encoding="utf-8") as f:
        f.write("{\n" + ",\n".join(parts) + "\n}\n")


if __name__ == "__main__":
    main()
