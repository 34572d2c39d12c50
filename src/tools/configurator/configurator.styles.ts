import { css } from 'lit';

export const configuratorStyles = css`
  /* After toolPageStyles (src/tools/tool-page.styles.ts), which sets the font, the type scale and the page frame. */
  h1 {
    margin: 0 0 4px;
  }
  h3,
  h4 {
    margin: 0;
    font-size: 16px;
  }
  .department-name {
    margin: 0 0 2px;
    font-size: 14px;
    font-weight: 600;
    color: #4a5566;
  }
  .page {
    max-width: 1400px;
  }
  .columns {
    display: grid;
    grid-template-columns: minmax(280px, 360px) minmax(0, 1fr);
    gap: 24px;
    align-items: start;
  }
  @media (max-width: 860px) {
    .columns {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  fieldset {
    margin: 0 0 16px;
    padding: 12px 14px 4px;
    border: 1px solid #c9d3e0;
    border-radius: 8px;
    background: #fff;
  }
  legend {
    padding: 0 4px;
    font-weight: 700;
  }
  .radios {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    padding-bottom: 12px;
  }
  .radio {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 32px;
    cursor: pointer;
  }
  .radio input {
    width: 18px;
    height: 18px;
    margin: 0;
  }
  .field {
    display: grid;
    gap: 4px;
    margin-bottom: 12px;
  }
  .field > span,
  .field > label {
    font-weight: 600;
    font-size: 15px;
  }
  input[type='text'],
  input[type='url'],
  select {
    width: 100%;
    min-height: 40px;
    padding: 6px 10px;
    border: 1px solid #8a97a8;
    border-radius: 6px;
    background: #fff;
    color: inherit;
    font: inherit;
  }
  input[aria-invalid='true'] {
    border-color: #b3261e;
    box-shadow: 0 0 0 1px #b3261e;
  }
  :focus-visible {
    outline: 3px solid var(--tool-focus);
    outline-offset: 2px;
  }
  .hint {
    font-size: 14px;
    color: #4a5566;
  }
  .note {
    font-size: 14px;
    color: #0b5cad;
  }
  .data-ok {
    font-size: 14px;
    color: #1d6b3a;
    font-weight: 600;
  }
  .example-data {
    margin-bottom: 10px;
    padding: 8px 12px;
    border-left: 4px solid #f5b400;
    background: #fff8e1;
    color: #5c4300;
  }
  .data-ok:empty,
  .note:empty,
  .error:empty,
  .warning:empty {
    display: none;
  }
  .error {
    font-size: 14px;
    color: #b3261e;
    font-weight: 600;
  }
  .warning {
    margin-bottom: 10px;
    padding: 8px 12px;
    border-radius: 6px;
    background: #fff4d6;
    color: #5c4300;
    font-size: 14px;
  }
  button {
    min-height: 40px;
    padding: 6px 14px;
    border: 0;
    border-radius: 6px;
    background: #0b5cad;
    color: #fff;
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }
  button.secondary {
    border: 1px solid #0b5cad;
    background: #fff;
    color: #0b5cad;
  }
  .results {
    display: grid;
    gap: 24px;
    min-width: 0;
  }
  .preview-block,
  .code-block {
    min-width: 0;
    padding: 16px;
    border: 1px solid #c9d3e0;
    border-radius: 8px;
    background: #fff;
  }
  .preview-controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 12px;
    margin-bottom: 12px;
  }
  .preview-controls .field {
    margin: 0;
    min-width: 190px;
  }
  .stage {
    position: relative;
    overflow: hidden;
    border: 1px dashed #8a97a8;
    border-radius: 6px;
    background: repeating-linear-gradient(45deg, #f4f6f9, #f4f6f9 10px, #eef1f5 10px, #eef1f5 20px);
  }
  .stage[hidden] {
    display: none;
  }
  .sticky-desktop {
    display: grid;
    justify-items: start;
    gap: 10px;
    padding: 16px;
    border: 1px dashed #8a97a8;
    border-radius: 6px;
    background: #f4f6f9;
  }
  .sticky-desktop p {
    margin: 0;
    max-width: 60ch;
  }
  iframe.preview {
    display: block;
    border: 0;
    background: #fff;
    transform-origin: 0 0;
  }
  .snippet {
    display: grid;
    gap: 6px;
    padding: 12px 0;
    border-top: 1px solid #e3e8ef;
  }
  .snippet:first-of-type {
    border-top: 0;
    padding-top: 0;
  }
  pre {
    margin: 0;
    padding: 10px 12px;
    overflow-x: auto;
    border-radius: 6px;
    background: #0f1a2a;
    color: #f1f5fb;
    font-size: 13px;
    line-height: 1.5;
    white-space: pre-wrap;
    word-break: break-all;
  }
  /* The site script sits under the link form, as its companion: set in, on a tinted band. */
  .site-script {
    display: grid;
    gap: 6px;
    margin: 0 0 12px;
    padding: 12px 14px;
    border-left: 4px solid #0b5cad;
    border-radius: 6px;
    background: #eef4fb;
  }
  .site-script .snippet {
    padding: 0;
  }
  .cms-notes summary {
    min-height: 32px;
    padding: 4px 0;
    color: #0b5cad;
    font-weight: 600;
    cursor: pointer;
  }
  .cms-notes dl {
    margin: 4px 0 0;
    font-size: 14px;
  }
  .cms-notes dt {
    margin-top: 8px;
    font-weight: 700;
  }
  .cms-notes dd {
    margin: 2px 0 0;
  }
  .shared-notes p,
  .department-problems p {
    margin: 0;
  }
  .department-problems ul {
    margin: 4px 0 0;
    padding-left: 20px;
  }
  .copy {
    justify-self: start;
    min-width: 110px;
  }
  /* Until the code is complete (the hashes are known): visibly not ready, still readable. */
  .copy:disabled {
    cursor: wait;
    opacity: 0.6;
  }
  .share {
    margin-top: 8px;
    font-size: 14px;
  }
  .share a {
    color: #0b5cad;
  }
  .copy-buffer {
    position: fixed;
    top: 0;
    left: 0;
    opacity: 0;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
