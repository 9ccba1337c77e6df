from dataclasses import dataclass


@dataclass(frozen=True)
class Config:
    host: str
    port: int = 8080


def update(cfg):
    cfg.port = 9090


cfg = Config("localhost")
print(cfg)
update(cfg)
