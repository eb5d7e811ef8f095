/** A multiple of today's load as people read it: "3.2×", "10×", "1.25×". */
export function formatFactor(factor: number): string {
  const digits = factor >= 10 ? 0 : factor >= 1 ? 2 : 3;
  return `${Number(factor.toFixed(digits))}×`;
}
