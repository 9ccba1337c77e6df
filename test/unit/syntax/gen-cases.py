"""Records CPython's first SyntaxError for each case below into cases.json, and for a seeded set
of random one-token mutations of examples/*.py into mutations.json.

Run with CPython 3.11: python3 test/unit/syntax/gen-cases.py
Each case is a program; the JSON keeps CPython's exception class, msg, lineno, offset,
end_lineno and end_offset (or null when the program compiles).
"""

import io
import json
import pathlib
import random
import sys
import tokenize
import warnings

CASES = r'''
import asyncio

print("never printed: the file does not compile")
await asyncio.sleep(1)  # mistake: await at module level
print("done")
====
import asyncio


def main():  # mistake: a regular def, not "async def"
    await asyncio.sleep(1)
    print("done")


main()
====
async def main():
    await asyncio.sleep(1)

asyncio.run(main())
====
def f(): return (await x for x in y)
====
(await x for x in y)
====
[[await x for x in y] for z in w]
====
def f():
  return [[await x for x in y] for z in w]
====
async def f():
  return [[await x for x in y] for z in w]
====
[x for x in await y]
====
def g():
  [x for x in await y]
====
async def f():
  class A:
    await x
====
async def f():
  class A:
    async for x in y: pass
====
async for x in y: pass
====
async with x: pass
====
def f():
  async for x in y: pass
====
def f():
  async with x: pass
====
async def f():
  async with a as b, c:
    async for x in y:
      print(x)
====
[x async for x in y]
====
def f():
  return [x async for x in y]
====
def f():
  return [await x for x in y]
====
[await x for x in y]
====
async def f():
  return {k: await v for k, v in y}
====
async def f():
  lambda: await x
====
await x
return 1
====
return 1
await x
====
return 1
====
class A:
    return 2
====
yield 1
====
x = yield
====
class A:
    x = yield 1
====
break
====
continue
====
while 1:
  def f():
    break
====
for x in y:
    pass
else:
    break
====
while True:
    if x:
        continue
    break
====
for x in y:
  try:
    pass
  finally:
    break
====
while 1:
  class A:
    continue
====
[(yield) for x in y]
====
return 1
[(yield) for x in y]
====
async def f():
  yield from x
====
def f():
  x = [1 for a in b]
  return
return
====
async def f():
  yield 1
  return 2
====
async def f():
  return 1
  yield
====
def f():
  yield 1
  return 2
====
def f():
  lambda: (yield)
  return
yield
====
@decorator
async def f(a=await x):
    pass
====
async def outer():
    def inner():
        await y
====
async def outer():
    async def inner():
        await y
    return [await z async for z in inner()]
====
def f(:
  pass
====
x = (1,
====
x = (1,
y = "abc
====
foo(
x = 1
y = )
====
a b
====
if x
  pass
====
print "hi"
====
print x
====
exec "x"
====
print
====
print (x)
====
f() = 1
====
1 = x
====
x = 1abc
====
x = [1, 2)
====
x = (1,
  2]
====
x = 1)
====
x = ]
====
def f():
return 1
====
  x = 1
====
if 1:
    x
  y
====
if 1:
    x
  yyy = 1
====
if 1:
    x
        y
====
f"{a"
====
x = f"{a" + 1
====
x = f"{a}}"
====
x = f"{}"
====
"""abc

====
x = """abc
def f():
    pass
====
x = 'abc
====
x = "abc
y = 1
====
x = [a, b
y = 3
z = 4
====
x = [a b
====
x = [1 2]
====
print("a" "b" x)
====
f(a b)
====
f(x "s")
====
x = {1: 2 3: 4}
====
x = 1 if y
====
def f() x
====
def f(self, x)
  pass
====
class A x:
====
class A
  pass
====
for x in y
  pass
====
while x
  pass
====
try
  pass
====
with x
  pass
====
if x:
  pass
else
  pass
====
x = y =
====
x = 1 +
yield 2
====
x = 1 \ y
====
x = (1 \ y
====
if 1:
	x
        y
====
x = 0777
====
x = 1_
====
x = 1e
====
x = 1.5j3
====
x = 0x
====
x = 0b12
====
x = 0o8
====
x = a$b
====
x = 1 ? 2
====
x = “hi”
====
x = 5  # ok
y = x +* 2
====
if x:
pass
====
for i in range(3):
print(i)
====
while True:
# comment
x = 1
====
class A:
def f(self): pass
====
try:
x = 1
except:
pass
====
try:
    x = 1
except ValueError:
pass
====
with open(f) as g:
pass
====
if x:
    pass
elif y:
pass
====
if x:
    pass
else:
pass
====
async def main():
print("x")
====
def f():
    x = 1
     y = 2
====
def f():
    x = 1
   y = 2
====
del f()
====
for 1 in x: pass
====
(a, 1) = x
====
[a, f()] = x
====
x + 1 = 2
====
f() += 1
====
None = 1
====
True = 1
====
x.y = 1 = 3
====
with a as 1: pass
====
'abc' = 1
====
if x = 3:
  pass
====
while x = 3:
  pass
====
f(x == 3 = 4)
====
a = 1 = 2
====
x = *a
====
x =
====
import
====
from . import
====
else:
  pass
====
if x:
  pass
elif:
  pass
====
if x:
  pass
  else:
  pass
====
try:
  pass
x = 1
====
except:
  pass
====
async def f():
  await
====
await
====
def f(a=1, b): pass
====
f(a=1, b)
====
f(a for a in b, c)
====
def f(a, a): pass
====
nonlocal x
====
async def main():
    task = asyncio.create_task(worker())
    await task

async def worker():
    await asyncio.sleep(0.1)
    return "ok"

if __name__ == "__main__":
    asyncio.run(main())
====
async def gen():
    for i in range(3):
        yield i
        await asyncio.sleep(0)

async def main():
    async for x in gen():
        print(x)
    print([y async for y in gen()])
====
@contextlib.asynccontextmanager
async def cm():
    yield
====
def g():
    x = yield
    yield
    return (yield)
====
with (open(a) as f, open(b) as g):
  pass
====
@a.b[0](c)
def f(): pass
====
a[*b]
====
x = 1 if y else 2; z = [i for i in range(3) if i]
====
def f(x, /, y, *, z): return lambda *a, **k: 0
====
x = 1
  # an indented comment is fine
y = 2
====
s = f"{x!r:>{width}} {y=}"
====
x = f"{a b}"
====
x = 1
y = f"{a +}"
====
print(f"hello {name!r} and {x +}")
====
print(f"{x:{y +}}")
====
print(f"{await}")
====
print(f"{lambda x: 1}")
====
print(f"{x = }")
====
print(f"{x!}")
====
print(f"{)}")
====
x = f"{a!x}"
====
x = f"{a:{b}"
====
x = f"{a#}"
====
x = f"{(a]}"
====
x = f"{a:{b:{c}}}"
====
x = f"{a=!r:>10}"
====
f(**x y)
====
x = [x if y else z w]
====
print "a", x
====
if f() = 3:
  pass
====
x = [1, 2 if 3]
====
f() = 1, 2
====
(f()) = 1
====
x = f() = 1
====
x == 1 = 2
====
a.b, c() = 1
====
[x for f() in y]
====
del 1, x
====
(f() := 1)
====
f(): int
====
a, b: int
====
from x import (a, b
====
def f(a, b:
  pass
====
x = yield = 3
====
print("hello"
print("x")
====
d = {"a": 1, "b": 2
print(d)
====
async def f():
  await asyncio.sleep(1)
 x = 1
====
def f(*): pass
====
def f((a, b)): pass
====
import asyncio,
====
await await x
====
x.await = 1
====
@decorator extra
def f(): pass
====
f(), x = 1
====
f(), x.y = 1
====
x, f() = 1
====
x, f() = y = 1
====
x = (a=1)
====
x = (a, b=1)
====
f((a=1))
====
x = {a=1}
====
if a:
    if b:
x = 1
====
if isinstance(e := f(x), int):
    print(e)
====
with open(a) as (b, c):
    pass
====
with open(a) as (
    b,
    c,
):
    x = 1
    y = 2


def g():
    return 1
====
x = 24.*3600. + 1.e5
====
class A:
    def __init__(self):
        self.handler: Optional[int] = None
====
problems = ", ".join(f"{k}={v}" for k, v in opts.items() if v)
====
match point:
    case tuple():
        pass
    case Point(x=0):
        pass
====
def f(a, /, b=2, *args, c, d=4, **kw):
    return lambda x, *y, z=1, **w: (yield)
====
async def f():
    async with a as b, c as d:
        async for x in y:
            yield [z async for z in x if await z]
====
def f(a=, b): pass
====
d = {"a": , "b": 1}
====
d = {"a": 1, "b": }
====
def f(a, b=):
  pass
====
if x is None:==
  pass
====
@reprlib.()
def f(): pass
====
raise print NotImplementedError
====
def f():
    self.write(data){

def g():
    pass
====
print(f"hello {name)
====
print(f"hello {name")
====
async def main()
    await asyncio.sleep(1)
====
async main():
    pass
====
def async main():
    pass
====
async def main():
    result = await
====
async def main():
    await asyncio.sleep(1
    print("x")
====
async def main():
    tasks = [asyncio.create_task(f(i) for i in range(3)]
====
async def main():
    async with asyncio.timeout(1)
        await x
====
async def main():
	await x
        await y
====
async def main():
    for i in range(3):
    await asyncio.sleep(i)
====
async def main():
    results = await asyncio.gather(*tasks
asyncio.run(main())
====
async def main():
    print("hi"
asyncio.run(main())
====
async def main():
    x = {"a": 1 "b": 2}
====
async def main():
    if x = 1:
        pass
====
async def main():
    return await asyncio.sleep(1),
    else:
        pass
====
asyncio.run(main()))
====
async def main():
    try:
        await x
    except asyncio.TimeoutError, e:
        pass
====
async def main():
    print 'hi'
====
async def main():
    await asyncio.sleep(1)
  print("done")
====
async def main():
    async for i in range(3):
        pass
====
async def f():
    yield 1
    return 2
====
def f():
    async with lock:
        pass
====
class A:
    async def __aenter__(self)
        return self
====
x = 10
if x > 5
    print("big")
====
while True
    pass
====
print("unterminated)
====
s = 'it's broken'
====
items = [1, 2, 3,
print(items)
====
result = func(a, b c)
====
def f(x):
return x
====
for i in range(10):
    print(i)
  print("done")
====
x = 5
    y = 6
====
if x == 1:
    pass
elif x = 2:
    pass
====
lambda x: await x
====
async def main():
    await = 5
====
async def main():
    print(await)
====
def main():
    x = [await y for y in z]
====
print(all(t for t in p,))
====
f(x for x in y)
====
f(a, b,)
====
def f(*args=1): pass
====
def f(a, **kw=1): pass
====
import asyncio{
async def greet():
    pass
====
start print  time.perf_counter()
====
t = asyncio.create_task(heartbeat(), *name="heartbeat")
====
await asyncio=.gather(a, b)
====
async def f():
    try:	result = await g()
        print(result)
    except ValueError:
        pass
====
async def f():
    async with asyncio.TaskGroup() as tg.:
        pass
====
def consumer():
     True:
        pass
====
try:
    pass
except* ValueError:
    pass
except TypeError:
    pass
====
try:
    pass
except TypeError:
    pass
except * ValueError:
    pass
====
try:
    pass
except*:
    pass
====
for i in range(2):
    try:
        pass
    except* ValueError:
        if i:
            continue
====
def f():
    try:
        pass
    except* ValueError:
        return 1
====
def f(x):
    try:
        pass
    except* ValueError:
        return x + 1
====
def f():
    try:
        pass
    except* ValueError:
        return (1, "a")
====
try:
    pass
except* ValueError:
    break
====
def f():
    try:
        pass
    except* (ValueError, TypeError) as e:
        def g():
            return 1
        for i in range(3):
            if i:
                break
            continue
        lambda: 1
====
def f():
    try:
        pass
    except* ValueError:
        pass
    else:
        return 1
    finally:
        pass
'''

