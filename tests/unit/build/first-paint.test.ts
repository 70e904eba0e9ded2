import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspHash, documentPolicy, framingPolicy } from '../../../scripts/vite-first-paint';

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('the page\'s Content-Security-Policy (scripts/vite-first-paint.ts)', () => {
  it('names an inline script or style by the SHA-256 of its exact text', () => {
    const text = 'console.log("Приштина")';
    expect(cspHash(text)).toBe(`'sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}'`);
    expect(cspHash(text)).not.toBe(cspHash(`${text} `));
  });

  it('allows the app\'s origin and the page\'s own inline script and style, and nothing inline besides', () => {
    const policy = documentPolicy({ scripts: ['boot()'], styles: ['body{margin:0}'] });
    const d = directives(policy);
    expect(d.get('script-src')).toEqual(["'self'", cspHash('boot()')]);
    expect(d.get('style-src')).toEqual(["'self'", cspHash('body{margin:0}')]);
    expect(d.get('connect-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|frame-ancestors/);
  });

  it('lets the app ask an API on another origin', () => {
    expect(directives(documentPolicy({ apiOrigin: 'https://api.example.org' })).get('connect-src')).toEqual(["'self'", 'https://api.example.org']);
  });

  it('leaves framing to the header: embeds by any site, other pages by none', () => {
    expect(framingPolicy(true)).toBe('frame-ancestors *');
    expect(framingPolicy(false)).toBe("frame-ancestors 'none'");
  });
});
