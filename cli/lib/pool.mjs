// Bounded concurrency: a materials page can link hundreds of files, and
// fetching them all at once would hammer the Department's host.

/** Runs `task` over `items`, at most `limit` at a time; results in the order of `items`. */
export async function pool(items, limit, task) {
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
