# String methods, f-string corner cases, and exceptions with custom classes and assert.
import asyncio


class ValidationError(Exception):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field


async def validate(data):
    await asyncio.sleep(0)
    for key in ("name", "age"):
        if key not in data:
            raise ValidationError(key, "missing")
    assert data["age"] >= 0, "age must be non-negative"
    return data


async def main():
    s = "  Hello, Async World!  "
    print(repr(s.strip()), s.lower().strip(), s.upper().split(","), s.replace("l", "L", 2))
    print(s.strip().startswith("Hello"), s.count("o"), s.find("World"), s.strip()[::2])
    print(f"{'left':<8}|{'right':>8}|{'mid':^9}|{3.14159:8.3f}|{42:#x}|{255:08b}|{-5:+d}")
    print("{name} is {age:>3} years".format(name="Al", age=7), "%5.1f%%" % 12.345)
    print(str(None), str(True), repr([None, True, "x"]), f"{None!s} {[1, 'a']!r}")
    for data in [{"name": "a", "age": 3}, {"name": "b"}, {"name": "c", "age": -1}]:
        try:
            print("valid", await validate(data))
        except ValidationError as e:
            print("invalid", e, e.field, e.args)
        except AssertionError as e:
            print("assertion", e)
    try:
        int("x")
    except ValueError as e:
        print(e)
    try:
        [][1]
    except IndexError as e:
        print(type(e).__name__, e)
    try:
        None.x
    except AttributeError as e:
        print(e)
    raise ValidationError("final", "not caught") from None


asyncio.run(main())
