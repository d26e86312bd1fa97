import { expect, it } from "vitest";
import { RENEW_BEFORE_MS, TokenCache } from "../../src/core/oauth";

function cache(expiresIn = 900) {
  let now = 1_000_000;
  let issued = 0;
  const tokens = new TokenCache(
    async () => ({ accessToken: `tok${++issued}`, expiresIn }),
    () => now,
  );
  const advance = (ms: number) => {
    now += ms;
  };
  return { tokens, advance, issued: () => issued };
}

it("reuses a token until a minute before it expires, then renews it", async () => {
  const { tokens, advance, issued } = cache(900);
  expect(await tokens.authorization(false)).toBe("Bearer tok1");
  advance(900_000 - RENEW_BEFORE_MS - 1);
  expect(await tokens.authorization(false)).toBe("Bearer tok1");
  advance(1);
  expect(await tokens.authorization(false)).toBe("Bearer tok2");
  expect(issued()).toBe(2);
});

it("renews a token shorter-lived than the margin at half its life", async () => {
  const { tokens, advance } = cache(30);
  await tokens.authorization(false);
  advance(14_999);
  expect(await tokens.authorization(false)).toBe("Bearer tok1");
  advance(1);
  expect(await tokens.authorization(false)).toBe("Bearer tok2");
});

it("shares one token request between concurrent callers; fresh forces a new one", async () => {
  const { tokens, issued } = cache();
  const all = await Promise.all([tokens.authorization(false), tokens.authorization(false), tokens.authorization(false)]);
  expect(new Set(all)).toEqual(new Set(["Bearer tok1"]));
  expect(await tokens.authorization(true)).toBe("Bearer tok2");
  expect(issued()).toBe(2);
});

it("does not cache a failed token request", async () => {
  let calls = 0;
  const tokens = new TokenCache(async () => {
    if (++calls === 1) throw new Error("down");
    return { accessToken: "ok", expiresIn: 900 };
  });
  await expect(tokens.authorization(false)).rejects.toThrow("down");
  expect(await tokens.authorization(false)).toBe("Bearer ok");
});
