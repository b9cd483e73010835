import type { CliIO } from './cli-io.js';

/** A one-line progress bar on stderr, drawn only on a terminal and only for long runs. */
export function progressBar(
  io: CliIO,
  total: number,
): { tick: (label: string) => void; done: () => void } {
  const active = io.isTTY && total >= 5;
  let count = 0;
  const width = 24;
  return {
    tick(label) {
      count += 1;
      if (!active) return;
      const filled = Math.round((count / total) * width);
      io.stderr(
        `\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${count}/${total} ${label.slice(0, 40).padEnd(40)}`,
      );
    },
    done() {
      if (active) io.stderr('\n');
    },
  };
}
