// `ispeed-widgets assets pull` and `assets verify`: bring official materials
// (banners, posters) from a page such as speedtest.vn/tai-lieu, or from a
// folder, into a folder the widgets can use as their asset base.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ASSET_EXTENSIONS, extensionOf, findAssetLinks, safeDecode } from './html-links.mjs';
import { insideFolder, safeFileName, uniqueName } from './file-names.mjs';
import { imageSize } from './image-size.mjs';
import { printable, safeMessage, withoutCredentials } from './printable.mjs';
import { progress } from './progress.mjs';
import { languageOf, sizeClass } from './sizes.mjs';
import { svgProblem } from './svg-check.mjs';

export class CliError extends Error {
  /** @param {string} message @param {number} exitCode */
  constructor(message, exitCode) {
    super(message);
    this.exitCode = exitCode;
  }
}

export const EXIT = { ok: 0, failed: 1, usage: 2, unreachable: 3, nothingFound: 4 };

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
export const formatBytes = (bytes) => (bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

const MAX_REDIRECTS = 5;

/**
 * Whether a redirect may be followed: to the page's own host (same port, or
 * http upgraded to https on the default port), or to a host named with
 * --allow-host. Anything else could pull an internal address into the public manifest.
 */
export function redirectAllowed(to, { pageUrl, allowHosts = [] }) {
  const target = new URL(to);
  const page = new URL(pageUrl);
  if (!['http:', 'https:'].includes(target.protocol) || target.username || target.password) return false;
  if (allowHosts.includes(target.host) || allowHosts.includes(target.hostname)) return true;
  if (target.hostname !== page.hostname) return false;
  return target.port === page.port || (target.protocol === 'https:' && target.port === '' && page.port === '');
}

/** fetch, following redirects by hand so each hop is checked (see redirectAllowed). */
async function fetchWithinHost(url, { signal, pageUrl, allowHosts }) {
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const response = await fetch(current, { signal, redirect: 'manual' });
    if (response.status < 300 || response.status > 399 || !response.headers.has('location')) return { response, finalUrl: current };
    await response.body?.cancel();
    const next = new URL(response.headers.get('location'), current).href;
    if (!redirectAllowed(next, { pageUrl, allowHosts })) return { refused: `redirected to ${withoutCredentials(next)}, outside ${new URL(pageUrl).host} (add --allow-host to follow it)` };
    current = next;
  }
  return { refused: `more than ${MAX_REDIRECTS} redirects` };
}

/** Downloads one file with a time limit, a size cap and retries on network errors and 5xx. */
async function download(url, { maxBytes, retries, timeoutMs, deadline, pageUrl = url, allowHosts = [] }) {
  let reason = 'not downloaded';
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) await sleep(250 * 2 ** (attempt - 1));
    if (deadline?.aborted) return { skip: 'the command ran out of time' };
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const signal = deadline ? AbortSignal.any([controller.signal, deadline]) : controller.signal;
    try {
      const fetched = await fetchWithinHost(url, { signal, pageUrl, allowHosts });
      if (fetched.refused) return { skip: fetched.refused };
      const { response, finalUrl } = fetched;
      if (response.status >= 500) {
        reason = `HTTP ${response.status}`;
        await response.body?.cancel();
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return { skip: `HTTP ${response.status}` };
      }
      if (Number(response.headers.get('content-length')) > maxBytes) {
        await response.body?.cancel();
        return { skip: `larger than ${formatBytes(maxBytes)}` };
      }
      // A server may not say the length: count while reading, and stop at the cap.
      const reader = response.body.getReader();
      const chunks = [];
      let total = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.length;
        if (total > maxBytes) {
          await reader.cancel();
          return { skip: `larger than ${formatBytes(maxBytes)}` };
        }
        chunks.push(value);
      }
      return { bytes: Buffer.concat(chunks), finalUrl };
    } catch (error) {
      if (deadline?.aborted) return { skip: 'the command ran out of time' };
      reason = controller.signal.aborted ? `no answer within ${timeoutMs} ms` : `network error (${safeMessage(error.cause?.code ?? error.message)})`;
    } finally {
      clearTimeout(timer);
    }
  }
  return { skip: `${reason}, after ${retries + 1} tries` };
}

/** Runs `task` over `items`, at most `limit` at a time. */
async function pool(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Asset files in a folder and its subfolders. Symbolic links are skipped: they may lead anywhere, or loop. */
function filesIn(folder) {
  const found = [];
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isSymbolicLink()) continue;
      if (entry.isDirectory()) visit(path);
      else if (entry.isFile() && ASSET_EXTENSIONS.includes(path.split('.').pop().toLowerCase())) found.push(path);
    }
  };
  visit(folder);
  return found;
}

/**
 * Writes a new file inside the folder. An existing file or symbolic link of
 * that name is removed first and the file is created exclusively, so a link
 * planted in the folder cannot redirect the write elsewhere.
 */
