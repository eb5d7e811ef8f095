// Placeholder: the exporters engineer replaces this with the real Exports (issue 5).
export function Exports() {
  return null;
}
