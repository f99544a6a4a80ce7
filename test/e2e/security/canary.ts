/**
 * Canary credentials and a scanner for their encodings (security.md §7 G1/G14). The canaries are generated per
 * run, so a hit can only come from this run's keys travelling somewhere they must not.
 */
import { randomBytes } from 'node:crypto';

export interface Canary {
  /** 'AK' or 'SK' (or a control's name): what a hit reports. */
  name: string;
  value: string;
}

export interface Hit {
  canary: string;
  encoding: string;
  /** Where it was found: the channel the caller named. */
  where: string;
  /** A short excerpt around the hit, for the failure message. */
  excerpt: string;
}

const hex = (bytes: number) => randomBytes(bytes).toString('hex');

/**
 * An AK/SK pair shaped like Huawei's (20 / 40 printable characters) with recognisable prefixes. The SK carries
 * '+' and '/' so its URL-encoded and base64url forms differ from the raw and base64 ones.
 */
export function makeCanaryKeys(): { ak: Canary; sk: Canary } {
  return {
    ak: { name: 'AK', value: `AKCANARY${hex(6).toUpperCase()}` },
    sk: { name: 'SK', value: `SKCANARY${hex(7)}+${hex(5)}/${hex(4)}` },
  };
}

/** A control secret for positive controls: planted on purpose to prove a channel is really scanned. */
export function makeControl(): Canary {
  return { name: 'CONTROL', value: `CTCANARY${hex(8)}` };
}

/**
 * The base64 characters that depend only on the secret's bytes, for each of the three byte alignments the
 * secret can have inside a longer encoded text (so `base64(JSON.stringify({sk}))` is caught too).
 */
function base64Cores(bytes: Buffer): string[] {
  const cores: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const text = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
    const first = Math.ceil((8 * offset) / 6);
    const end = Math.floor((8 * (offset + bytes.length)) / 6);
    cores.push(text.slice(first, end));
  }
  return cores;
}

/** Every form a secret is looked for in: raw, base64 and base64url (3 alignments each), hex, URL-encoded. */
export function encodingsOf(secret: string): { encoding: string; text: string }[] {
  const bytes = Buffer.from(secret, 'utf8');
  const cores = base64Cores(bytes);
  const forms = [
    { encoding: 'raw', text: secret },
    ...cores.map((text, i) => ({ encoding: `base64@${i}`, text })),
    ...cores.map((text, i) => ({ encoding: `base64url@${i}`, text: text.replace(/\+/g, '-').replace(/\//g, '_') })),
    { encoding: 'hex', text: bytes.toString('hex') },
    { encoding: 'HEX', text: bytes.toString('hex').toUpperCase() },
    { encoding: 'url', text: encodeURIComponent(secret) },
  ];
  // Identical forms (e.g. URL-encoding of a plain token) are looked for once.
  return forms.filter((f, i) => forms.findIndex((g) => g.text === f.text) === i);
}

/** Finds every encoding of every canary in `text`; `where` names the channel in the hits. */
export function scan(text: string, canaries: readonly Canary[], where: string): Hit[] {
  const hits: Hit[] = [];
  for (const canary of canaries) {
    for (const { encoding, text: needle } of encodingsOf(canary.value)) {
      let at = text.indexOf(needle);
      while (at >= 0) {
        hits.push({ canary: canary.name, encoding, where, excerpt: text.slice(Math.max(0, at - 40), at + 80) });
        at = text.indexOf(needle, at + 1);
      }
    }
  }
  return hits;
}

/** Scans several named channels at once. */
export function scanAll(channels: Record<string, string>, canaries: readonly Canary[]): Hit[] {
  return Object.entries(channels).flatMap(([where, text]) => scan(text, canaries, where));
}
