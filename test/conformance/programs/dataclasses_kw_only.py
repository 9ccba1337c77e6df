"""Keyword-only dataclass fields: @dataclass(kw_only=True), field(kw_only=True) and _: KW_ONLY, with
CPython's argument errors."""
from dataclasses import dataclass, field, KW_ONLY, fields

@dataclass(kw_only=True)
class A:
    x: int
    y: int = 0

@dataclass
class B:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3

@dataclass
class C:
    p: int = field(kw_only=True)
    q: int = 1
    r: int = 2

print(A(x=1), B(1, b=2), C(5, p=9), [f.name for f in fields(B)], [f.kw_only for f in fields(C)])
for make in [lambda: A(1), lambda: A(), lambda: B(1), lambda: B(1, 2), lambda: B(), lambda: C(), lambda: C(1, 2, 3)]:
    try:
        make()
    except TypeError as e:
        print(e)

@dataclass
class D:
    a: int = 0
    _: KW_ONLY
    b: int

print(D(b=1))
for make in [lambda: A(1, x=2), lambda: B(1, 2, b=3), lambda: B(1, 2, b=3, c=4), lambda: C(1, 2, 3, p=1)]:
    try:
        make()
    except TypeError as e:
        print(e)
