// A per-client token bucket: `rate` requests per second, bursts of up to one second's worth.
// The table of clients is bounded; the client idle longest is forgotten first.

export interface RateDecision {
  allowed: boolean;
  /** Whole seconds until the next request would be allowed (0 when allowed). */
  retryAfter: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  /** `rate` requests per second per client (0 = no limit); at most `maxClients` remembered. */
  constructor(
    readonly rate: number,
    private readonly maxClients = 10_000,
  ) {}

  /** Takes one request for `client` at time `now` (ms). */
  take(client: string, now: number): RateDecision {
    if (this.rate <= 0) return { allowed: true, retryAfter: 0 };
    const capacity = Math.max(1, this.rate);
    const previous = this.buckets.get(client);
    const tokens = previous ? Math.min(capacity, previous.tokens + ((now - previous.at) / 1000) * this.rate) : capacity;
    // Re-insert so the Map's order is least recently seen first.
    this.buckets.delete(client);
    if (this.buckets.size >= this.maxClients) {
      const oldest = this.buckets.keys().next();
      if (!oldest.done) this.buckets.delete(oldest.value);
    }
    if (tokens >= 1) {
      this.buckets.set(client, { tokens: tokens - 1, at: now });
      return { allowed: true, retryAfter: 0 };
    }
    this.buckets.set(client, { tokens, at: now });
    return { allowed: false, retryAfter: Math.max(1, Math.ceil((1 - tokens) / this.rate)) };
  }

  get size(): number {
    return this.buckets.size;
  }
}
