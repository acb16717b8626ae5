const FORMAT = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/** An API instant (ISO 8601, UTC) as staff read it: `2026-03-05 14:30`, Asia/Shanghai, whatever the server's zone. */
export function shanghaiMinute(instant: string): string {
  return FORMAT.format(new Date(instant));
}
