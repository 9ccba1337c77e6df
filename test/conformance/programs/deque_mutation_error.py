"""A deque whose length changes while a for loop walks it raises RuntimeError (the last one uncaught)."""
from collections import deque
d = deque([1, 2, 3])
try:
    for x in d:
        if x == 2:
            d.append(9)
except RuntimeError as e:
    print(type(e).__name__, e, d)
d2 = deque([1,2,3])
try:
    for x in d2:
        d2.popleft()
        print(x)
except RuntimeError as e:
    print(e, d2)
d3 = deque([1,2])
for x in d3:
    d3[0] = 5
print(d3, list(reversed(d3)))
d4 = deque([1, 2, 3])
for x in d4:
    if x == 3:
        d4.append(4)
