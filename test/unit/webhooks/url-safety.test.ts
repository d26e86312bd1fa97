import { describe, expect, it } from "vitest";
import { webhookUrlProblem } from "../../../worker/webhooks/url-safety";

const live = (url: string) => webhookUrlProblem(url, "live");
const test = (url: string) => webhookUrlProblem(url, "test");

describe("webhook URL safety", () => {
  it("accepts public https URLs in live mode", () => {
    for (const url of [
      "https://hooks.bank.sn/score360",
      "https://8.8.8.8/x",
      "https://[2606:4700::1111]/x",
      "https://bank.sn:8443/h?x=1",
    ]) {
      expect(live(url), url).toBeNull();
    }
  });

  it("refuses plain http, credentials and garbage in live mode", () => {
    expect(live("http://hooks.bank.sn/")).toBe("url must use https");
    expect(live("ftp://hooks.bank.sn/")).toBe("url must use https");
    expect(live("https://user:pw@hooks.bank.sn/")).toBe("url must not carry credentials");
    expect(live("not a url")).toBe("url must be an absolute URL");
  });

  it("refuses loopback, private, link-local, metadata and internal targets in every spelling", () => {
    const refused = [
      "https://localhost/",
      "https://api.localhost/",
      "https://LOCALHOST./",
      "https://127.0.0.1/",
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
      "https://metadata.google.internal/",
      "https://db.internal/",
      "https://printer.local/",
      "https://intranet/",
      "https://[::1]/",
      "https://[::]/",
      "https://[::ffff:127.0.0.1]/",
      "https://[::ffff:10.0.0.1]/",
      "https://[64:ff9b::a9fe:a9fe]/",
      "https://[fd00:ec2::254]/",
      "https://[fe80::1]/",
      "https://[ff02::1]/",
    ];
    for (const url of refused) expect(live(url), url).toMatch(/^url must not point to/);
    expect(live("https://169.254.169.254/")).toBe("url must not point to a metadata address");
  });

  it("lets test mode use http and loopback, but not the other internal ranges", () => {
    for (const url of ["http://localhost:4000/hook", "http://127.0.0.1:9999/", "http://[::1]:80/", "https://hooks.bank.sn/"]) {
      expect(test(url), url).toBeNull();
    }
    for (const url of ["http://10.0.0.1/", "http://169.254.169.254/", "http://metadata.google.internal/"]) {
      expect(test(url), url).toMatch(/^url must not point to/);
    }
  });
});
