import { StopAsyncIteration, async_def, asyncio, list, print, py, str } from "asyncio-ts/runtime";

// written for the heading: Async For and Async Context Managers
// seed: 000_a862cf976f82285c.txt, section: Async For and Async Context Managers
// (the seed's editor here was not extracted: "Loading editor...")

/** An async context manager: setting up and tearing down may involve I/O. */
class Oven {
  async __aenter__() {
    print("Preheating oven...");
    await asyncio.sleep(0.1);
    return this;
  }

  async __aexit__(exc_type, exc, tb) {
    print("Turning oven off");
    await asyncio.sleep(0.1);
    return false;
  }

  async bake(dish) {
    await asyncio.sleep(0.1);
    return `Baked ${str(dish)}`;
  }
}
async_def.methods(Oven, "__aenter__", "__aexit__", "bake");

/** An async iterator: getting each next order involves waiting. */
class OrderTicker {
  declare orders: any;

  constructor(orders) {
    this.orders = list(orders);
  }

  __aiter__() {
    return this;
  }

  async __anext__() {
    if (!py.truthy(this.orders)) {
      throw new StopAsyncIteration();
    }
    await asyncio.sleep(0.05);
    return list.pop(this.orders, 0);
  }
}
async_def.methods(OrderTicker, "__anext__");

const main = async_def(async function main() {
  const ovenCm = new Oven();
  const oven = await py.aenter(ovenCm);
  let thrown = false;
  try {
    for await (const dish of py.aiter(new OrderTicker(["bread", "pizza", "cake"]), true)) {
      print(await oven.bake(dish));
    }
  } catch (e) {
    thrown = true;
    if (!(await py.aexit(ovenCm, e))) throw e;
  } finally {
    if (!thrown) await py.aexit(ovenCm, null);
  }
});

await asyncio.run(main());
