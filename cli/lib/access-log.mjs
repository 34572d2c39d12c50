// Reads a web server's access log, line by line, as a stream: nginx and
// Apache "combined" lines, and IIS W3C extended logs (whose #Fields line may
// change in the middle of a file), plain or gzipped. Memory stays bounded
// whatever the file's size: one line at a time.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

/** One request, in the fields the click count needs. */
export class LogRequest {
  constructor(time, client, method, target, status, referrer, userAgent, extra) {
    /** @type {number} milliseconds since 1970, UTC */
    this.time = time;
    this.client = client;
    this.method = method;
    /** The path and query, as requested. */
    this.target = target;
    this.status = status;
    this.referrer = referrer;
    this.userAgent = userAgent;
    /** Any fields a log format adds after the combined ones (e.g. "$http_sec_purpose"), lower case. */
    this.extra = extra;
  }
}

const MONTHS = { Jan: 0, Feb: 1, Mar: 2, Apr: 3, May: 4, Jun: 5, Jul: 6, Aug: 7, Sep: 8, Oct: 9, Nov: 10, Dec: 11 };

/** "10/Nov/2026:13:55:36 +0700" as milliseconds since 1970, or NaN. */
export function parseCombinedTime(text) {
  const match = /^(\d{2})\/(\w{3})\/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})$/.exec(text);
  if (!match || !(match[2] in MONTHS)) return NaN;
  const [, day, month, year, hour, minute, second, sign, offsetHours, offsetMinutes] = match;
  const local = Date.UTC(+year, MONTHS[month], +day, +hour, +minute, +second);
  const offset = (sign === '-' ? -1 : 1) * (+offsetHours * 60 + +offsetMinutes) * 60000;
  return local - offset;
}

// host ident user [time] "request" status bytes "referrer" "user agent" then any extra fields.
const QUOTED = '"((?:[^"\\\\]|\\\\.)*)"';
const COMBINED = new RegExp(`^(\\S+) \\S+ \\S+ \\[([^\\]]+)\\] ${QUOTED} (\\d{3}) \\S+ ${QUOTED} ${QUOTED}(.*)$`);

const unescapeNginx = (text) =>
  text.replace(/\\x([0-9a-f]{2})|\\(.)/gi, (_, hex, char) => (hex ? String.fromCharCode(parseInt(hex, 16)) : char));

/** One combined-format line, or undefined if it is not one. */
export function parseCombinedLine(line) {
  const match = COMBINED.exec(line);
  if (!match) return undefined;
  const [, client, time, request, status, referrer, userAgent, extra] = match;
  const [method = '', target = ''] = unescapeNginx(request).split(' ');
  return new LogRequest(
    parseCombinedTime(time),
    client,
    method,
    target,
    Number(status),
    unescapeNginx(referrer),
    unescapeNginx(userAgent),
    extra.toLowerCase(),
  );
}

/**
 * A reader for IIS W3C extended lines under one `#Fields:` line. IIS writes
 * UTC times, `+` for spaces in the user agent, and `-` for an empty field.
 * Undefined when the fields lack what a click needs.
 */
export function iisFields(fieldsLine) {
  const names = fieldsLine
    .replace(/^#Fields:\s*/i, '')
    .trim()
    .split(/\s+/)
    .map((name) => name.toLowerCase());
  const at = (name) => names.indexOf(name);
  const index = {
    date: at('date'),
    time: at('time'),
    client: at('c-ip'),
    method: at('cs-method'),
    stem: at('cs-uri-stem'),
    query: at('cs-uri-query'),
    status: at('sc-status'),
    referrer: at('cs(referer)'),
    userAgent: at('cs(user-agent)'),
  };
  if (index.date < 0 || index.time < 0 || index.stem < 0) return undefined;
  const known = new Set(Object.values(index));
  const value = (fields, position) => (position < 0 || fields[position] === '-' ? '' : (fields[position] ?? ''));
  return (line) => {
    const fields = line.split(' ');
    if (fields.length !== names.length) return undefined;
    const query = value(fields, index.query);
    return new LogRequest(
      Date.parse(`${value(fields, index.date)}T${value(fields, index.time)}Z`),
      value(fields, index.client),
      value(fields, index.method),
      query ? `${value(fields, index.stem)}?${query}` : value(fields, index.stem),
      Number(value(fields, index.status)) || 0,
      value(fields, index.referrer),
      value(fields, index.userAgent).replace(/\+/g, ' '),
      fields
        .filter((_, position) => !known.has(position))
        .join(' ')
        .toLowerCase(),
    );
  };
}

async function isGzip(path) {
  const file = await open(path, 'r');
  try {
    const { bytesRead, buffer } = await file.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await file.close();
  }
}

/** The file's lines as text, gunzipped when it starts with gzip's magic bytes (whatever its name). */
export async function* logLines(path) {
  const raw = createReadStream(path, { highWaterMark: 1 << 16 });
  const stream = (await isGzip(path)) ? raw.pipe(createGunzip()) : raw;
  raw.on('error', (error) => stream.destroy(error));
  // latin1 keeps every byte; the fields that matter (path, query, user agent) are ASCII or %-escaped.
  stream.setEncoding('latin1');
  try {
    yield* createInterface({ input: stream, crlfDelay: Infinity });
  } finally {
    raw.destroy();
  }
}

/**
 * Every request in a log file, in file order, with the count of lines that
 * were neither a request nor a comment (a sign of the wrong format).
 * @param {string} path
 * @param {(request: LogRequest) => void} onRequest
 */
export async function readAccessLog(path, onRequest, { prefilter = () => true } = {}) {
  let iis;
  let unreadable = 0;
  let lines = 0;
  for await (const line of logLines(path)) {
    lines++;
    if (line.startsWith('#')) {
      if (/^#Fields:/i.test(line)) iis = iisFields(line);
      continue;
    }
    if (!line || !prefilter(line)) continue;
    const request = iis ? iis(line) : parseCombinedLine(line);
    if (request && Number.isFinite(request.time)) onRequest(request);
    else unreadable++;
  }
  return { lines, unreadable };
}

/** The time of the file's first request, to read rotated files oldest first; NaN if none is found early. */
export async function firstTime(path) {
  let iis;
  let seen = 0;
  for await (const line of logLines(path)) {
    if (++seen > 1000) break;
    if (line.startsWith('#')) {
      if (/^#Fields:/i.test(line)) iis = iisFields(line);
      continue;
    }
    const request = iis ? iis(line) : parseCombinedLine(line);
    if (request && Number.isFinite(request.time)) return request.time;
  }
  return NaN;
}
