<#ftl output_format="HTML" strip_whitespace=true>
<#-- The guide's one layout and its shared fragments. Every page template imports this file as "g".
     Templates read typed page views: a missing name is an error, never a silent gap. Links come
     from the views (site.urls, page.root, paths of entries and terms), never written here. -->

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
<link rel="alternate" type="application/atom+xml" title="${site.title}: new entries" href="${root}${site.urls.feed}">
<link rel="icon" href="${root}${site.urls.icon}" type="image/svg+xml">
<link rel="stylesheet" href="${root}${site.urls.stylesheet}">
<#if jsonld?has_content><script type="application/ld+json">${jsonld?no_esc}</script></#if>
<#-- Scripts are ES modules: they run once the page is parsed, before DOMContentLoaded (see js/filter.js). -->
<#list scripts as script><script type="module" src="${root}${script}"></script></#list>
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <div class="wrap">
    <a class="brand" href="${home}"><img src="${root}${site.urls.icon}" alt="" width="28" height="28"> ${site.title}</a>
    <nav aria-label="Main">
      <ul class="nav">
        <li><a href="${root}${site.urls.directory}"<#if page.path == site.urls.directory> aria-current="page"</#if>>Directory</a></li>
        <li><a href="${root}${site.urls.about}"<#if page.path == site.urls.about> aria-current="page"</#if>>About</a></li>
        <li><a href="${root}${site.urls.contribute}"<#if page.path == site.urls.contribute> aria-current="page"</#if>>Contribute</a></li>
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
    <p>${site.title} is curated by its contributors. <a href="${root}${site.urls.contribute}">Suggest or fix an entry</a>.</p>
    <p><a href="${root}${site.urls.feed}">Atom feed</a> · <a href="${root}${site.urls.entriesJson}">Open data (JSON)</a> · <a href="${root}${site.urls.schema}">Data schema</a> · <a href="${root}${site.urls.sitemap}">Sitemap</a><#if site.built?has_content> · Built ${site.built}</#if></p>
  </div>
</footer>
</body>
</html>
</#macro>

<#-- One entry as a card. In the directory (filterable=true) it carries its slug, as the cards the
     filter script draws from the filter index do (js/filter/cards.js makes the same markup). -->
<#macro card entry root level=2 filterable=false>
<#if filterable>
<li class="card" data-slug="${entry.slug}">
<#else>
<li class="card">
</#if>
  <h${level} class="card-title"><a href="${root}${entry.path}">${entry.title}</a></h${level}>
  <p class="card-provider">${entry.provider}</p>
  <p class="card-summary">${entry.summary}</p>
  <ul class="card-facts" aria-label="Facets">
    <#list entry.pills as pill><li class="pill pill-${pill.facet}">${pill.label}</li></#list>
    <#if entry.link.broken><li class="pill pill-warning">Link may be broken</li></#if>
  </ul>
</li>
</#macro>

<#-- A list of cards, or a friendly empty state. -->
<#macro cardList entries root contribute level=2 id="" filterable=false>
<#if entries?has_content>
<ol class="cards"<#if id?has_content> id="${id}"</#if>>
<#list entries as entry><@card entry=entry root=root level=level filterable=filterable/></#list>
</ol>
<#else>
<p class="empty">No entries here yet. <a href="${root}${contribute}">Know a good one? Add it.</a></p>
</#if>
</#macro>

<#-- The links between the numbered pages of a long list (js/filter/view.js draws the same for
     filtered results); nothing for a list that fits on one page. -->
<#macro pagination pages root>
<#if (pages.count > 1)>
<nav class="pagination" aria-label="Pages">
  <ul>
    <li class="pagination-prev"><#if pages.previous?has_content><a href="${root}${pages.previous}" rel="prev">Previous page</a></#if></li>
    <li class="pagination-at" aria-current="page">Page ${pages.number} of ${pages.count}</li>
    <li class="pagination-next"><#if pages.next?has_content><a href="${root}${pages.next}" rel="next">Next page</a></#if></li>
  </ul>
</nav>
</#if>
</#macro>

<#-- Where a page sits: a trail of {label, path} links; the last one, with an empty path, is the page itself. -->
<#macro breadcrumbs root trail>
<nav class="breadcrumbs" aria-label="Breadcrumb">
  <ol>
  <#list trail as crumb><li><#if crumb.path?has_content><a href="${root}${crumb.path}">${crumb.label}</a><#else><span aria-current="page">${crumb.label}</span></#if></li></#list>
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

<#-- The facts table of an entry page: the provider, every facet the entry has values for, the dates. -->
<#macro entryFacts entry root>
<table class="facts">
  <tbody>
    <tr><th scope="row">Provider</th><td>${entry.provider}</td></tr>
    <#list entry.facts as facet><tr><th scope="row">${facet.label}</th><td><@termLinks terms=facet.terms root=root/></td></tr></#list>
    <tr><th scope="row">In the guide since</th><td><time datetime="${entry.date}">${entry.date}</time></td></tr>
    <tr><th scope="row">Link last verified</th><td><#if entry.link.verified?has_content><time datetime="${entry.link.verified}">${entry.link.verified}</time><#else>Not checked yet.</#if></td></tr>
    <tr><th scope="row">Facts last reviewed</th><td><#if entry.reviewed?has_content><time datetime="${entry.reviewed}">${entry.reviewed}</time><#else>Not yet reviewed: check the details with the provider.</#if></td></tr>
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
