import { css } from 'lit';

/**
 * The signed report's print: Decree 30/2020/NĐ-CP's layout (the agency at
 * the top left, the national heading at the top right, the date line under
 * it, the title centred, the signatures at the end), the table's column
 * titles on every page and its totals row once, at the end.
 */
export const printStyles = css`
  .print-settings {
    margin: 0 0 16px;
  }
  .print-settings summary {
    padding: 10px 0;
    font-weight: 600;
    cursor: pointer;
  }
  .print-settings .hint {
    margin-bottom: 8px;
  }
  tfoot th,
  tfoot td {
    border-top: 2px solid #1a2433;
    border-bottom: 0;
    font-weight: 700;
  }
  @media print {
    /*
     * Chromium repeats a table's header group on every page but paints no form
     * control in the copies: the sort buttons' titles showed on page 1 only,
     * and only the one plain header cell ("Chỉ tiêu") on the pages after. In
     * print the buttons give up their box, so their titles are the cells' own text.
     */
    button.sort {
      display: contents;
    }
    thead th {
      font-weight: 700;
    }
    /* The "STT" column, in print only: a cell drawn before each row's first, numbered by a counter. */
    .table-wrap thead tr::before,
    .table-wrap tbody tr::before,
    .table-wrap tfoot tr::before {
      display: table-cell;
      padding: 1.5pt 4pt;
      border-bottom: 0.5pt solid #777;
      text-align: center;
      vertical-align: bottom;
    }
    .table-wrap thead tr::before {
      content: attr(data-index);
      border-bottom: 1pt solid #000;
      font-weight: 700;
    }
    .table-wrap tbody {
      counter-reset: unit;
    }
    .table-wrap tbody tr {
      counter-increment: unit;
    }
    .table-wrap tbody tr::before {
      content: counter(unit);
      vertical-align: top;
    }
    .table-wrap tfoot tr::before {
      content: '';
      border-top: 2px solid #1a2433;
      border-bottom: 0;
    }
    /* One line a unit where it fits: only the name, and the banner's status and date, may wrap. */
    tbody td {
      white-space: nowrap;
    }
    tbody td.banner {
      white-space: normal;
    }
    /* The name keeps room for two or three words a line when the banner and clicks columns are there. */
    table.activity tbody th[scope='row'] {
      min-width: 26mm;
    }
    /* The sortable titles lost their button's padding (display: contents): the cell gives it back. */
    thead th[aria-sort] {
      padding: 1.5pt 4pt;
    }
    .sparkline {
      width: 16mm;
      height: 4.5mm;
    }
    /* Once, after the last unit: a footer group would repeat on every page. */
    tfoot {
      display: table-row-group;
    }
    tfoot tr {
      break-inside: avoid;
    }
    tfoot th {
      white-space: nowrap;
    }
    .print-sheet-head {
      display: grid;
      grid-template-columns: 1fr 1.4fr;
      column-gap: 6mm;
      margin-bottom: 8mm;
      text-align: center;
      font-size: 11pt;
      line-height: 1.3;
    }
    .print-sheet-head .issuer {
      grid-column: 1;
    }
    .print-sheet-head .nation {
      grid-column: 2;
    }
    .print-sheet-head .agency {
      font-weight: 700;
    }
    .print-sheet-head .agency::after,
    .print-sheet-head .motto::after {
      content: '';
      display: block;
      margin: 2pt auto 0;
      border-top: 0.75pt solid #000;
    }
    .print-sheet-head .agency::after {
      width: 35%;
    }
    .print-sheet-head .motto::after {
      width: 62%;
    }
    .print-sheet-head .nation-name {
      font-weight: 700;
      white-space: nowrap;
    }
    .print-sheet-head .motto {
      font-weight: 700;
      font-size: 12pt;
    }
    .print-sheet-head .date-line {
      grid-column: 2;
      margin-top: 6pt;
      font-style: italic;
    }
    .print-sheet-title {
      margin-bottom: 8pt;
      text-align: center;
    }
    .print-sheet-title .doc-type {
      font-weight: 700;
      font-size: 13pt;
    }
    .print-sheet-title .doc-title {
      font-weight: 700;
      font-size: 12pt;
    }
    .print-sheet-title .doc-note {
      font-style: italic;
    }
    .print-sheet-signatures {
      display: flex;
      justify-content: space-between;
      margin-top: 12pt;
      text-align: center;
      break-inside: avoid;
    }
    .print-sheet-signatures > div {
      width: 45%;
    }
    .print-sheet-signatures .role {
      font-weight: 700;
    }
    .print-sheet-signatures .how {
      font-style: italic;
    }
    .print-sheet-signatures .name {
      min-height: 1.3em;
      margin-top: 24mm;
      font-weight: 700;
    }
  }
`;
