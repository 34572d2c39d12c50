// `ispeed-widgets assets pull`: bring official materials (banners, posters)
// from a page such as speedtest.vn/tai-lieu, or from a folder, into a folder
// the widgets can use as their asset base.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { classify, pairHighDensity } from '../lib/classify.mjs';
import { CliError, EXIT, exitWith } from '../lib/cli-error.mjs';
import { safeFileName, uniqueName, writeInside } from '../lib/file-names.mjs';
import { assetFilesIn, readLocal } from '../lib/folder-assets.mjs';
import { ASSET_EXTENSIONS, extensionOf, findAssetLinks, safeDecode } from '../lib/html-links.mjs';
import { download, redirectAllowed } from '../lib/http-client.mjs';
import { boundedNumber } from '../lib/number-option.mjs';
import { pool } from '../lib/pool.mjs';
import { sharedCode } from '../lib/shared-code.mjs';
import { printable, withoutCredentials } from '../lib/printable.mjs';
import { progress } from '../lib/progress-bar.mjs';
import { sha256 } from '../lib/sha256.mjs';

export const usage = `  ispeed-widgets assets pull <page-url-or-folder> --out <dir> [options]
      Download the images (PNG, JPEG, WebP, SVG) and PDFs a materials page such as
      https://speedtest.vn/tai-lieu links to, sort banners into the standard sizes,
      and write <dir>/manifest.json, so <dir> can be uploaded and used as asset-base.
      --concurrency <n>   downloads at once, 1 to 16 (default 4)
      --max-size <MB>     skip files larger than this, up to 100 (default 10)
      --retries <n>       tries again after network errors and 5xx, 0 to 5 (default 2)
      --timeout <s>       seconds to wait for each answer, 1 to 600 (default 15)
      --deadline <s>      seconds for the whole command, 1 to 3600 (default 600)
      --allow-host <host> also take links and follow redirects to this host (repeatable);
                          by default both stay within the page's own host`;

export const options = {
  out: { type: 'string', short: 'o' },
  concurrency: { type: 'string' },
  'max-size': { type: 'string' },
  retries: { type: 'string' },
  timeout: { type: 'string' },
  deadline: { type: 'string' },
  'allow-host': { type: 'string', multiple: true },
};

/** The command as typed: checks its options, pulls, and returns the exit code. */
export async function run(values, [target]) {
  if (!target) throw new CliError('assets pull needs a page address or a folder.', EXIT.usage);
  if (!values.out) throw new CliError('assets pull needs --out <dir>.', EXIT.usage);
  const settings = {
    out: values.out,
    concurrency: Math.max(1, Math.round(boundedNumber(values.concurrency, 'concurrency', 4, { min: 0.01, max: 16 }))),
    maxBytes: boundedNumber(values['max-size'], 'max-size', 10, { min: 0.001, max: 100 }) * 1048576,
    retries: Math.round(boundedNumber(values.retries, 'retries', 2, { min: 0, max: 5 })),
    timeoutMs: boundedNumber(values.timeout, 'timeout', 15, { min: 1, max: 600 }) * 1000,
    allowHosts: (values['allow-host'] ?? []).map((host) => host.trim().toLowerCase()).filter(Boolean),
  };
  const deadlineMs = boundedNumber(values.deadline, 'deadline', 600, { min: 1, max: 3600 }) * 1000;
  const deadline = AbortSignal.timeout(deadlineMs);
  // The last word on time: whatever is still running when the deadline passes stops.
  const watchdog = setTimeout(
    () => exitWith(`the command did not finish within ${deadlineMs / 1000} s (--deadline).`, EXIT.unreadable),
    deadlineMs + 2000,
  );
  watchdog.unref();
  const result = await pull(target, { ...settings, deadline });
  if (deadline.aborted)
    throw new CliError(
      `the command did not finish within ${deadlineMs / 1000} s (--deadline); what arrived in time was written.`,
      EXIT.unreadable,
    );
  return result.exitCode;
}

/** The files to fetch: a folder's asset files, or the links of the page at `source`. */
async function findSources(source, { retries, timeoutMs, deadline, allowHosts }) {
  if (existsSync(source) && statSync(source).isDirectory()) {
    return { label: source, sources: assetFilesIn(source).map((path) => ({ url: path, local: true })) };
  }
  let pageUrl;
  try {
    pageUrl = new URL(source);
  } catch {
    throw new CliError(`"${printable(source)}" is neither a folder nor a web address (https://…).`, EXIT.usage);
  }
  if (!['http:', 'https:'].includes(pageUrl.protocol))
    throw new CliError(`"${printable(withoutCredentials(source))}" is not an http(s) address.`, EXIT.usage);
  if (pageUrl.username || pageUrl.password)
    throw new CliError(
      `${printable(withoutCredentials(pageUrl.href))}: an address with a user name or password is not supported.`,
      EXIT.usage,
    );
  const page = await download(pageUrl.href, {
    maxBytes: 5 * 1048576,
    retries,
    timeoutMs,
    deadline,
    pageUrl: pageUrl.href,
    allowHosts,
  });
  if (!page.bytes)
    throw new CliError(`cannot read the page ${printable(pageUrl.href)}: ${page.skip}.`, EXIT.unreadable);
  const sources = [];
  const refused = [];
  // Links, resolved as a browser would (under any <base href>), answer to the redirects' host rule.
  for (const item of findAssetLinks(page.bytes.toString('utf8'), page.finalUrl || pageUrl.href)) {
    if (redirectAllowed(item.url, { pageUrl: pageUrl.href, allowHosts }))
      sources.push({ ...item, pageUrl: pageUrl.href });
    else
      refused.push({
        source: item.url,
        skip: `links to ${new URL(item.url).host}, outside ${pageUrl.host} (add --allow-host to take it)`,
      });
  }
  return { label: pageUrl.href, sources, refused };
}

