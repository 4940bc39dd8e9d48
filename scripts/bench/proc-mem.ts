/**
 * Peak memory of a process and all its children, sampled from /proc (Linux). Returns
 * 0 where /proc is not available.
 */
import { readdirSync, readFileSync } from 'node:fs';

function children(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = map.get(ppid) ?? [];
      list.push(Number(name));
      map.set(ppid, list);
    } catch {
      /* process ended */
    }
  }
  return map;
}

function rssBytes(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
    return kb * 1024;
  } catch {
    return 0;
  }
}

/** Total resident memory of a process tree right now, in bytes. */
export function treeRss(root: number): number {
  const tree = children();
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rssBytes(pid);
    stack.push(...(tree.get(pid) ?? []));
  }
  return total;
}

/** Sample a process tree every `ms` until stopped; `peak` is the largest total seen. */
export function samplePeak(root: number, ms = 100): { stop(): number } {
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(root));
  }, ms);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
