import { css } from 'lit';

/**
 * The charts: dark solid bars for units that reached the target, light bars
 * with an outline for the others, the target a dashed line. In forced
 * colours the SVG takes the system's colours itself (CanvasText, Canvas,
 * Highlight), keeping fill against outline; in print, the colours as drawn.
 */
export const chartStyles = css`
  .charts figure {
    margin: 0 0 24px;
  }
  .charts figcaption {
    margin-bottom: 6px;
    font-weight: 600;
  }
  .charts .plot {
    max-width: 760px;
  }
  .charts .plot:focus-visible {
    outline: 3px solid var(--tool-focus);
    outline-offset: 2px;
  }
  .charts .plot svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  .bar.reached {
    fill: #0b4f9c;
  }
  .bar.open {
    fill: #dbe6f3;
    stroke: #0b4f9c;
    stroke-width: 0.75;
  }
  .charts .grid {
    stroke: #d5dbe3;
    stroke-width: 1;
  }
  .charts .baseline {
    stroke: #1a2433;
    stroke-width: 1;
  }
  .charts text {
    fill: #1a2433;
    font-size: 12px;
  }
  .charts .tick,
  .charts .axis-title {
    fill: #4a5566;
  }
  .target {
    stroke: #a4161a;
    stroke-width: 2;
    stroke-dasharray: 6 4;
  }
  .charts .target-label {
    fill: #a4161a;
    font-weight: 700;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    margin: 6px 0;
    padding: 0;
    list-style: none;
    font-size: 14px;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 6px;
  }
  .legend svg {
    width: 14px;
    height: 14px;
  }
  .charts .summary {
    max-width: 75ch;
    margin: 6px 0 10px;
  }
  .chart-data {
    width: auto;
    min-width: 0;
    font-size: 14px;
  }
  .sparkline {
    display: block;
    overflow: visible;
  }
  .sparkline .line {
    fill: none;
    stroke: #0b4f9c;
    stroke-width: 1.5;
  }
  .sparkline .target {
    stroke-width: 1;
    stroke-dasharray: 3 2;
  }
  .sparkline .dot.reached {
    fill: #0b4f9c;
  }
  .sparkline .dot.open {
    fill: #fff;
    stroke: #0b4f9c;
    stroke-width: 1.5;
  }
  @media (max-width: 600px) {
    .charts .plot {
      overflow-x: auto;
    }
    .charts .plot svg {
      min-width: 520px;
    }
  }
  @media (forced-colors: active) {
    .charts svg,
    .legend svg,
    .sparkline {
      forced-color-adjust: none;
    }
    .bar.reached,
    .sparkline .dot.reached {
      fill: CanvasText;
    }
    .bar.open,
    .sparkline .dot.open {
      fill: Canvas;
      stroke: CanvasText;
    }
    .charts text,
    .charts .tick,
    .charts .axis-title {
      fill: CanvasText;
    }
    .charts .grid {
      stroke: GrayText;
    }
    .charts .baseline,
    .sparkline .line {
      stroke: CanvasText;
    }
    .target {
      stroke: Highlight;
    }
    .charts .target-label {
      fill: Highlight;
    }
  }
  @media print {
    .charts {
      break-before: page;
    }
    .charts figure {
      break-inside: avoid;
      margin-bottom: 10pt;
    }
    .charts .plot {
      max-width: none;
    }
    .charts svg,
    .sparkline {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .chart-data {
      font-size: 9pt;
    }
  }
`;
