/**
 * One row of the donors view's table, and the cells it is drawn as: the server renders the latest year's rows
 * (DonorsTable.astro) and the browser swaps in another year's (element.ts), both from this model, so the two
 * cannot drift. No imports: the browser's first script carries it.
 */

/** A row as formatted on the server. */
export interface DonorRow {
  rank: string;
  name: string;
  revenue: string;
  share: string;
  japan: boolean;
}

export interface DonorRowCell {
  tag: "td" | "th";
  /** The government's name heads its row. */
  scope: "row" | undefined;
  text: string;
}

/** The row's class and its cells in column order: rank, government, revenue, share. */
export function donorRowModel(row: DonorRow): { className: string | undefined; cells: DonorRowCell[] } {
  return {
    className: row.japan ? "japan" : undefined,
    cells: [
      { tag: "td", scope: undefined, text: row.rank },
      { tag: "th", scope: "row", text: row.name },
      { tag: "td", scope: undefined, text: row.revenue },
      { tag: "td", scope: undefined, text: row.share },
    ],
  };
}
