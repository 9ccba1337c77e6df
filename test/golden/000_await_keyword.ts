import { async_def, asyncio, print } from "asyncio-ts/runtime";

// written for the heading: The await Keyword
// seed: 000_a862cf976f82285c.txt, section: The await Keyword
// (the seed's editor here was not extracted: "Loading editor...")

const boil_water = async_def(async function boil_water() {
  print("Boiling water...");
  await asyncio.sleep(0.2);
  print("Water is boiling");
  return 100;
});

const cook_pasta = async_def(async function cook_pasta() {
  const temperature = await boil_water(); // pauses here until boil_water() finishes
  print(`Water at ${temperature} degrees, adding pasta`);
  await asyncio.sleep(0.1);
  return "Pasta done";
});

const main = async_def(async function main() {
  const message = await cook_pasta();
  print(message);
});

await asyncio.run(main());
