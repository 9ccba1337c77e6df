from dataclasses import dataclass, field

@dataclass
class Item:
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)

    def __post_init__(self):
        if self.price < 0:
            raise ValueError("price must be >= 0")

def build():
    return Item(-1)

build()
