import { async_def, asyncio, dict, print, time } from "asyncio-ts/runtime";

// seed: 000_a862cf976f82285c.txt, section: Concurrent Tasks with asyncio.gather() (snippet "Concurrent (fast)")
// added: imports, a fetch_user() that takes 1 s, and the asyncio.run(main()) entry point

const fetch_user = async_def(async function fetch_user(user_id: number) {
  await asyncio.sleep(1); // pretend database/network call
  return dict({ id: user_id, name: `User ${user_id}` });
});

// Takes ~1 second total
const main = async_def(async function main() {
  const [a, b, c] = await asyncio.gather(fetch_user(1), fetch_user(2), fetch_user(3));
  return [a, b, c];
});

// if __name__ == "__main__":
print(`${time.strftime("%H:%M:%S")} - start`);
print(await asyncio.run(main()));
print(`${time.strftime("%H:%M:%S")} - end (about 1 s later)`);
