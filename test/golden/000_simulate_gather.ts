import { print } from "asyncio-ts/runtime";

// exercise solution: Simulate Concurrent Task Results
// seed: 000_a862cf976f82285c.txt, section: Practice Exercises: Simulate Concurrent Task Results
// expected output: ['A', 'B', 'C']

function simulate_gather(functions) {
  const results: any[] = [];
  for (const func of functions) {
    results.append(func());
  }
  return results;
}

print(simulate_gather([() => "A", () => "B", () => "C"]));
