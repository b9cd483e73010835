/**
 * Table versions never change once written, so their JSON can be kept in memory, encoded once
 * as UTF-8, and sent as is. Bounded by bytes, least recently used first out. Safe with several
 * server processes: a key is a version id, and a version's content is the same everywhere.
 */

/** An LRU of version contents by version id. */
export class VersionCache {
  private readonly entries = new Map<string, Buffer>();
  private bytes = 0;

  /** @param maxBytes the most bytes held (0 keeps nothing). */
  constructor(private readonly maxBytes: number) {}

  /** The content of a version, if held; marks it recently used. */
  get(versionId: string): Buffer | undefined {
    const hit = this.entries.get(versionId);
    if (hit) {
      this.entries.delete(versionId);
      this.entries.set(versionId, hit);
    }
    return hit;
  }

  /** Keeps the content of a version, evicting the least recently used beyond the bound. */
  set(versionId: string, content: Buffer): void {
    if (content.length > this.maxBytes || this.entries.has(versionId)) return;
    this.entries.set(versionId, content);
    this.bytes += content.length;
    for (const [key, value] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(key);
      this.bytes -= value.length;
    }
  }
}
