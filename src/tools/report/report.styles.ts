import { css } from 'lit';

/** Screen first; the print rules: totals and the table (print/print.styles.ts adds the document's head and signatures). */
export const reportStyles = css`
  /* After toolPageStyles (src/tools/tool-page.styles.ts), which sets the font, the type scale and the page frame. */
  h1 {
    margin: 0 0 6px;
  }
  .page {
    max-width: 1200px;
  }
  .lead {
    max-width: 70ch;
    color: #4a5566;
  }
  button,
  input,
  select {
    font: inherit;
  }
  button {
    min-height: 44px;
    padding: 8px 16px;
    border: 1px solid #0b4f9c;
    border-radius: 6px;
    background: #0b4f9c;
    color: #fff;
    cursor: pointer;
  }
  button.secondary,
  .languages button {
    background: #fff;
    color: #0b4f9c;
  }
  .languages {
    display: flex;
    gap: 4px;
    flex-shrink: 0;
  }
  .languages button[aria-pressed='true'] {
    background: #0b4f9c;
    color: #fff;
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--tool-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  section {
    margin-bottom: 20px;
    padding: 16px;
    border: 1px solid #d5dbe3;
    border-radius: 8px;
    background: #fff;
  }
  .privacy {
    margin-bottom: 12px;
    color: #1d6b3a;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(260px, 1fr));
    gap: 16px;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  .field.wide {
    grid-column: 1 / -1;
  }
  label {
    font-weight: 600;
  }
  input[type='text'],
  input[type='search'],
  select {
    min-height: 44px;
    padding: 8px 10px;
    border: 1px solid #6b7788;
    border-radius: 6px;
    background: #fff;
    color: inherit;
  }
  .hint {
    font-size: 14px;
    color: #4a5566;
  }
  .error {
    color: #a4161a;
  }
  .ok {
    color: #1d6b3a;
    font-weight: 600;
  }
  .example-note {
    margin-top: 4px;
    padding: 6px 10px;
    border-left: 4px solid #f5b400;
    background: #fff8e1;
  }
  .problems {
    margin-top: 6px;
    font-size: 14px;
  }
  .problems ul {
    max-height: 200px;
    overflow: auto;
  }
  .totals {
    display: flex;
    flex-wrap: wrap;
    gap: 12px;
    margin: 0 0 16px;
  }
  .tally {
    padding: 10px 14px;
    border: 1px solid #d5dbe3;
    border-radius: 6px;
    background: #f4f6f9;
  }
  .tally dt {
    font-size: 14px;
    color: #4a5566;
  }
  .tally dd {
    margin: 0;
    font-weight: 700;
  }
  /* The type's banner and clicks, under its samples. */
  .tally dd.activity {
    font-weight: 400;
    font-size: 14px;
  }
  /* The day the portal was checked, under its status; a unit's clicks change beside its clicks. */
  td.banner .checked {
    display: block;
    white-space: nowrap;
    font-weight: 400;
    font-size: 13px;
    color: #4a5566;
  }
  td.banner-yes {
    font-weight: 600;
  }
  .change {
    color: #4a5566;
  }
  .exports,
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 12px;
    margin-bottom: 16px;
  }
  .exports .hint {
    flex-basis: 100%;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 15px;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding-bottom: 8px;
  }
  th,
  td {
    padding: 6px 8px;
    border-bottom: 1px solid #d5dbe3;
    text-align: left;
    vertical-align: top;
  }
  th[scope='row'] {
    font-weight: 400;
  }
  .code {
    display: block;
    font-size: 13px;
    color: #4a5566;
  }
  .number {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  thead th {
    padding: 6px 8px;
    border-bottom: 2px solid #1a2433;
    vertical-align: bottom;
  }
  thead th[aria-sort] {
    padding: 0;
  }
  .table-wrap:focus-visible {
    outline: 3px solid var(--tool-focus);
    outline-offset: 2px;
  }
  /* Inside the button: the scroll box clips whatever is drawn outside it. */
  button.sort:focus-visible {
    outline-offset: -4px;
  }
  .nowrap {
    white-space: nowrap;
  }
  button.sort {
    width: 100%;
    min-height: 44px;
    padding: 6px 8px;
    border: 0;
    border-radius: 0;
    background: transparent;
    color: inherit;
    font-weight: 700;
    text-align: inherit;
  }
  .arrow {
    display: inline-block;
    min-width: 1.2em;
    font-size: 12px;
  }
  tr.reached td.status {
    color: #1d6b3a;
    font-weight: 600;
  }
  .print-only {
    display: none;
  }
  @media (forced-colors: active) {
    /* The system's own colours for the chosen language, and a line under it, where backgrounds are forced. */
    .languages button[aria-pressed='true'] {
      forced-color-adjust: none;
      border-color: SelectedItem;
      background: SelectedItem;
      color: SelectedItemText;
      text-decoration: underline 2px;
      text-underline-offset: 4px;
    }
  }
  @media (max-width: 600px) {
    .page {
      padding: 12px;
    }
    .header {
      flex-direction: column;
    }
    h1 {
      font-size: 22px;
    }
    table {
      min-width: 680px;
      font-size: 14px;
    }
    section {
      padding: 12px;
    }
  }
  @media print {
    :host {
      font-size: 10pt;
      line-height: 1.25;
      color: #000;
    }
    .page {
      max-width: none;
      padding: 0;
    }
    .header,
    .no-print,
    .arrow {
      display: none !important;
    }
    section {
      margin: 0;
      padding: 0;
      border: 0;
    }
    .print-only {
      display: block;
    }
    h2 {
      font-size: 11pt;
      margin: 0 0 4pt;
    }
    .totals {
      gap: 6pt;
      margin-bottom: 6pt;
    }
    .tally {
      padding: 3pt 6pt;
      background: none;
      border-color: #000;
    }
    table {
      font-size: 8.5pt;
    }
    caption {
      padding-bottom: 3pt;
    }
    th,
    td {
      padding: 1.5pt 4pt;
      border-bottom: 0.5pt solid #777;
    }
    thead th {
      border-bottom: 1pt solid #000;
    }
    button.sort {
      min-height: 0;
      padding: 1.5pt 4pt;
    }
    .code {
      display: none;
    }
    td.banner .checked,
    .change {
      font-size: 7.5pt;
      color: #000;
    }
    .table-wrap {
      overflow: visible;
    }
    table {
      min-width: 0;
    }
    thead {
      display: table-header-group;
    }
    tr {
      break-inside: avoid;
    }
  }
`;
