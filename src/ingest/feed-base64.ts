/**
 * Atom text constructs sent base64-encoded — Atom 0.3 `mode="base64"`, Atom 1.0 a non-text media
 * type such as `type="application/octet-stream"` — decoded before parsing (feedsmith drops the
 * attribute that says so). The decoded text becomes an escaped `type="html"` construct.
 */
const ENCODED_CONSTRUCT = /<((?:\w+:)?(?:title|subtitle|tagline|summary|content|rights|copyright|info))(\s[^>]*?)>([\s\S]*?)<\/\1>/g;
const BASE64_BODY = /^[\sA-Za-z0-9+/]*={0,2}\s*$/;

export function decodeBase64Constructs(xml: string): string {
  if (!/mode\s*=\s*["']base64|type\s*=\s*["']application\/octet-stream/i.test(xml)) return xml;
  return xml.replace(ENCODED_CONSTRUCT, (element, name: string, attributes: string, body: string) => {
    if (!isBase64Construct(attributes) || !BASE64_BODY.test(body)) return element;
    const decoded = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    const kept = attributes.replace(/\s(mode|type)\s*=\s*("[^"]*"|'[^']*')/gi, '');
    return `<${name}${kept} type="html">${escapeXml(decoded)}</${name}>`;
  });
}

function isBase64Construct(attributes: string): boolean {
  if (/\bmode\s*=\s*["']base64["']/i.test(attributes)) return true;
  const type = /\btype\s*=\s*["']([^"']+)["']/i.exec(attributes)?.[1]?.toLowerCase();
  if (!type || ['text', 'html', 'xhtml'].includes(type)) return false;
  return !type.startsWith('text/') && !/[/+]xml$/.test(type);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
