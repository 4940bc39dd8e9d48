/** bash itself as the oracle for how a shell splits a command line (skipped where there is no bash). */
import { execFileSync } from 'node:child_process';

export const hasBash = (() => {
  try {
    execFileSync('bash', ['-c', 'true']);
    return true;
  } catch {
    return false;
  }
})();

/** The arguments bash passes to curl for this command line. */
export function bashArgv(command: string): string[] {
  const out = execFileSync('bash', ['-c', `curl() { printf '%s\\0' "$@"; }\n${command}`], { encoding: 'utf8' });
  return out.split('\0').slice(0, -1);
}
