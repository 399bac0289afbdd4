/**
 * Per-host politeness: at most `maxConcurrent` requests in flight to one host, and request starts
 * at least `intervalMs` apart (robots.txt's Crawl-delay raises it for that host).
 */
export interface HostGate {
  run<T>(host: string, intervalMs: number, task: () => Promise<T>): Promise<T>;
}

interface HostState {
  active: number;
  waiting: Array<() => void>;
  nextStartAt: number;
}

export function createHostGate(maxConcurrent: number): HostGate {
  const hosts = new Map<string, HostState>();
  const stateOf = (host: string): HostState => {
    let state = hosts.get(host);
    if (!state) {
      state = { active: 0, waiting: [], nextStartAt: 0 };
      hosts.set(host, state);
    }
    return state;
  };
  return {
    async run(host, intervalMs, task) {
      const state = stateOf(host);
      while (state.active >= maxConcurrent) await new Promise<void>((resolve) => state.waiting.push(resolve));
      state.active += 1;
      try {
        // Reserve a start time before waiting, so requests queued together are spaced, not bunched.
        const startAt = Math.max(Date.now(), state.nextStartAt);
        state.nextStartAt = startAt + intervalMs;
        const delay = startAt - Date.now();
        if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
        return await task();
      } finally {
        state.active -= 1;
        state.waiting.shift()?.();
      }
    },
  };
}
