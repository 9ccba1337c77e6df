"""`not` binds tighter than `and`/`or`: not a and b is (not a) and b."""
vals = [True, False, 0, 1, "", "x", None, [], [0]]
out = []
for a in vals:
    for b in vals:
        for c in vals:
            out.append((not a and b, a and not b or c, not a or b and c, not not a and b, a or not b and c, not a and not b, (not a) and b, not (a and b), a if not b and c else c, not a == b))
print(len(out), out[:5], out[-5:])
print(sum(1 for t in out for x in t if x))
f = lambda a, b: not a and b
print(f(False, 3), f(1, 3), [x for x in vals if not x and x is not None])
