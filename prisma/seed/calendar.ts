/** The demo's shared calendar: fixed instants, so demo hashes come out the same on every machine. */

/** An instant given as Asia/Shanghai wall-clock time, e.g. `2026-03-05T10:00:00`. */
export const at = (isoLocal: string) => new Date(`${isoLocal}+08:00`);

/** The twelve months of demo books and fee status: 2025-11 to 2026-10. */
export const DEMO_MONTHS = [
  "2025-11",
  "2025-12",
  ...Array.from({ length: 10 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`),
];

/** Deterministic variation, so every machine seeds the same figures. */
export function wobble(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}
