// The portal's own Lit (its own copy, unpatched): it creates the "lit-html"
// Trusted Types policy when it loads, before the widgets arrive.
import { LitElement, html } from 'lit';

class PageGreeting extends LitElement {
  render() {
    return html`<p>Lit của cổng thông tin</p>`;
  }
}
customElements.define('page-greeting', PageGreeting);
