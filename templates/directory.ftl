<#ftl output_format="HTML" strip_whitespace=true>
<#-- One numbered page of the directory. The first page also carries the filter, whose results the
     script lists from the filter index; the others are plain pages for readers without JavaScript. -->
<#import "macros.ftl" as g>
<#assign site = content.site page = content.page root = content.page.root pages = content.pagination>
<@g.layout site=site page=page scripts=content.filterable?then([site.urls.filterScript], [])>
<#if content.breadcrumbs?has_content><@g.breadcrumbs root=root trail=content.breadcrumbs/></#if>
<h1>Directory</h1>
<p class="lead">Every entry in the guide: ${pages.total} in all<#if (pages.count > 1)>, ${pages.count} pages of cards</#if>.</p>
<#if content.filterable>
<#-- A tiny blocking script: marks the page as one the filter will run on before the filter's
     column is laid out, so the form takes its place from the first paint (no layout shift). -->
<script src="${root}${site.urls.filterFlagScript}"></script>
</#if>
<div class="directory">
  <aside class="filters" aria-label="Filters">
    <#-- Without JavaScript: links to the static facet pages. The filter script hides them and shows the form. -->
    <nav class="facet-nav" id="facet-nav" aria-labelledby="facet-nav-heading">
      <h2 id="facet-nav-heading">Browse by</h2>
      <@g.facetLinks facets=content.facets root=root/>
    </nav>
    <#if content.filterable>
    <#-- With JavaScript: the same facets as checkboxes. Its query string is the filter's URL state. -->
    <form class="filter-form" id="filter" action="./" method="get" role="search" aria-labelledby="filter-heading" data-index="${root}${site.urls.filterIndex}" data-root="${root}" hidden>
      <h2 id="filter-heading">Filter</h2>
      <div class="filter-search">
        <label for="filter-q">Search</label>
        <input type="search" id="filter-q" name="q" autocomplete="off" spellcheck="false" aria-describedby="filter-q-hint">
        <p class="hint" id="filter-q-hint">Titles first, then tags and providers, then summaries.</p>
      </div>
      <#-- Open beside the results on wide screens; folded on phones so the results come first. -->
      <details class="filter-facets" id="filter-facets">
        <summary>${content.filterSummary}<span class="filter-active" id="filter-active"></span></summary>
        <#list content.facets as facet>
        <#if facet.terms?has_content>
        <fieldset class="facet" data-field="${facet.field}">
          <legend>${facet.label}</legend>
          <ul class="facet-options">
          <#list facet.terms as term>
            <li><input type="checkbox" id="f-${facet.field}-${term.id}" name="${facet.field}" value="${term.id}"><label for="f-${facet.field}-${term.id}">${term.label} <span class="count">${term.count}<span class="visually-hidden"><#if term.count == 1> entry<#else> entries</#if></span></span></label></li>
          </#list>
          </ul>
        </fieldset>
        </#if>
        </#list>
      </details>
    </form>
    </#if>
  </aside>
  <section class="results" aria-labelledby="results-heading">
    <h2 id="results-heading" class="visually-hidden">Entries</h2>
    <div class="results-bar">
      <p id="result-count" class="result-count" aria-live="polite" tabindex="-1"><#if content.filterable>Showing ${pages.total} of ${pages.total}<#else>Entries ${pages.first}–${pages.last} of ${pages.total}</#if></p>
      <#if content.filterable><button type="button" class="button button-secondary" id="filter-clear" hidden>Clear all filters</button></#if>
    </div>
    <#if content.filterable>
    <div class="empty filter-empty" id="filter-empty" hidden>
      <p>No entry matches all of these filters.</p>
      <p>Untick a filter, change the search, or <button type="button" class="button" id="filter-empty-clear">clear all filters</button></p>
    </div>
    </#if>
    <@g.cardList entries=content.entries root=root contribute=site.urls.contribute level=3 id="cards" filterable=true/>
    <div id="pages"><@g.pagination pages=pages root=root/></div>
  </section>
</div>
</@g.layout>
