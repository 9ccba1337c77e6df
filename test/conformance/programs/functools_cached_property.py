"""functools.cached_property: computed once per instance, reassignable and deletable, also on a frozen dataclass."""
import math
from dataclasses import dataclass
from functools import cached_property
import functools


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print("computing area")
        return round(math.pi * self.r**2, 2)

    @functools.cached_property
    def label(self):
        return f"circle r={self.r}"


@dataclass(frozen=True)
class Box:
    w: int
    h: int

    @cached_property
    def size(self):
        print("size once")
        return self.w * self.h


c = Circle(2)
print(c.area, c.area, c.label)
c.r = 10
print(c.area)
del c.area
print(c.area)
c.area = 1
print(c.area, Circle(1).area)
b = Box(2, 3)
print(b.size, b.size, b)
