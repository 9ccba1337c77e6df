"""A crawler that uses dataclasses, functools and collections together with asyncio."""
import asyncio
import random
import time
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field, asdict
from functools import lru_cache, wraps


def log_calls(func):
    @wraps(func)
    async def wrapper(*args, **kwargs):
        print(f"-> {func.__name__}{args}")
        try:
            return await func(*args, **kwargs)
        finally:
            print(f"<- {func.__name__}")
    return wrapper


@dataclass
class Request:
    url: str
    retries: int = 0
    headers: dict = field(default_factory=dict)


@dataclass
class Response:
    request: Request
    status: int
    body: str = ""

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300


@lru_cache(maxsize=32)
def parse_host(url: str) -> str:
    return url.split("/")[2]


@log_calls
async def fetch(req: Request, *, timeout: float = 1.0) -> Response:
    await asyncio.sleep(random.random() * timeout)
    status = random.choice([200, 200, 404, 500])
    return Response(req, status, body=f"<{parse_host(req.url)}>")


async def crawl(urls):
    pending = deque(Request(u) for u in urls)
    stats = Counter()
    by_host = defaultdict(list)
    results = []
    while pending:
        batch = [pending.popleft() for _ in range(min(2, len(pending)))]
        responses = await asyncio.gather(*(fetch(r, timeout=0.5) for r in batch))
        for resp in responses:
            stats[resp.status] += 1
            by_host[parse_host(resp.request.url)].append(resp.status)
            if not resp.ok and resp.request.retries < 1:
                resp.request.retries += 1
                pending.append(resp.request)
            else:
                results.append(resp)
    return results, stats, by_host


async def main():
    random.seed(42)
    urls = [f"https://site{i % 3}.example/page{i}" for i in range(5)]
    start = time.perf_counter()
    results, stats, by_host = await crawl(urls)
    print(stats.most_common())
    print(dict(by_host))
    print(sorted(r.request.url for r in results if r.ok))
    print(asdict(results[0]))
    print(parse_host.cache_info())
    print(f"took {time.perf_counter() - start:.2f}s")


asyncio.run(main())
