/**
 * Saves a file the widget made. An `ispeed-download` event (cancelable) is
 * fired first, with the file name and blob, for analytics or custom saving.
 * The temporary link lives in the widget's own shadow root.
 */
export function downloadBlob(host: HTMLElement, blob: Blob, filename: string): boolean {
  const event = new CustomEvent('ispeed-download', {
    detail: { filename, blob },
    bubbles: true,
    composed: true,
    cancelable: true,
  });
  if (!host.dispatchEvent(event)) return false;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  (host.shadowRoot ?? host).append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}
