import { async_def, asyncio, dict, print, range } from "asyncio-ts/runtime";

// seed: 002_28766f3191cc11ba.txt, section: await Keyword (sequential example)
// Whitespace restored (the seed had this code on one line); added: import asyncio.

const fetch_user = async_def(async function fetch_user(user_id: number) {
  // Simulate database query
  await asyncio.sleep(0.1);
  return dict({ id: user_id, name: `User ${user_id}` });
});

const fetch_posts = async_def(async function fetch_posts(user_id: number) {
  // Simulate API call
  await asyncio.sleep(0.2);
  return Array.from(range(3), (i) => `Post ${i} by user ${user_id}`);
});

const get_user_with_posts = async_def(async function get_user_with_posts(user_id: number) {
  // These run sequentially (each await waits)
  const user = await fetch_user(user_id);
  const posts = await fetch_posts(user_id);
  return dict({ user, posts });
});

const main = async_def(async function main() {
  const result = await get_user_with_posts(123);
  print(result);
});

await asyncio.run(main());
