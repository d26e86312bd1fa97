import { execFile, execFileSync } from "node:child_process";
import path from "node:path";

const root = path.join(import.meta.dirname, "..", "..");

/** One SDK's own test suite, run by its language's tools against the running Worker. */
export interface SdkSuite {
  name: string;
  dir: string;
  /** Commands that must answer for the suite to run, with the Debian package that provides each. */
  needs: { cmd: string[]; pkg: string }[];
  /** Run in order; the last one is the test run. */
  steps: string[][];
  env?: Record<string, string>;
  /** True when the output shows every test ran: a skipped contract test must not pass quietly. */
  ranAll: (output: string) => boolean;
}

export const SUITES: SdkSuite[] = [
  {
    name: "Python",
    dir: "sdk/python",
    needs: [{ cmd: ["python3", "-m", "pytest", "--version"], pkg: "python3-pytest" }],
    steps: [["python3", "-m", "pytest", "-q", "-p", "no:cacheprovider"]],
    env: { PYTHONDONTWRITEBYTECODE: "1" },
    ranAll: (out) => /\d+ passed/.test(out) && !/skipped|xfail/.test(out),
  },
  {
    name: "PHP",
    dir: "sdk/php",
    needs: [
      {
        cmd: ["php", "-r", "exit(extension_loaded('curl') && extension_loaded('mbstring') ? 0 : 1);"],
        pkg: "php-cli php-curl php-mbstring",
      },
      { cmd: ["phpunit", "--version"], pkg: "phpunit" },
      { cmd: ["composer", "--version"], pkg: "composer" },
    ],
    steps: [["composer", "dump-autoload", "--dev", "--quiet"], ["phpunit"]],
    env: { COMPOSER_DISABLE_NETWORK: "1", COMPOSER_ALLOW_SUPERUSER: "1", COMPOSER_NO_INTERACTION: "1" },
    ranAll: (out) => /^OK \(\d+ tests?, \d+ assertions?\)$/m.test(out),
  },
  {
    name: "Go",
    dir: "sdk/go",
    needs: [{ cmd: ["go", "version"], pkg: "golang-go" }],
    steps: [
      ["go", "vet", "./..."],
      ["go", "test", "-count=1", "-v", "./..."],
    ],
    // Never reach for a module proxy or a newer toolchain: the SDK uses the standard library only.
    env: { GOTOOLCHAIN: "local", GOPROXY: "off", GOFLAGS: "-buildvcs=false", GO111MODULE: "on" },
    ranAll: (out) => /^--- PASS: TestContract/m.test(out) && !/^\s*--- SKIP/m.test(out),
  },
];

/** Why the suite cannot run on this machine, or null when its toolchain is there. */
export function missingToolchain(suite: SdkSuite): string | null {
  for (const need of suite.needs) {
    try {
      execFileSync(need.cmd[0]!, need.cmd.slice(1), {
        stdio: "ignore",
        cwd: path.join(root, suite.dir),
        env: { ...process.env, ...suite.env },
      });
    } catch {
      return `\`${need.cmd.join(" ")}\` failed (Debian: apt-get install ${need.pkg})`;
    }
  }
  return null;
}

export interface SuiteRun {
  ok: boolean;
  output: string;
}

/** Runs the suite's steps with the Worker's URL and keys in the environment. */
export async function runSuite(suite: SdkSuite, env: Record<string, string>): Promise<SuiteRun> {
  let output = "";
  for (const step of suite.steps) {
    const result = await new Promise<{ code: number; out: string }>((resolve) => {
      execFile(
        step[0]!,
        step.slice(1),
        { cwd: path.join(root, suite.dir), env: { ...process.env, ...suite.env, ...env }, maxBuffer: 32 * 1024 * 1024, timeout: 300_000 },
        (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, out: `${stdout}${stderr}` }),
      );
    });
    output += `$ ${step.join(" ")}\n${result.out}\n`;
    if (result.code !== 0) return { ok: false, output };
  }
  return { ok: true, output };
}
