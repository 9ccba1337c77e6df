import { async_def, asyncio, print, str, time } from "asyncio-ts/runtime";

// exercise solution: Mini-Challenge: Concurrent Data Fetching
// seed: 001_64ee5b7982ecfe8a.txt, section: Mini-Challenge: Concurrent Data Fetching
// Both "starting" lines appear at once; the catalog (1.5 s) finishes before the user data
// (2.5 s); the whole run takes about 2.5 s, the longest task, not 4 s.

function now() {
  return time.strftime("%H:%M:%S");
}

const fetch_user_data = async_def(async function fetch_user_data() {
  print(`${now()} - fetch_user_data: starting...`);
  await asyncio.sleep(2.5); // simulate a network request
  print(`${now()} - fetch_user_data: finished!`);
  return "User Data Retrieved";
});

const fetch_product_catalog = async_def(async function fetch_product_catalog() {
  print(`${now()} - fetch_product_catalog: starting...`);
  await asyncio.sleep(1.5);
  print(`${now()} - fetch_product_catalog: finished!`);
  return "Product Catalog Retrieved";
});

const main = async_def(async function main() {
  print(`${now()} - main: starting both fetches concurrently`);
  const results = await asyncio.gather(fetch_user_data(), fetch_product_catalog());
  print(`${now()} - main: results: ${str(results)}`);
});

// if __name__ == "__main__":
await asyncio.run(main());
