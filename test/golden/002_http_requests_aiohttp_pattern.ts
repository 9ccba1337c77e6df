import { async_def, asyncio, dict, print, py, range, tuple } from "asyncio-ts/runtime";

// written for the heading: Async HTTP Requests (aiohttp pattern)
// seed: 002_28766f3191cc11ba.txt, section: Async HTTP Requests (aiohttp pattern)
// aiohttp is a third-party package and there is no network here, so FakeClientSession mimics
// the part of aiohttp's API that this pattern uses. With the real library the code reads:
//     async with aiohttp.ClientSession() as session:
//         async with session.get(url) as response:
//             data = await response.json()

const FAKE_SERVER = dict({
  "https://api.example.com/users/1": dict({ id: 1, name: "Ada" }),
  "https://api.example.com/users/2": dict({ id: 2, name: "Grace" }),
  "https://api.example.com/users/3": dict({ id: 3, name: "Linus" }),
});

class FakeResponse {
  declare url: any;
  declare status: number;

  constructor(url) {
    this.url = url;
    this.status = py.contains(FAKE_SERVER, url) ? 200 : 404;
  }

  async __aenter__() {
    await asyncio.sleep(0.1); // network latency
    return this;
  }

  async __aexit__(exc_type, exc, tb) {
    return false;
  }

  async json() {
    return py.getitem(FAKE_SERVER, this.url);
  }
}
async_def.methods(FakeResponse, "__aenter__", "__aexit__", "json");

class FakeClientSession {
  async __aenter__() {
    print("session opened");
    return this;
  }

  async __aexit__(...exc_info) {
    exc_info = tuple(exc_info);
    print("session closed");
    return false;
  }

  get(url) {
    return new FakeResponse(url);
  }
}
async_def.methods(FakeClientSession, "__aenter__", "__aexit__");

const fetch_json = async_def(async function fetch_json(session, url: string) {
  const responseCm = session.get(url);
  const response = await py.aenter(responseCm);
  let thrown = false;
  try {
    if (py.ne(response.status, 200)) {
      return dict({ url, error: response.status });
    }
    return await response.json();
  } catch (e) {
    thrown = true;
    if (!(await py.aexit(responseCm, e))) throw e;
  } finally {
    if (!thrown) await py.aexit(responseCm, null);
  }
});

const main = async_def(async function main() {
  let results;
  const urls = Array.from(range(1, 5), (i) => `https://api.example.com/users/${i}`);
  const sessionCm = new FakeClientSession();
  const session = await py.aenter(sessionCm);
  let thrown2 = false;
  try {
    results = await asyncio.gather(...Array.from(urls, (url) => fetch_json(session, url)));
  } catch (e) {
    thrown2 = true;
    if (!(await py.aexit(sessionCm, e))) throw e;
  } finally {
    if (!thrown2) await py.aexit(sessionCm, null);
  }
  for (const result of results) {
    print(result);
  }
});

await asyncio.run(main());
