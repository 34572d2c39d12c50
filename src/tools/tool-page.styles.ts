import { css } from 'lit';

/**
 * What the Department's own pages (the configurator, the monthly report)
 * share: the system font, the type scale and the page frame. Each page's
 * own styles come after and set the rest (its width, its headings' margins).
 */
export const toolPageStyles = css`
  :host {
    /* The focus ring of both tools: 6.7:1 on white, and drawn outside the control. */
    --tool-focus: #0b5cad;
    display: block;
    font-family: -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif;
    font-size: 16px;
    line-height: 1.45;
    color: #1a2433;
  }
  * {
    box-sizing: border-box;
  }
  h1 {
    font-size: 26px;
    line-height: 1.2;
  }
  h2 {
    margin: 0 0 10px;
    font-size: 19px;
  }
  p {
    margin: 0;
  }
  .page {
    margin: 0 auto;
    padding: 20px;
  }
  .header {
    display: flex;
    justify-content: space-between;
    align-items: flex-start;
    gap: 16px;
    margin-bottom: 20px;
  }
`;
