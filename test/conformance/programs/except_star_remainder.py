# What no except* clause took is raised again in the group's shape; its exceptions were built
# in place and never raised, so they print without a traceback of their own.
def f():
    try:
        raise ExceptionGroup("g", [ValueError("v"), OSError("o"), KeyError("k")])
    except* ValueError:
        print("handled the ValueError")
    except* KeyError as eg:
        print("handled", eg.exceptions)


f()
