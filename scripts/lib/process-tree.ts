// A process and its descendants, from /proc (Linux): the portal is a first process and its server
// processes (scripts/serve.ts), so "the portal's CPU" and "kill the portal" mean all of them.
import fs from "node:fs";

interface ProcStat {
  pid: number;
  ppid: number;
  /** user + system CPU seconds. */
  cpuSeconds: number;
}

function readStats(): ProcStat[] {
  return fs
    .readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .flatMap((d) => {
      try {
        // The command name (field 2) may hold spaces and parentheses: split after its closing ") ".
        const text = fs.readFileSync(`/proc/${d}/stat`, "utf8");
        const fields = text.slice(text.lastIndexOf(") ") + 2).split(" ");
        return [{ pid: Number(d), ppid: Number(fields[1]), cpuSeconds: (Number(fields[11]) + Number(fields[12])) / 100 }];
      } catch {
        return []; // gone meanwhile
      }
    });
}

/** The pids of `pid`'s descendants (not `pid` itself), children first. */
export function descendants(pid: number): number[] {
  const stats = readStats();
  const out: number[] = [];
  let frontier = [pid];
  while (frontier.length > 0) {
    const next = stats.filter((s) => frontier.includes(s.ppid)).map((s) => s.pid);
    out.push(...next);
    frontier = next;
  }
  return out;
}

/** CPU seconds used so far by `pid` and its living descendants; null when there is no such process or no /proc. */
export function treeCpuSeconds(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stats = readStats();
    if (!stats.some((s) => s.pid === pid)) return null;
    const tree = new Set([pid, ...descendants(pid)]);
    return stats.filter((s) => tree.has(s.pid)).reduce((sum, s) => sum + s.cpuSeconds, 0);
  } catch {
    return null;
  }
}
