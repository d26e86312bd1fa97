import { readFileSync } from "node:fs";
import semver from "semver";
import { describe, expect, it } from "vitest";

// A first `npm ci` prints nothing but its summary (docs/local-development.md): every locked package
// must accept the oldest Node the project supports, or npm warns EBADENGINE for it.
const root = new URL("../../../", import.meta.url);
const read = (file: string) => JSON.parse(readFileSync(new URL(file, root), "utf8"));

describe("the lockfile installs quietly on the supported Node", () => {
  const supported = semver.minVersion(read("package.json").engines.node);
  const packages: Record<string, { engines?: { node?: string } | string[] }> = read("package-lock.json").packages;

  it("every package's engines.node accepts the project's minimum Node", () => {
    expect(supported).not.toBeNull();
    const refused = Object.entries(packages)
      .map(([path, pkg]) => [path, Array.isArray(pkg.engines) ? undefined : pkg.engines?.node] as const)
      .filter(([, range]) => range !== undefined && !semver.satisfies(supported as semver.SemVer, range))
      .map(([path, range]) => `${path} wants node ${range}`);
    expect(refused).toEqual([]);
  });

  it("every package with an install script has been reviewed in allowScripts", () => {
    const reviewed = Object.keys(read("package.json").allowScripts ?? {});
    const unreviewed = Object.entries(packages)
      .filter(([path, pkg]) => path !== "" && (pkg as { hasInstallScript?: boolean }).hasInstallScript)
      .map(([path]) => path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length))
      .filter((name) => !reviewed.includes(name));
    expect([...new Set(unreviewed)]).toEqual([]);
  });
});
