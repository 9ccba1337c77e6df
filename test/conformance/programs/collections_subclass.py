"""Subclasses of Counter, deque, OrderedDict and defaultdict defined in a function: reprs use __name__."""
from collections import Counter, deque, OrderedDict, defaultdict
def f():
    class C(Counter):
        pass
    class D(deque):
        pass
    class O(OrderedDict):
        pass
    class DD(defaultdict):
        pass
    print(C("aab"), D([1]), O(a=1), DD(int, {"k": 1}), C())
f()
