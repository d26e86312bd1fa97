import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkWebhookUrl, webhookUrlProblem } from "../../../worker/webhooks/url-safety";

const live = (url: string) => webhookUrlProblem(url, "live");
const test = (url: string) => webhookUrlProblem(url, "test");

describe("webhook URL safety", () => {
  it("accepts public https URLs on port 443 in live mode", () => {
    for (const url of ["https://hooks.bank.sn/score360", "https://8.8.8.8/x", "https://[2606:4700::1111]/x", "https://bank.sn:443/h?x=1"]) {
      expect(live(url), url).toBeNull();
    }
  });

  it("refuses plain http, other ports, credentials and garbage in live mode", () => {
    expect(live("http://hooks.bank.sn/")).toBe("url must use https");
    expect(live("ftp://hooks.bank.sn/")).toBe("url must use https");
    expect(live("https://bank.sn:8443/h")).toBe("url must use port 443");
    expect(live("https://bank.sn:22/")).toBe("url must use port 443");
    expect(live("https://user:pw@hooks.bank.sn/")).toBe("url must not carry credentials");
    expect(live("not a url")).toBe("url must be an absolute URL");
  });

  it("refuses loopback, private, link-local, metadata, reserved and internal targets in every spelling", () => {
    const refused = [
      "https://localhost/",
      "https://api.localhost/",
      "https://LOCALHOST./",
      "https://localhost../",
      "https://localhost%2e%2e/",
      "https://localhost%2E/",
      "https://foo.internal../",
      "https://127.0.0.1/",
      "https://127.0.0.1./",
      "https://2130706433/",
      "https://0x7f.1/",
      "https://0.0.0.0/",
      "https://10.1.2.3/",
      "https://172.20.0.1/",
      "https://192.168.1.10/",
      "https://100.64.0.1/",
      "https://169.254.169.254/latest/meta-data",
      "https://169.254.10.10/",
      "https://100.100.100.200/",
      "https://198.51.100.7/",
      "https://255.255.255.255/",
      "https://metadata.google.internal/",
      "https://db.internal/",
      "https://printer.local/",
      "https://intranet/",
      "https://127.0.0.1.nip.io/",
      "https://10-0-0-1.sslip.io/",
      "https://[::1]/",
      "https://[::]/",
      "https://[::127.0.0.1]/",
      "https://[::ffff:127.0.0.1]/",
      "https://[::ffff:0:127.0.0.1]/",
      "https://[::ffff:10.0.0.1]/",
      "https://[64:ff9b::a9fe:a9fe]/",
      "https://[64:ff9b::8.8.8.8]/",
      "https://[64:ff9b:1::127.0.0.1]/",
      "https://[2002:7f00:1::]/",
      "https://[2002:a9fe:a9fe::]/",
      "https://[2001:0:4136:e378:8000:63bf:80ff:fffe]/",
      "https://[2001:db8::1]/",
      "https://[fd00:ec2::254]/",
      "https://[fe80::1]/",
      "https://[fec0::1]/",
      "https://[100::1]/",
      "https://[ff02::1]/",
    ];
    for (const url of refused) expect(live(url), url).toMatch(/^url must not point to/);
    expect(live("https://169.254.169.254/")).toBe("url must not point to a metadata address");
    expect(live("https://[2002:a9fe:a9fe::]/")).toBe("url must not point to a metadata address");
  });

  it("stores the URL as the fetcher reads it: no trailing dot, decoded, lowercase", () => {
    expect(checkWebhookUrl("https://Hooks.Bank.SN./x?y=1", "live")).toEqual({ ok: true, url: "https://hooks.bank.sn/x?y=1" });
    expect(checkWebhookUrl("https://hooks%2ebank.sn../x", "live")).toEqual({ ok: true, url: "https://hooks.bank.sn/x" });
  });

  it("a stored URL checks again to itself: what is saved is what is fetched", () => {
    const host = fc.oneof(
      fc.domain(),
      fc.ipV4().map((ip) => ip),
      fc.ipV6().map((ip) => `[${ip}]`),
      fc.tuple(fc.domain(), fc.constantFrom(".", "..", "%2e", "%2E%2e")).map(([d, tail]) => d + tail),
    );
    fc.assert(
      fc.property(host, fc.constantFrom("live", "test") as fc.Arbitrary<"live" | "test">, (h, env) => {
        const first = checkWebhookUrl(`https://${h}/hook`, env);
        if (!first.ok) return true;
        const again = checkWebhookUrl(first.url, env);
        return again.ok && again.url === first.url;
      }),
      { numRuns: 1000, seed: 14 },
    );
  });

  it("lets test mode use http, any port and loopback, but not the other internal ranges", () => {
    for (const url of ["http://localhost:4000/hook", "http://127.0.0.1:9999/", "http://[::1]:80/", "https://hooks.bank.sn:8443/"]) {
      expect(test(url), url).toBeNull();
    }
    for (const url of ["http://10.0.0.1/", "http://169.254.169.254/", "http://metadata.google.internal/", "http://[2002:a9fe:a9fe::]/"]) {
      expect(test(url), url).toMatch(/^url must not point to/);
    }
  });
});
