// format.js: plain JavaScript, imported by worker.ts.

export function describe(label, values) {
  return `${label}: ${values.join(", ")}`;
}
