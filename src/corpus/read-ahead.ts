/**
 * Pulls from an async source in the background, up to `limit` items ahead of the consumer, so
 * input I/O (stat, open, read: each a trip to libuv's thread pool) overlaps with the consumer's
 * waiting instead of adding to it. Items come out in source order; a source error is rethrown
 * to the consumer at the point it happened.
 */
export async function* readAhead<T>(source: AsyncIterable<T>, limit: number): AsyncGenerator<T> {
  const buffer: T[] = [];
  let done = false;
  let failure: { error: unknown } | null = null;
  const waiting: { consumer: (() => void) | null; producer: (() => void) | null } = { consumer: null, producer: null };
  const wake = () => { waiting.consumer?.(); waiting.consumer = null; };

  const pump = (async () => {
    try {
      for await (const item of source) {
        buffer.push(item);
        wake();
        while (buffer.length >= limit) await new Promise<void>((resolve) => { waiting.producer = resolve; });
      }
    } catch (error) {
      failure = { error };
    } finally {
      done = true;
      wake();
    }
  })();

  while (true) {
    if (buffer.length > 0) {
      const item = buffer.shift() as T;
      waiting.producer?.();
      waiting.producer = null;
      yield item;
    } else if (failure !== null) {
      throw (failure as { error: unknown }).error;
    } else if (done) {
      break;
    } else {
      await new Promise<void>((resolve) => { waiting.consumer = resolve; });
    }
  }
  await pump;
}
