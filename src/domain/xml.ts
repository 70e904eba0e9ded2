/** A small XML writer: escaped text and attributes, no dependency. Pure. */

/** Characters XML 1.0 does not allow (controls other than tab, newline and carriage return) are dropped. */
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export type XmlNode = { name: string; attrs?: Record<string, string>; children?: (XmlNode | string)[] };

/** An element with attributes and children (strings are text); empty elements close themselves. */
export function el(name: string, attrs: Record<string, string> = {}, ...children: (XmlNode | string)[]): XmlNode {
  return { name, attrs, children };
}

export function renderXml(node: XmlNode, indent = ''): string {
  const attrs = Object.entries(node.attrs ?? {})
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
  const children = node.children ?? [];
  if (children.length === 0) return `${indent}<${node.name}${attrs}/>`;
  if (children.every((child) => typeof child === 'string')) {
    return `${indent}<${node.name}${attrs}>${children.map((c) => escapeXml(c as string)).join('')}</${node.name}>`;
  }
  const inner = children
    .map((child) => (typeof child === 'string' ? `${indent}  ${escapeXml(child)}` : renderXml(child, `${indent}  `)))
    .join('\n');
  return `${indent}<${node.name}${attrs}>\n${inner}\n${indent}</${node.name}>`;
}

export function xmlDocument(root: XmlNode): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${renderXml(root)}\n`;
}
