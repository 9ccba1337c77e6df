import { async_def, async_gen, asyncio, contextlib, len, print, py, range, repr, str } from "asyncio-ts/runtime";

// written for the heading: Exercise 2: Async Resource Pool
// exercise solution: Async Resource Pool
// seed: 002_28766f3191cc11ba.txt, section: Practice Exercises: Exercise 2: Async Resource Pool

class Connection {
  declare conn_id: number;

  constructor(conn_id: number) {
    this.conn_id = conn_id;
  }

  async execute(query) {
    await asyncio.sleep(0.1); // simulate the database round trip
    return `conn-${this.conn_id} ran ${repr(query)}`;
  }
}
async_def.methods(Connection, "execute");

/** A fixed set of connections; acquire() waits while all of them are in use. */
class ResourcePool {
  declare size: number;
  declare _available: any;

  constructor(size: number) {
    this.size = size;
    this._available = new asyncio.Queue();
    for (let conn_id = 1; conn_id < size + 1; conn_id++) {
      this._available.put_nowait(new Connection(conn_id));
    }
  }

  async *acquire() {
    const conn = await this._available.get();
    try {
      yield conn;
    } finally {
      this._available.put_nowait(conn); // always hand it back
    }
  }

  available() {
    return this._available.qsize();
  }
}
async_gen.methods(ResourcePool, "acquire");
(ResourcePool.prototype as any).acquire = contextlib.asynccontextmanager((ResourcePool.prototype as any).acquire);

const client = async_def(async function client(pool, client_id: number) {
  const connCm = pool.acquire();
  const conn = await py.aenter(connCm);
  let thrown = false;
  try {
    const result = await conn.execute(`SELECT ${client_id}`);
    print(result);
    return result;
  } catch (e) {
    thrown = true;
    if (!(await py.aexit(connCm, e))) throw e;
  } finally {
    if (!thrown) await py.aexit(connCm, null);
  }
});

const main = async_def(async function main() {
  const pool = new ResourcePool(2);
  const results = await asyncio.gather(...Array.from(range(1, 6), (i) => client(pool, i)));
  print(`${len(results)} queries on ${pool.size} connections; ${str(pool.available())} available again`);
});

await asyncio.run(main());
