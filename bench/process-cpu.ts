// CPU time of each process of the local stack, read from Linux's /proc: what the 32-client
// figures are made of. `wrangler dev` runs two workerd processes, the dev proxy the client talks
// to and the one that runs the Worker with its Durable Objects and D1; this process is the client
// (and wrangler's own Node side). Elsewhere than Linux, nothing is read and the figures are null.
import { existsSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { round } from "./stats";

/** Linux's USER_HZ, the unit of /proc's CPU times: 100 on every architecture Node runs on. */
const TICKS_PER_S = 100;

export interface StackPids {
  client: number;
  proxy: number;
  worker: number;
}
export type StackCpuMs = Record<keyof StackPids, number>;

/** A process's name and the fields after it in /proc/<pid>/stat (the name may hold spaces and parentheses). */
function statOf(pid: number) {
  const text = readFileSync(`/proc/${pid}/stat`, "utf8");
  const close = text.lastIndexOf(") ");
  return { name: text.slice(text.indexOf("(") + 1, close), fields: text.slice(close + 2).split(" ") };
}

/** utime and stime, the 12th and 13th fields after the name. */
const cpuMsOf = (pid: number) => {
  const { fields } = statOf(pid);
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_S;
};

/** The inode of the socket listening on 127.0.0.1:`port`, from /proc/net/tcp. */
function listeningInode(port: number): string | undefined {
  const local = `0100007F:${port.toString(16).toUpperCase().padStart(4, "0")}`;
  for (const line of readFileSync("/proc/net/tcp", "utf8").split("\n").slice(1)) {
    const cols = line.trim().split(/\s+/);
    if (cols[1] === local && cols[3] === "0A") return cols[9];
  }
  return undefined;
}

/**
 * The stack's processes: the two workerd children of this process, told apart by which one holds
 * the socket `url` listens on (the proxy's). Null where there is no /proc; where there is one and
 * the stack has another shape (a new wrangler), it throws, so the benchmark cannot quietly lose
 * these figures.
 */
export function stackPids(url: string): StackPids | null {
  if (!existsSync("/proc/net/tcp")) return null;
  const inode = listeningInode(Number(new URL(url).port));
  const children = readdirSync("/proc")
    .filter((p) => /^\d+$/.test(p))
    .map(Number)
    .filter((pid) => {
      try {
        const { name, fields } = statOf(pid);
        const [state, ppid] = fields;
        // A previous run's workerd may linger a moment as a zombie.
        return name === "workerd" && Number(ppid) === process.pid && state !== "Z";
      } catch {
        return false; // gone meanwhile
      }
    });
  if (inode === undefined || children.length !== 2) {
    throw new Error(`bench: expected two workerd children, one listening on ${url}; found ${children.length}`);
  }
  const socket = `socket:[${inode}]`;
  const holds = (pid: number) =>
    readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`) === socket;
      } catch {
        return false; // closed meanwhile
      }
    });
  const proxy = children.find(holds);
  const worker = children.find((pid) => pid !== proxy);
  if (proxy === undefined || worker === undefined) throw new Error(`bench: no workerd child holds the socket of ${url}`);
  return { client: process.pid, proxy, worker };
}

/** The CPU each process of the stack spends while `work` runs, in ms per request of its `requests`. */
export async function cpuPerRequest(pids: StackPids | null, requests: number, work: () => Promise<void>): Promise<StackCpuMs | null> {
  const read = () => pids && { client: cpuMsOf(pids.client), proxy: cpuMsOf(pids.proxy), worker: cpuMsOf(pids.worker) };
  const before = read();
  await work();
  const after = read();
  if (!before || !after) return null;
  const per = (k: keyof StackPids) => round((after[k] - before[k]) / requests);
  return { client: per("client"), proxy: per("proxy"), worker: per("worker") };
}
