# obj.__dict__: the instance's attributes as a dict, in assignment order; writes through it set
# attributes (the `self.__dict__.update(kwargs)` idiom).
class Config:
    def __init__(self, **options):
        self.name = "default"
        self.__dict__.update(options)

    def __repr__(self):
        pairs = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"Config({pairs})"


c = Config(debug=True, retries=3)
print(c.__dict__, c.debug, c.retries, c)
c.__dict__["timeout"] = 2.5
del c.__dict__["retries"]
print(c.timeout, hasattr(c, "retries"), sorted(c.__dict__), len(c.__dict__))
