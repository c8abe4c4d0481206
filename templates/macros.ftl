<#ftl output_format="HTML" strip_whitespace=true>
<#-- The guide's one layout and its shared fragments. Every page template imports this file as "g". -->

<#-- The page frame: head, skip link, header, main, footer. Every template calls it exactly once. -->
<#macro layout site page scripts=[] ogType="website" jsonld="" indexable=true>
<#local root = page.root>
<#local home = root?has_content?then(root, "./")>
<!DOCTYPE html>
<html lang="${site.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'">
<meta name="referrer" content="strict-origin-when-cross-origin">
<title><#if page.path?has_content>${page.title} · ${site.title}<#else>${site.title}</#if></title>
<meta name="description" content="${page.description}">
<#if indexable>
<link rel="canonical" href="${page.canonical}">
<#else>
<meta name="robots" content="noindex">
</#if>
<meta property="og:type" content="${ogType}">
<meta property="og:site_name" content="${site.title}">
<meta property="og:title" content="${page.title}">
<meta property="og:description" content="${page.description}">
<#if indexable><meta property="og:url" content="${page.canonical}"></#if>
<meta name="generator" content="Social Learning Guide ${site.version} (JBake)">
<link rel="alternate" type="application/atom+xml" title="${site.title}: new entries" href="${root}feed.xml">
<link rel="icon" href="${root}img/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${root}css/site.css">
<#if jsonld?has_content><script type="application/ld+json">${jsonld?no_esc}</script></#if>
<#list scripts as script><script src="${root}${script}" defer></script></#list>
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <div class="wrap">
    <a class="brand" href="${home}"><img src="${root}img/favicon.svg" alt="" width="28" height="28"> ${site.title}</a>
    <nav aria-label="Main">
      <ul class="nav">
        <li><a href="${root}directory/"<#if page.path == "directory/"> aria-current="page"</#if>>Directory</a></li>
        <li><a href="${root}about/"<#if page.path == "about/"> aria-current="page"</#if>>About</a></li>
        <li><a href="${root}contribute/"<#if page.path == "contribute/"> aria-current="page"</#if>>Contribute</a></li>
      </ul>
    </nav>
  </div>
</header>
<main id="main" tabindex="-1">
<div class="wrap">
<#nested>
</div>
</main>
<footer class="site-footer">
  <div class="wrap">
    <p>${site.title} is curated by its community. <a href="${root}contribute/">Suggest or fix an entry</a>.</p>
    <p><a href="${root}feed.xml">Atom feed</a> · <a href="${root}entries.json">Open data (JSON)</a> · <a href="${root}schema/entries.schema.json">Data schema</a> · <a href="${root}sitemap.xml">Sitemap</a><#if site.built??> · Built ${site.built}</#if></p>
  </div>
</footer>
</body>
</html>
</#macro>

<#-- One entry as a card. In the directory (filterable=true) it carries its facet values as data-*
     attributes for the filter script; elsewhere it does not need them. -->
<#macro card entry root level=2 filterable=false>
<#if filterable>
<li class="card" id="card-${entry.slug}" data-slug="${entry.slug}" data-kind="${entry.data.kind}" data-areas="${entry.data.areas}" data-modes="${entry.data.modes}" data-cost="${entry.data.cost}" data-format="${entry.data.format}" data-pace="${entry.data.pace}" data-language="${entry.data.language}" data-tags="${entry.tags?join(' ')}">
<#else>
<li class="card">
</#if>
  <h${level} class="card-title"><a href="${root}${entry.path}">${entry.title}</a></h${level}>
  <p class="card-provider">${entry.provider}</p>
  <p class="card-summary">${entry.summary}</p>
  <ul class="card-facts" aria-label="Facets">
    <li class="pill pill-kind">${entry.kind.label}</li>
    <#list entry.modes as mode><li class="pill pill-mode">${mode.label}</li></#list>
    <li class="pill">${entry.cost.label}</li>
    <#if entry.link?? && entry.link.broken><li class="pill pill-warning">Link may be broken</li></#if>
  </ul>
</li>
</#macro>

<#-- A list of cards, or a friendly empty state. -->
<#macro cardList entries root level=2 id="" filterable=false>
<#if entries?has_content>
<ol class="cards"<#if id?has_content> id="${id}"</#if>>
<#list entries as entry><@card entry=entry root=root level=level filterable=filterable/></#list>
</ol>
<#else>
<p class="empty">No entries here yet. <a href="${root}contribute/">Know a good one? Add it.</a></p>
</#if>
</#macro>

<#-- Where a page sits: a trail of {label, path} links; the last one, without a path, is the page itself. -->
<#macro breadcrumbs root trail>
<nav class="breadcrumbs" aria-label="Breadcrumb">
  <ol>
  <#list trail as crumb><li><#if crumb.path??><a href="${root}${crumb.path}">${crumb.label}</a><#else><span aria-current="page">${crumb.label}</span></#if></li></#list>
  </ol>
</nav>
</#macro>

<#-- A compact list of entries: title and provider. -->
<#macro entryLinks entries root>
<ul class="entry-links">
<#list entries as entry><li><a href="${root}${entry.path}">${entry.title}</a> <span class="entry-links-provider">${entry.provider}</span></li></#list>
</ul>
</#macro>

<#-- Links to the facet pages of a list of terms. -->
<#macro termLinks terms root><#list terms as term><a href="${root}${term.path}">${term.label}</a><#sep>, </#list></#macro>

<#-- The facts table of an entry page. -->
<#macro entryFacts entry root>
<table class="facts">
  <tbody>
    <tr><th scope="row">Kind</th><td><@termLinks terms=[entry.kind] root=root/></td></tr>
    <tr><th scope="row">Skill areas</th><td><@termLinks terms=entry.areas root=root/></td></tr>
    <tr><th scope="row">Learning modes</th><td><@termLinks terms=entry.modes root=root/></td></tr>
    <tr><th scope="row">Provider</th><td>${entry.provider}</td></tr>
    <tr><th scope="row">Cost</th><td><@termLinks terms=[entry.cost] root=root/></td></tr>
    <tr><th scope="row">Format</th><td><@termLinks terms=[entry.format] root=root/></td></tr>
    <#if entry.pace??><tr><th scope="row">Pace</th><td><@termLinks terms=[entry.pace] root=root/></td></tr></#if>
    <tr><th scope="row">Language</th><td><@termLinks terms=entry.languages root=root/></td></tr>
    <tr><th scope="row">In the guide since</th><td><time datetime="${entry.date}">${entry.date}</time></td></tr>
    <tr><th scope="row">Link last verified</th><td><#if entry.link?? && entry.link.verified??><time datetime="${entry.link.verified}">${entry.link.verified}</time><#else>Not checked yet.</#if></td></tr>
    <tr><th scope="row">Facts last reviewed</th><td><#if entry.reviewed??><time datetime="${entry.reviewed}">${entry.reviewed}</time><#else>Not yet reviewed: check the details with the provider.</#if></td></tr>
    <#if entry.tags?has_content><tr><th scope="row">Tags</th><td>${entry.tags?join(", ")}</td></tr></#if>
  </tbody>
</table>
</#macro>

<#-- Facet links with counts: the no-JavaScript way to narrow the directory. -->
<#macro facetLinks facets root>
<#list facets as facet>
<#if facet.terms?has_content>
<h3 class="facet-heading">${facet.label}</h3>
<ul class="facet-links">
<#list facet.terms as term><li><a href="${root}${term.path}">${term.label}</a> <span class="count">${term.count}</span></li></#list>
</ul>
</#if>
</#list>
</#macro>
