// A CMS's back office: one rich-text editor, loaded from npm, at its default
// configuration (with the licence key its free licence asks for). The page
// offers `window.pasteThrough(html)`: the HTML set into the editor through the
// editor's own API, as a paste in source mode does, and what the editor then
// keeps, read back through its API as the CMS saves it.
/* global window, document, location */

const EDITORS = {
  ckeditor4: {
    scripts: ['/node_modules/ckeditor4/ckeditor.js'],
    async start(element) {
      const textarea = document.createElement('textarea');
      element.append(textarea);
      const editor = window.CKEDITOR.replace(textarea);
      await new Promise((resolve) => editor.on('instanceReady', resolve));
      return {
        version: window.CKEDITOR.version,
        keep: (html) => new Promise((resolve) => editor.setData(html, { callback: () => resolve(editor.getData()) })),
      };
    },
  },
  ckeditor5: {
    scripts: ['/node_modules/@ckeditor/ckeditor5-build-classic/build/ckeditor.js'],
    async start(element) {
      const editor = await window.ClassicEditor.create(element, { licenseKey: 'GPL' });
      return {
        version: window.CKEDITOR_VERSION,
        keep: async (html) => {
          editor.setData(html);
          return editor.getData();
        },
      };
    },
  },
  tinymce: {
    scripts: ['/node_modules/tinymce/tinymce.min.js'],
    async start(element) {
      const [editor] = await window.tinymce.init({ target: element, license_key: 'gpl' });
      return {
        version: `${window.tinymce.majorVersion}.${window.tinymce.minorVersion}`,
        keep: async (html) => {
          editor.setContent(html);
          return editor.getContent();
        },
      };
    },
  },
  quill: {
    scripts: ['/node_modules/quill/dist/quill.js'],
    async start(element) {
      const quill = new window.Quill(element);
      return {
        version: window.Quill.version,
        keep: async (html) => {
          quill.setContents([]);
          quill.clipboard.dangerouslyPasteHTML(html);
          // What a CMS saves from Quill: its editing root's HTML.
          return quill.root.innerHTML;
        },
      };
    },
  },
  dompurify: {
    scripts: ['/node_modules/dompurify/dist/purify.min.js'],
    async start() {
      return { version: window.DOMPurify.version, keep: async (html) => window.DOMPurify.sanitize(html) };
    },
  },
};

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`${src} did not load`));
    document.head.append(script);
  });
}

const name = new URLSearchParams(location.search).get('editor');
const adapter = EDITORS[name];
window.editorReady = (async () => {
  if (!adapter) throw new Error(`no editor "${name}"; known: ${Object.keys(EDITORS).join(', ')}`);
  for (const src of adapter.scripts) await loadScript(src);
  const editor = await adapter.start(document.getElementById('editor'));
  // One paste at a time: each is set into the editor alone and read back before the next.
  let queue = Promise.resolve();
  window.pasteThrough = (html) => (queue = queue.then(() => editor.keep(html)));
  return { name, version: editor.version };
})();
