/** progress.js: the progress data as a classic script that holds data only, safely escaped. */
import { expect } from '@open-wc/testing';
import { DATA_REGISTRY, isScriptAddress, progressScript, progressScriptData } from '../../src/data/progress-script.js';

const HOSTILE = {
  schema: 'ispeed-widgets/progress',
  version: 1,
  month: '2026-11',
  rows: [
    { unit: 'xa-a', name: 'Xã A</script><script>alert(1)</script>', month: '2026-11', samples: 1 },
    { unit: 'xa-b', name: 'Xã B <!-- chú thích --> & "Đông"', month: '2026-11', samples: 2 },
    { unit: 'xa-c', name: 'Xã\u2028C\u2029', month: '2026-11', samples: 3 },
  ],
};

/** Runs a script's text as a classic script, as a portal's browser does, and gives what it registered. */
async function run(text: string): Promise<unknown[]> {
  const registry = globalThis as unknown as Record<symbol, unknown[] | undefined>;
  const key = Symbol.for(DATA_REGISTRY);
  registry[key] = [];
  const script = document.createElement('script');
  const url = URL.createObjectURL(new Blob([text], { type: 'text/javascript' }));
  const loaded = new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = reject;
  });
  script.src = url;
  document.head.append(script);
  await loaded;
  script.remove();
  URL.revokeObjectURL(url);
  return registry[key].splice(0);
}

describe('progress.js', () => {
  it('is a classic script that registers the data, and nothing else', async () => {
    const text = progressScript(HOSTILE);
    expect(await run(text)).to.deep.equal([HOSTILE]);
  });

  it('escapes what could end a script element or a line: </script>, <!--, U+2028 and U+2029', () => {
    const text = progressScript(HOSTILE);
    expect(text).to.not.match(/<\/script|<!--|[\u2028\u2029<>]/i);
    expect(text).to.contain('\\u003c/script\\u003e');
  });

  it('is read back as data without running it, and anything else is not taken for it', () => {
    const text = progressScript(HOSTILE);
    expect(progressScriptData(text)).to.deep.equal({ ok: true, data: HOSTILE });
    expect(progressScriptData(`\uFEFF${text}`).ok).to.equal(true);
    for (const other of [
      `${text}alert(1);`,
      text.replace('ispeed-widgets.data', 'other'),
      'alert(1)',
      '{"schema":"ispeed-widgets/progress"}',
      text.replace('"rows"', 'rows'),
    ])
      expect(progressScriptData(other).ok, other.slice(-40)).to.equal(false);
  });

  it('is named by an address ending in .js', () => {
    expect(
      [
        'https://so.example/ispeed-widgets/progress.js',
        '/data/so-lieu.JS?v=2',
        'progress.json',
        'https://x/a.js/b',
      ].map(isScriptAddress),
    ).to.deep.equal([true, true, false, false]);
  });
});
