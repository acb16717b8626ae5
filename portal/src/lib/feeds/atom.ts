import { absoluteUrl } from "~/lib/site.ts";

/**
 * The one Atom 1.0 writer (RFC 4287) of the portal: every feed (a community's, a section's, a
 * county's, a jobs list's, an origin village's) goes through it, so all are valid the same way.
 * Hand-written rather than the `feed` package: that one cannot set xml:lang, category labels or
 * plain-text content, and marks every title as HTML.
 */
export interface AtomEntry {
  /** A tag URI that never changes with the host (RFC 4151). */
  id: string;
  title: string;
  /** The entry's page, a path of the portal; written as an absolute URL. */
  href: string;
  updated: string;
  published?: string;
  author?: string;
  category?: { term: string; label: string };
  summary?: string;
  content?: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** The feed's own path, e.g. /c/RJ-FUMIN/feed.xml. */
  self: string;
  /** The page the feed follows. */
  alternate: string;
  updated: string;
  entries: readonly AtomEntry[];
}

const xml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] ?? c);

/** Atom ids that never change with the host the portal is served from (RFC 4151 tag URIs). */
export const tagUri = (path: string) => `tag:sunboard,2026:${path}`;

const element = (name: string, value: string | undefined, indent = "    ") =>
  value === undefined ? [] : [`${indent}<${name}>${xml(value)}</${name}>`];

function entryXml(e: AtomEntry): string {
  return [
    "  <entry>",
    ...element("id", e.id),
    ...element("title", e.title),
    `    <link rel="alternate" type="text/html" href="${xml(absoluteUrl(e.href))}"/>`,
    ...element("published", e.published),
    ...element("updated", e.updated),
    ...(e.author ? [`    <author><name>${xml(e.author)}</name></author>`] : []),
    ...(e.category ? [`    <category term="${xml(e.category.term)}" label="${xml(e.category.label)}"/>`] : []),
    ...element("summary", e.summary),
    ...(e.content === undefined ? [] : [`    <content type="text">${xml(e.content)}</content>`]),
    "  </entry>",
  ].join("\n");
}

export function atomXml(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    ...element("id", feed.id, "  "),
    ...element("title", feed.title, "  "),
    ...element("subtitle", feed.subtitle, "  "),
    ...element("updated", feed.updated, "  "),
    `  <link rel="self" type="application/atom+xml" href="${xml(absoluteUrl(feed.self))}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(absoluteUrl(feed.alternate))}"/>`,
    "  <author><name>阳光公示栏</name></author>",
    "  <generator>Sunboard</generator>",
    ...feed.entries.map(entryXml),
    "</feed>",
    "",
  ].join("\n");
}

export const atomResponse = (feed: AtomFeed) =>
  new Response(atomXml(feed), { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