/**
 * @param {string} source a page URL or a local folder
 * @param {{ out: string, concurrency?: number, maxBytes?: number, retries?: number, timeoutMs?: number, maxFiles?: number, allowHosts?: string[], deadline?: AbortSignal, stdout?: NodeJS.WritableStream, stderr?: NodeJS.WritableStream }} options
 */
export async function pull(source, options) {
  const {
    out,
    concurrency = 4,
    maxBytes = 10 * 1048576,
    retries = 2,
    timeoutMs = 15000,
    maxFiles = 500,
    allowHosts = [],
    deadline,
  } = options;
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  // The campaign's banner sizes, from the widgets' own built code.
  const { FIXED_BANNER_SIZES: sizes } = await sharedCode();
  const { label, sources, refused = [] } = await findSources(source, { retries, timeoutMs, deadline, allowHosts });
  if (sources.length === 0 && refused.length === 0)
    throw new CliError(
      `no images or documents (${ASSET_EXTENSIONS.join(', ')}) found in ${label}.`,
      EXIT.nothingUsable,
    );

  mkdirSync(out, { recursive: true });
  const taken = new Set(['manifest.json']);
  const skipped = [
    ...refused,
    ...sources.slice(maxFiles).map((item) => ({ skip: `more than ${maxFiles} files on the page`, source: item.url })),
  ];
  const wanted = sources.slice(0, maxFiles);
  const bar = progress(wanted.length, stderr);
  // Each file is written as soon as it arrives, so memory holds one file per download at a time.
  const described = await pool(wanted, concurrency, async (item) => {
    const result = item.local
      ? readLocal(item.url, maxBytes)
      : await download(item.url, { maxBytes, retries, timeoutMs, deadline, pageUrl: item.pageUrl, allowHosts });
    bar.tick(printable(item.url.split('/').pop() ?? item.url));
    if (!result.bytes) return { skip: result.skip, source: item.url };
    const rawName = item.local ? item.url : safeDecode(new URL(item.url).pathname);
    const name = safeFileName(rawName, item.local ? 'bin' : extensionOf(new URL(item.url)) || 'bin');
    const info = classify(result.bytes, name, item.alt, sizes);
    if (info.skip) return { skip: info.skip, source: item.url };
    info.entry.file = uniqueName(info.entry.file, taken);
    writeInside(out, info.entry.file, result.bytes);
    info.entry.sha256 = sha256(result.bytes);
    // Where the file really came from, after any redirect; a local file by its path inside the folder.
    info.entry.source = item.local ? relative(source, item.url) : withoutCredentials(result.finalUrl || item.url);
    return info;
  });

  const accepted = [];
  for (const item of described) {
    if (item.skip) skipped.push(item);
    else accepted.push(item);
  }
  const entries = pairHighDensity(accepted).map((item) => item.entry);
  const manifest = { schema: 'ispeed-widgets/assets', version: 1, source: label, assets: entries };
  writeInside(out, 'manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);

  printSummary(stdout, { label, found: sources.length + refused.length, accepted, skipped, out });
  return { manifest, skipped, exitCode: accepted.length ? EXIT.ok : EXIT.nothingUsable };
}

function printSummary(stream, { label, found, accepted, skipped, out }) {
  const lines = [
    `\nMaterials from ${printable(label)}`,
    `  found       ${found}`,
    `  downloaded  ${accepted.length}`,
    `  skipped     ${skipped.length}`,
    '',
  ];
  const perClass = new Map();
  for (const item of accepted) perClass.set(item.sizeClass, (perClass.get(item.sizeClass) ?? 0) + 1);
  lines.push('  size class   files');
  for (const [name, count] of [...perClass].sort()) lines.push(`  ${name.padEnd(12)} ${count}`);
  if (skipped.length) {
    lines.push('', '  skipped, and why');
    for (const item of skipped)
      lines.push(`  ${printable(withoutCredentials(item.source))}\n      ${printable(item.skip)}`);
  }
  lines.push(
    '',
    `Wrote ${accepted.length} files and manifest.json to ${printable(out)}. Use that folder as asset-base.`,
    '',
  );
  stream.write(lines.join('\n'));
}
