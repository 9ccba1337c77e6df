from dataclasses import dataclass, field


@dataclass
class Config:
    host: str
    port: int = 8080
    tags: list = field(default_factory=list)


def load(host):
    return Config(host)


print(load("localhost"))
cfg = Config(port=1)
