// A progress bar on a terminal; one line per file elsewhere (CI logs).
export function progress(total, stream = process.stderr) {
  let done = 0;
  const width = 24;
  return {
    tick(label) {
      done++;
      if (stream.isTTY) {
        const filled = Math.round((done / total) * width);
        stream.write(
          `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label.slice(0, 50).padEnd(50)}`,
        );
        if (done === total) stream.write('\n');
      } else {
        stream.write(`  ${done}/${total} ${label}\n`);
      }
    },
  };
}
