// cloudflare:pipelines: PipelineTransformationEntrypoint, the base class of
// a Pipelines transformation. Its subclass overrides run(records, metadata);
// the pipeline calls _ping() to check that it does, then _run(batch,
// metadata) once per instance with a batch of JSON lines, and reads the
// transformed records back as JSON lines. Running _run from a test() is how
// a transformation is tried locally.
(function (workers) {
  'use strict';
  const JSON_STREAM = 'json_stream';

  // The batch's lines, parsed, blank lines skipped.
  async function readRecords(stream) {
    const reader = stream.pipeThrough(new TextDecoderStream()).getReader();
    const records = [];
    let rest = '';
    const take = (line) => {
      if (line.trim().length > 0) records.push(JSON.parse(line));
    };
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (value) rest += value;
        let nl;
        while ((nl = rest.indexOf('\n')) >= 0) {
          take(rest.slice(0, nl));
          rest = rest.slice(nl + 1);
        }
        if (done) {
          take(rest);
          return records;
        }
      }
    } finally {
      reader.releaseLock();
    }
  }

  const batches = new WeakMap(); // instance -> the batch of its _run

  class PipelineTransformImpl extends workers.WorkerEntrypoint {
    async run(_records, _metadata) {
      throw new Error('should be implemented by parent');
    }

    async _ping() {
      if (this.run === PipelineTransformImpl.prototype.run) {
        throw new Error('the run method must be overridden by the PipelineTransformationEntrypoint subclass');
      }
    }

    async _run(batch, metadata) {
      if (batches.has(this)) throw new Error('pipeline entrypoint has already been initialized');
      batches.set(this, batch);
      if (batch === null || batch === undefined) {
        // V8's words (goja says "of undefined" for null too).
        throw new TypeError(`Cannot read properties of ${batch} (reading 'format')`);
      }
      if (batch.format !== JSON_STREAM) {
        throw new Error('PipelineTransformationEntrypoint run supports only the JSON_STREAM batch format');
      }
      const out = await this.run(await readRecords(batch.data), metadata);
      if (!(out instanceof Array)) throw new Error('transformations must return an array of PipelineRecord');
      const encoder = new TextEncoder();
      let bytes = 0;
      const data = new ReadableStream({
        start(controller) {
          for (const record of out) {
            const line = encoder.encode(JSON.stringify(record) + '\n');
            bytes += line.length;
            controller.enqueue(line);
          }
          controller.close();
        },
      });
      return { id: batch.id, shard: batch.shard, ts: batch.ts, format: JSON_STREAM, size: { bytes, rows: out.length }, data };
    }
  }
  return { PipelineTransformationEntrypoint: PipelineTransformImpl };
})
