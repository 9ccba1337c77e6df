# An uncaught ExceptionGroup: exceptions built in the group's own call have no traceback, ones
# raised and caught earlier keep theirs.
def fail(n):
    raise ValueError(f"raised {n}")


errors = []
for n in range(2):
    try:
        fail(n)
    except ValueError as e:
        errors.append(e)
raise ExceptionGroup("collected", [*errors, TypeError("built in place")])