function writeInside(folder, name, bytes) {
  const path = insideFolder(folder, name);
  rmSync(path, { force: true });
  writeFileSync(path, bytes, { flag: 'wx' });
}

/** What one file becomes in the manifest, or why it is skipped. */
function describe(bytes, name, alt) {
  const extension = name.split('.').pop();
  if (extension === 'pdf') {
    if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') return { skip: 'not a PDF file' };
    return { entry: { kind: 'document', file: name, lang: languageOf(name) }, sizeClass: 'document' };
  }
  const size = imageSize(bytes);
  if (!size || size.width < 1 || size.height < 1) return { skip: 'not a readable image' };
  if (size.type === 'svg') {
    const problem = svgProblem(bytes.toString('utf8'));
    if (problem) return { skip: `an SVG with scripts or outside content (refused, it could run on the portal: ${problem})` };
  }
  const { size: sizeName, scale } = sizeClass(size.width, size.height);
  const lang = languageOf(name);
  return {
    entry: { kind: 'banner', size: sizeName, lang, file: name, width: size.width, height: size.height, ...(alt ? { alt: { [lang]: alt } } : {}) },
    sizeClass: sizeName,
    scale,
  };
}

/** Pairs a 2x file with its 1x twin (same size and language) as `file2x`. */
function pairHighDensity(items) {
  const kept = [];
  for (const item of items) {
    const twin = item.scale === 2 && items.find((other) => other.scale === 1 && other.entry.size === item.entry.size && other.entry.lang === item.entry.lang && !other.entry.file2x);
    if (twin) twin.entry.file2x = item.entry.file;
    else kept.push(item);
  }
  return kept;
}

/**
 * @param {string} source a page URL or a local folder
 * @param {{ out: string, concurrency?: number, maxBytes?: number, retries?: number, timeoutMs?: number, stdout?: NodeJS.WritableStream, stderr?: NodeJS.WritableStream }} options
 */
