import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { countBytes } from './unzip-export';

describe('countBytes', () => {
  it('stops the stream as soon as the running total passes the limit, whatever was declared', async () => {
    const chunk = 64 * 1024;
    let produced = 0;
    // An endless inflater: only the count can stop it.
    const source = new Readable({
      read() {
        produced += 1;
        this.push(Buffer.alloc(chunk));
      },
    });
    let written = 0;
    const sink = new Writable({
      write(data: Buffer, _encoding, callback) {
        written += data.length;
        callback();
      },
    });
    const counter = { bytes: 0 };
    await expect(
      pipeline(source, countBytes(counter, { maxBytes: 200 * 1024, maxEntries: 1 }), sink),
    ).rejects.toThrow(/more than 200 KiB \(LEGACY_IMPORT_MAX_BYTES\)/);
    expect(written).toBeLessThanOrEqual(200 * 1024);
    expect(counter.bytes).toBe(4 * chunk);
    // Read-ahead is bounded by the streams' buffers, not by the size of the zip.
    expect(produced).toBeLessThan(40);
  });

  it('counts across entries: the limit is for the whole zip', async () => {
    const counter = { bytes: 0 };
    const limits = { maxBytes: 10, maxEntries: 1 };
    const drain = () => new Writable({ write: (_d, _e, callback) => callback() });
    await pipeline(Readable.from([Buffer.alloc(6)]), countBytes(counter, limits), drain());
    await expect(
      pipeline(Readable.from([Buffer.alloc(6)]), countBytes(counter, limits), drain()),
    ).rejects.toThrow(/more than 10 bytes/);
  });
});
