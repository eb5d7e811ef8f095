/** Pure formatting for the availability panel. */

/**
 * Availability as a percentage with up to three decimals, rounded down so a figure never looks
 * better than it is: 0.9995 → "99.95%", 0.99895 → "99.895%", 0.999 → "99.9%".
 */
export function formatAvailability(availability: number): string {
  const thousandthsOfPercent = Math.floor(availability * 100_000 + 1e-6);
  return `${Number((thousandthsOfPercent / 1000).toFixed(3))}%`;
}

/** Expected downtime a year at this availability, the figure people plan around ("8.8 hours"). */
export function downtimePerYear(availability: number): string {
  const minutes = (1 - availability) * 365 * 24 * 60;
  if (minutes < 1) return 'under a minute';
  if (minutes < 120) return `${Math.round(minutes)} minutes`;
  const hours = minutes / 60;
  if (hours < 48) return `${Number(hours.toFixed(1))} hours`;
  return `${Number((hours / 24).toFixed(1))} days`;
}

/** Blast radius (0–1) as a whole percentage, with "under 1%" instead of a misleading 0%. */
export function formatShare(share: number): string {
  if (share > 0 && share < 0.01) return 'under 1%';
  return `${Math.round(share * 100)}%`;
}
