"""cls(**data) in a classmethod and Cls(**opts): keywords placed on a plain constructor's parameters."""
from dataclasses import dataclass


class User:
    def __init__(self, name, age=0, *, admin=False):
        self.name = name
        self.age = age
        self.admin = admin

    @classmethod
    def from_dict(cls, data):
        return cls(**data)

    @classmethod
    def guest(cls):
        return cls(name="guest", admin=False)

    def __repr__(self):
        return f"User({self.name!r}, {self.age}, {self.admin})"


@dataclass
class Point:
    x: int
    y: int = 0

    @classmethod
    def from_dict(cls, d):
        return cls(**d)


class Plain:
    def __init__(self, a, b=2):
        self.a, self.b = a, b


print(User.from_dict({"name": "ann", "age": 3}), User.guest(), User.from_dict({"name": "r", "admin": True}))
print(Point.from_dict({"y": 5, "x": 1}), Point(**{"x": 2}))
opts = {"b": 7}
p = Plain(1, **opts)
print(p.a, p.b)
