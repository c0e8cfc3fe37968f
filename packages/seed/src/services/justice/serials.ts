/**
 * Serial numbers handed out per series in time order (as an office numbers its documents), once
 * every record of the run is known: ties keep input order, so the result is deterministic.
 */
import type { Ms } from '../../clock';

export interface Numbered {
  /** The series (issuer, document type and year), or null for a record that gets no number. */
  series: string | null;
  at: Ms;
  assign(serial: number): void;
}

export function assignSerials(items: readonly Numbered[]): void {
  const bySeries = new Map<string, Array<{ item: Numbered; order: number }>>();
  items.forEach((item, order) => {
    if (item.series === null) return;
    const list = bySeries.get(item.series) ?? [];
    list.push({ item, order });
    bySeries.set(item.series, list);
  });
  for (const list of bySeries.values()) {
    list.sort((x, y) => x.item.at - y.item.at || x.order - y.order);
    list.forEach(({ item }, k) => item.assign(k + 1));
  }
}