here = pathlib.Path(__file__).parent
examples = here.parent.parent.parent / "examples"

MUTATIONS = 400
SEED = 20261122
INSERTS = ["(", ")", "[", "]", "{", "}", ":", ",", "=", "'", '"', "await ", "async ", "return ",
           "yield ", "break", "  ", "\t", "\n", "print ", "1", "x", ".", "*", "lambda", "if ",
           "else", " in ", "f'{", "#", "\\", "=="]


def probe(source):
    try:
        compile(source, "<case>", "exec")
        return None
    except SyntaxError as e:
        return {
            "kind": type(e).__name__,
            "msg": e.msg,
            "lineno": e.lineno,
            "offset": e.offset,
            "end_lineno": e.end_lineno,
            "end_offset": e.end_offset,
        }


def offset(source, line, col):
    lines = source.splitlines(keepends=True)
    return sum(len(x) for x in lines[: line - 1]) + col


def mutate(rng, source):
    """Deletes, inserts before or replaces one token, or re-indents or duplicates one line."""
    tokens = [
        t
        for t in tokenize.generate_tokens(io.StringIO(source).readline)
        if t.type not in (tokenize.NL, tokenize.COMMENT, tokenize.ENDMARKER, tokenize.INDENT, tokenize.DEDENT)
    ]
    t = rng.choice(tokens)
    a, b = offset(source, *t.start), offset(source, *t.end)
    kind = rng.random()
    if kind < 0.35:
        return source[:a] + source[b:]
    if kind < 0.7:
        return source[:a] + rng.choice(INSERTS) + source[a:]
    if kind < 0.85:
        return source[:a] + rng.choice(INSERTS) + source[b:]
    lines = source.splitlines(keepends=True)
    i = rng.randrange(len(lines))
    r = rng.random()
    if r < 0.4:
        lines[i] = "  " + lines[i]
    elif r < 0.7:
        lines[i] = lines[i].lstrip(" ") if lines[i].startswith(" ") else " " + lines[i]
    else:
        lines.insert(i, lines[i])
    return "".join(lines)


def mutations():
    rng = random.Random(SEED)
    bases = [p.read_text() for p in sorted(examples.glob("*.py"))]
    out = []
    while len(out) < MUTATIONS:
        source = mutate(rng, rng.choice(bases))
        error = probe(source)
        if error is not None:
            out.append({"source": source, "error": error})
    return out


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("gen-cases.py must run under CPython 3.11")
    warnings.simplefilter("ignore")
    sources = [c.strip("\n") + "\n" for c in CASES.split("\n====\n")]
    cases = [{"source": s, "error": probe(s)} for s in sources]
    (here / "cases.json").write_text(json.dumps(cases, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(cases)} cases, {sum(c['error'] is not None for c in cases)} with errors")
    mutants = mutations()
    (here / "mutations.json").write_text(json.dumps(mutants, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(mutants)} mutations of examples/*.py")


main()
