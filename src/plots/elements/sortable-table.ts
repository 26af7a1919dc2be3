/**
 * <sortable-table>: wraps a <table>; clicking a column header (or Enter on it) sorts the body rows
 * by that column, numerically where both cells are numbers, and marks the header with aria-sort.
 */
export class SortableTable extends HTMLElement {
  connectedCallback(): void {
    const table = this.querySelector('table');
    if (!table || this.dataset['ready']) return;
    this.dataset['ready'] = 'true';
    const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
    headers.forEach((th, column) => {
      th.tabIndex = 0;
      th.setAttribute('aria-sort', 'none');
      const sort = () => this.#sort(table, headers, th, column);
      th.addEventListener('click', sort);
      th.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') sort();
      });
    });
  }

  #sort(table: HTMLTableElement, headers: HTMLTableCellElement[], th: HTMLTableCellElement, column: number): void {
    const ascending = th.getAttribute('aria-sort') !== 'ascending';
    for (const other of headers) other.setAttribute('aria-sort', 'none');
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    const body = table.tBodies[0];
    if (!body) return;
    const value = (row: HTMLTableRowElement) => row.cells[column]?.textContent?.trim() ?? '';
    const rows = [...body.rows].sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      const [nx, ny] = [Number(x), Number(y)];
      const order = Number.isNaN(nx) || Number.isNaN(ny) ? x.localeCompare(y) : nx - ny;
      return ascending ? order : -order;
    });
    body.append(...rows);
  }
}

if (!customElements.get('sortable-table')) customElements.define('sortable-table', SortableTable);
