import { StopAsyncIteration, async_def, print, py } from "asyncio-ts/runtime";

// exercise solution: Build an Async Iterator
// seed: 000_a862cf976f82285c.txt, section: Practice Exercises: Build an Async Iterator
// expected output: Countdown ready

class Countdown {
  declare current: any;

  constructor(start) {
    this.current = start;
  }

  __aiter__() {
    return this;
  }

  async __anext__() {
    if (py.lt(this.current, 1)) {
      throw new StopAsyncIteration();
    }
    const value = this.current;
    this.current = py.isub(this.current, 1);
    return value;
  }
}
async_def.methods(Countdown, "__anext__");

print("Countdown ready");
