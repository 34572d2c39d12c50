/** A size as people read it in a skip reason: "1.0 MB", "12 KB". */
export const formatBytes = (bytes) =>
  bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
