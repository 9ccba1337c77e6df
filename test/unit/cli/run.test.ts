// The library's run(): compile errors, unsupported constructs, options, and runs that overlap.
import { describe, expect, it } from "vitest";
import { run } from "../../../src/core/run.js";

describe("run", () => {
  it("runs a program on the virtual clock by default", async () => {
    const r = await run(
      "import asyncio, time\nasync def main():\n    await asyncio.sleep(2)\n    print(time.monotonic(), time.strftime('%H:%M:%S'))\nasyncio.run(main())\n",
    );
    expect(r).toEqual({ stdout: "2.0 10:30:02\n", stderr: "", exitCode: 0, diagnostics: [] });
  });

  it("prints CPython's SyntaxError block for a syntax error and runs nothing", async () => {
    const r = await run('print("ran")\nx = (1,\n', { fileName: "bad.py" });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      "  File \"bad.py\", line 2\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n",
    );
    expect(r.diagnostics[0]?.kind).toBe("SyntaxError");
  });

  it("reports an unsupported construct as FILE:LINE:COL and exits 1", async () => {
    const r = await run("x = 1\nmatch x:\n    case 1:\n        print('one')\n", {
      fileName: "m.py",
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^m\.py:2:1: error: not supported yet: .*\nmatch x:\n\^+\n$/);
  });

  it("passes fileName, args, epoch and seed to the program", async () => {
    const r = await run("import sys, time\nprint(sys.argv, time.time())\n", {
      fileName: "p.py",
      args: ["-v", "x"],
      epoch: 1000,
    });
    expect(r.stdout).toBe("['p.py', '-v', 'x'] 1000.0\n");
  });

  it("stops at maxTime with exit status 4", async () => {
    const r = await run(
      "import asyncio\nasync def main():\n    while True:\n        await asyncio.sleep(1)\nasyncio.run(main())\n",
      {
        maxTime: 5,
      },
    );
    expect(r.exitCode).toBe(4);
    expect(r.stderr).toBe("virtual time limit exceeded\n");
  });

  it("runs the same program again when it is run a second time in one process", async () => {
    const source =
      "import asyncio\nasync def main():\n    await asyncio.sleep(1)\n    print('hi')\nasyncio.run(main())\n";
    const first = await run(source);
    const second = await run(source);
    expect(first.stdout).toBe("hi\n");
    expect(second.stdout).toBe("hi\n");
  });

  it("keeps the output of overlapping runs apart", async () => {
    const program = (name: string) =>
      `import asyncio\nasync def main():\n    for i in range(3):\n        print("${name}", i)\n        await asyncio.sleep(1)\nasyncio.run(main())\n`;
    const seen: string[] = [];
    const [a, b] = await Promise.all([
      run(program("a"), { onOutput: (_s, t) => seen.push(t) }),
      run(program("b"), { onOutput: (_s, t) => seen.push(t) }),
    ]);
    expect(a.stdout).toBe("a 0\na 1\na 2\n");
    expect(b.stdout).toBe("b 0\nb 1\nb 2\n");
    expect(seen.join("")).toBe(a.stdout + b.stdout);
  });
});
