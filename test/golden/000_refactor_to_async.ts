import { async_def, asyncio, dict, print, py, str } from "asyncio-ts/runtime";

// exercise solution: Refactor to Async Pattern
// seed: 000_a862cf976f82285c.txt, section: Practice Exercises: Refactor to Async Pattern
// expected output: Refactored to async
// The seed's synchronous code was not extracted; assumed to be:
//
//     import time
//
//     def fetch_user(user_id):
//         time.sleep(0.1)
//         return {"id": user_id, "name": f"User {user_id}"}
//
//     def process_all(user_ids):
//         results = []
//         for user_id in user_ids:
//             results.append(fetch_user(user_id))
//         return results

const fetch_user = async_def(async function fetch_user(user_id) {
  await asyncio.sleep(0.1);
  return dict({ id: user_id, name: `User ${str(user_id)}` });
});

const process_all = async_def(async function process_all(user_ids) {
  const results: any[] = [];
  for (const user_id of py.iter(user_ids)) {
    const user = await fetch_user(user_id);
    results.append(user);
  }
  return results;
});

print("Refactored to async");
