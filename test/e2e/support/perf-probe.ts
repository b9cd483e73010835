/**
 * Measured inside the page, so the test's own round trips do not count: from the start of the
 * navigation to the moment the grid's last row is in the document and a cell accepts focus.
 * Installed with `addInitScript`, it runs on every page load and gives up after 30 seconds.
 */
export const PERF_PROBE = `(() => {
  const probe = { interactive: null, rows: 0 };
  window.__jixiaoProbe = probe;
  const check = () => {
    if (performance.now() > 30000) return;
    const grid = document.querySelector('table.target-grid');
    if (grid) {
      const expected = Number(grid.getAttribute('aria-rowcount')) - 1;
      const rows = grid.querySelectorAll('tr.grid-row');
      const cell = rows.length > 0 ? rows[rows.length - 1].querySelector('td[data-col="1"]') : null;
      if (expected > 0 && rows.length === expected && cell) {
        cell.focus();
        if (document.activeElement === cell) {
          probe.interactive = performance.now();
          probe.rows = rows.length;
          cell.blur();
          return;
        }
      }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

/** What the probe and the app measured (see src/web/perf.ts). */
export interface PageTimings {
  readonly interactive: number | null;
  readonly rows: number;
  readonly lint: number[];
  readonly editToPaint: number[];
}

/** Reads the timings from the page. */
export const READ_TIMINGS = `({
  interactive: window.__jixiaoProbe ? window.__jixiaoProbe.interactive : null,
  rows: window.__jixiaoProbe ? window.__jixiaoProbe.rows : 0,
  lint: window.__jixiaoPerf ? window.__jixiaoPerf.lint.slice() : [],
  editToPaint: window.__jixiaoPerf ? window.__jixiaoPerf.editToPaint.slice() : [],
})`;
