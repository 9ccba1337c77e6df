# json.dumps / json.loads: escaping, floats, indent, separators, sort_keys, default=, errors.
import asyncio
import json
from collections import Counter, OrderedDict, defaultdict, namedtuple
from dataclasses import asdict, dataclass
from json import JSONDecodeError, dumps, loads


@dataclass
class Item:
    name: str
    price: float


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


async def main():
    print(dumps({"a": 1, "b": [1, 2.5, None, True, False], "c": "x"}))
    print(dumps([1.0, 0.1, 1e16, 1e-5, -0.0, 123456789.125, 2**60, 2**64, -10**20]))
    print(dumps(float("nan")), dumps(float("inf")), dumps(float("-inf")))
    show(dumps, float("nan"), allow_nan=False)
    print(dumps((1, (2, 3), [])))
    print(dumps("é\U0001F600\x7f\x00\n\t\"\\/"))
    print(dumps("é\U0001F600\x7f\x00\n", ensure_ascii=False))
    print(dumps({1: "a", 2.5: "b", True: "c", None: "d", float("inf"): "e"}))
    show(dumps, {(1, 2): 3})
    print(dumps({(1, 2): 3, "k": 4}, skipkeys=True))
    print(dumps({"b": 1, "a": [3, {"z": 1, "y": 2}]}, sort_keys=True))
    show(dumps, {1: 1, "a": 2}, sort_keys=True)
    print(dumps({"a": [1, 2, {"b": None}], "e": {}, "l": []}, indent=2))
    print(dumps([1, [2, 3]], indent=0))
    print(dumps([1, {"k": 2}], indent="\t"))
    print(dumps({"a": 1, "b": 2}, separators=(",", ":")))
    print(dumps({"a": [1, 2]}, indent=4, separators=(", ", " = ")))
    show(dumps, {1, 2})
    show(dumps, object)

    class Point:
        def __init__(self, x, y):
            self.x = x
            self.y = y

    show(dumps, Point(1, 2))
    print(dumps([Point(1, 2), Point(3, 4)], default=lambda p: {"x": p.x, "y": p.y}))
    print(dumps({"s": {3, 1, 2}}, default=sorted))
    loop = []
    loop.append(loop)
    show(dumps, loop)
    d = {}
    d["self"] = d
    show(dumps, d)
    print(dumps(""), dumps([]), dumps({}), dumps(None), dumps(True), dumps(-17))

    v = loads('{"a": 1, "b": [1, 2.5, null, true, false], "c": "x", "d": {}}')
    print(v, type(v).__name__, type(v["b"]).__name__)
    for text in ["1", "1.0", "-0", "-0.0", "1e3", "1E-2", "18446744073709551616", "-100000000000000000000", "2.5e400",
                 "NaN", "Infinity", "-Infinity", '"\\u00e9\\ud83d\\ude00\\n\\/"', "  [ ]  ",
                 '{"a": 1, "a": 2}', "[1, [2, [3, []]]]", '"\\ud800"', "0.1"]:
        try:
            r = loads(text)
            print(repr(text), repr(r), type(r).__name__)
        except Exception as e:
            print(repr(text), type(e).__name__, e)
    bad = ["", " ", "[1,]", '{"a":1,}', '{"a" 1}', "[1 2]", '"abc', '"a\x01"', '"\\x"',
           '"\\u12"', '"\\u12zz"', "01", "-", "{1:2}", "nul", "[1]x", "  \n [\n 1,\n  }",
           "[", "{", '{"a"', '{"a":', "tru", "[-]", "1.", ".5", "+1", '"abc\\', "[1,\n\n  2,,]"]
    for text in bad:
        try:
            loads(text)
            print(repr(text), "parsed")
        except JSONDecodeError as e:
            print(repr(text), type(e).__name__, e, "|", e.msg, e.pos, e.lineno, e.colno)
    try:
        loads("[1, 2")
    except ValueError as e:
        print("caught as ValueError:", isinstance(e, json.JSONDecodeError), e)
    show(loads, 5)
    show(loads, "[1.5, 2]", parse_float=str)
    show(loads, "[1.5, 2]", parse_int=float)
    show(loads, '{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items()))
    show(loads, '{"b": 1, "a": 2}', object_pairs_hook=list)
    show(loads, "[NaN]", parse_constant=lambda c: "const " + c)
    show(loads, '"a\tb"', strict=False)
    show(loads, '"a\tb"')
    data = {"name": "asyncio-ts", "tags": ["json", "é"], "n": 3, "ratio": 0.75, "ok": True}
    print(loads(dumps(data)) == data, loads(dumps(data, indent=3)) == data)
    print(json.loads(json.dumps({"x": [1, 2, {"y": None}]})))

    Pt = namedtuple("Pt", "x y")
    print(dumps({"c": Counter("aab"), "o": OrderedDict(a=1), "d": defaultdict(int, {"k": 2})}))
    print(dumps(Pt(1, 2)), dumps(asdict(Item("pen", 1.5))), dumps({2: "b", 1: "a", 10: "c"}, sort_keys=True))
    show(dumps, Item("pen", 1.5))
    print(dumps([[], {}, [[]]], indent=2))
    e = json.JSONDecodeError("boom", "ab\ncd", 4)
    print(e, e.lineno, e.colno, repr(e.msg), e.args, isinstance(e, ValueError))
    print(loads('{"x": 1.0, "y": 2}')["x"], loads("[1.0]"), loads("3.0") + 1, loads('"\\t"') == "\t")
    one = 1.0
    print(dumps(one), json.dumps(2.0), dumps({"v": one}), loads("[1]", parse_int=float))
    json.loads('{"a": }')


asyncio.run(main())