export async function pull(source, options) {
  const { out, concurrency = 4, maxBytes = 10 * 1048576, retries = 2, timeoutMs = 15000, maxFiles = 500, allowHosts = [], deadline } = options;
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  let sources;
  let label;

  if (existsSync(source) && statSync(source).isDirectory()) {
    label = source;
    sources = filesIn(source).map((path) => ({ url: path, local: true }));
  } else {
    let pageUrl;
    try {
      pageUrl = new URL(source);
    } catch {
      throw new CliError(`"${printable(source)}" is neither a folder nor a web address (https://…).`, EXIT.usage);
    }
    if (!['http:', 'https:'].includes(pageUrl.protocol)) throw new CliError(`"${printable(withoutCredentials(source))}" is not an http(s) address.`, EXIT.usage);
    if (pageUrl.username || pageUrl.password) throw new CliError(`${printable(withoutCredentials(pageUrl.href))}: an address with a user name or password is not supported.`, EXIT.usage);
    label = pageUrl.href;
    const page = await download(pageUrl.href, { maxBytes: 5 * 1048576, retries, timeoutMs, deadline, pageUrl: pageUrl.href, allowHosts });
    if (!page.bytes) throw new CliError(`cannot read the page ${printable(pageUrl.href)}: ${page.skip}.`, EXIT.unreachable);
    sources = findAssetLinks(page.bytes.toString('utf8'), page.finalUrl || pageUrl.href).map((item) => ({ ...item, pageUrl: pageUrl.href }));
  }
  if (sources.length === 0) throw new CliError(`no images or documents (${ASSET_EXTENSIONS.join(', ')}) found in ${label}.`, EXIT.nothingFound);

  mkdirSync(out, { recursive: true });
  const taken = new Set(['manifest.json']);
  const skipped = sources.slice(maxFiles).map((item) => ({ skip: `more than ${maxFiles} files on the page`, source: item.url }));
  const wanted = sources.slice(0, maxFiles);
  const bar = progress(wanted.length, stderr);
  // Each file is written as soon as it arrives, so memory holds one file per download at a time.
  const described = await pool(wanted, concurrency, async (item) => {
    const result = item.local
      ? statSync(item.url).size > maxBytes
        ? { skip: `larger than ${formatBytes(maxBytes)}` }
        : { bytes: readFileSync(item.url) }
      : await download(item.url, { maxBytes, retries, timeoutMs, deadline, pageUrl: item.pageUrl, allowHosts });
    bar.tick(printable(item.url.split('/').pop() ?? item.url));
    if (!result.bytes) return { skip: result.skip, source: item.url };
    const rawName = item.local ? item.url : safeDecode(new URL(item.url).pathname);
    const name = safeFileName(rawName, item.local ? 'bin' : extensionOf(new URL(item.url)) || 'bin');
    const info = describe(result.bytes, name, item.alt);
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

  printSummary(stdout, { label, found: sources.length, accepted, skipped, out });
  return { manifest, skipped, exitCode: accepted.length ? EXIT.ok : EXIT.nothingFound };
}

function printSummary(stream, { label, found, accepted, skipped, out }) {
  const lines = [`\nMaterials from ${printable(label)}`, `  found       ${found}`, `  downloaded  ${accepted.length}`, `  skipped     ${skipped.length}`, ''];
  const perClass = new Map();
  for (const item of accepted) perClass.set(item.sizeClass, (perClass.get(item.sizeClass) ?? 0) + 1);
  lines.push('  size class   files');
  for (const [name, count] of [...perClass].sort()) lines.push(`  ${name.padEnd(12)} ${count}`);
  if (skipped.length) {
    lines.push('', '  skipped, and why');
    for (const item of skipped) lines.push(`  ${printable(withoutCredentials(item.source))}\n      ${printable(item.skip)}`);
  }
  lines.push('', `Wrote ${accepted.length} files and manifest.json to ${printable(out)}. Use that folder as asset-base.`, '');
  stream.write(lines.join('\n'));
}

const KINDS = ['banner', 'icon', 'illustration', 'badge', 'document'];
const SAFE_FILE = /^(?!.*\.\.)(?!\/)[\w.\-/]+$/;

/** The rules the widgets apply (src/core/assets.ts validateManifest): a manifest they would refuse fails here too. */
function checkManifest(manifest) {
  if (!manifest || typeof manifest !== 'object') return ['manifest.json is not a JSON object'];
  if (manifest.schema !== 'ispeed-widgets/assets') return ['manifest.json: schema is not "ispeed-widgets/assets"'];
  if (manifest.version !== 1) return [`manifest.json: version ${manifest.version} is not supported`];
  if (!Array.isArray(manifest.assets)) return ['manifest.json: assets is not a list'];
  const problems = [];
  manifest.assets.forEach((entry, index) => {
    const where = `assets[${index}]`;
    if (!entry || typeof entry !== 'object') return problems.push(`${where} is not an object`);
    if (!KINDS.includes(entry.kind)) problems.push(`${where}.kind "${entry.kind}" is not one of ${KINDS.join(', ')}`);
    for (const key of ['file', 'file2x']) {
      if (entry[key] !== undefined && (typeof entry[key] !== 'string' || !SAFE_FILE.test(entry[key]))) problems.push(`${where}.${key} is not a plain relative file name`);
    }
    if (typeof entry.file !== 'string') problems.push(`${where}.file is missing`);
    if (entry.kind !== 'document') {
      for (const key of ['width', 'height']) if (!Number.isInteger(entry[key]) || entry[key] < 1) problems.push(`${where}.${key} is not a positive whole number`);
    }
  });
  return problems;
}

/** Checks a folder's manifest.json with the widgets' rules, then every file: present, same sha256, same pixel size. */
export function verify(folder, { stdout = process.stdout } = {}) {
  const manifestPath = join(folder, 'manifest.json');
  if (!existsSync(manifestPath)) throw new CliError(`no manifest.json in ${folder}.`, EXIT.usage);
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch (error) {
    throw new CliError(`${manifestPath} is not valid JSON (${error.message}).`, EXIT.failed);
  }
  const problems = checkManifest(manifest);
  let count = 0;
  for (const entry of Array.isArray(manifest?.assets) ? manifest.assets : []) {
    if (!entry || typeof entry !== 'object') continue;
    for (const file of [entry.file, entry.file2x].filter(Boolean)) {
      count++;
      let path;
      try {
        path = insideFolder(folder, file);
      } catch (error) {
        problems.push(`${file}: ${error.message}`);
        continue;
      }
      if (!existsSync(path)) {
        problems.push(`${file}: missing`);
        continue;
      }
      const bytes = readFileSync(path);
      if (file === entry.file && entry.sha256 && sha256(bytes) !== entry.sha256) problems.push(`${file}: sha256 differs from the manifest (the file changed)`);
      if (imageSize(bytes)?.type === 'svg' || /\.svg$/i.test(file)) {
        const problem = svgProblem(bytes.toString('utf8'));
        if (problem) problems.push(`${file}: an SVG that is not safe to serve (${problem})`);
      }
      if (file === entry.file && entry.width) {
        const size = imageSize(bytes);
        if (!size || size.width !== entry.width || size.height !== entry.height) {
          problems.push(`${file}: is ${size ? `${size.width}x${size.height}` : 'not a readable image'}, the manifest says ${entry.width}x${entry.height}`);
        }
      }
    }
  }
  stdout.write(
    problems.length
      ? `${problems.length} problem(s) in ${printable(folder)}:\n${problems.map((p) => `  ${printable(p)}`).join('\n')}\n`
      : `All ${count} files in ${printable(folder)} match manifest.json.\n`,
  );
  return { problems, exitCode: problems.length ? EXIT.failed : EXIT.ok };
}
