<#ftl output_format="HTML" strip_whitespace=true>
<#import "macros.ftl" as g>
<#assign site = content.site page = content.page root = content.page.root total = content.entries?size>
<@g.layout site=site page=page scripts=[site.urls.filterScript]>
<h1>Directory</h1>
<p class="lead">Every entry in the guide: ${total} in all.</p>
<div class="directory">
  <aside class="filters" aria-label="Filters">
    <#-- Without JavaScript: links to the static facet pages. The filter script hides them and shows the form. -->
    <nav class="facet-nav" id="facet-nav" aria-labelledby="facet-nav-heading">
      <h2 id="facet-nav-heading">Browse by</h2>
      <@g.facetLinks facets=content.facets root=root/>
    </nav>
    <#-- With JavaScript: the same facets as checkboxes. Its query string is the filter's URL state. -->
    <form class="filter-form" id="filter" action="./" method="get" role="search" aria-labelledby="filter-heading" data-page-size="120" hidden>
      <h2 id="filter-heading">Filter</h2>
      <div class="filter-search">
        <label for="filter-q">Search</label>
        <input type="search" id="filter-q" name="q" autocomplete="off" spellcheck="false" aria-describedby="filter-q-hint">
        <p class="hint" id="filter-q-hint">Titles, providers, summaries and tags.</p>
      </div>
      <#-- Open beside the results on wide screens; folded on phones so the results come first. -->
      <details class="filter-facets" id="filter-facets" open>
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
  </aside>
  <section class="results" aria-labelledby="results-heading">
    <h2 id="results-heading" class="visually-hidden">Entries</h2>
    <div class="results-bar">
      <p id="result-count" class="result-count" aria-live="polite" tabindex="-1">Showing ${total} of ${total}</p>
      <button type="button" class="button button-secondary" id="filter-clear" hidden>Clear all filters</button>
    </div>
    <div class="empty filter-empty" id="filter-empty" hidden>
      <p>No entry matches all of these filters.</p>
      <p>Untick a filter, change the search, or <button type="button" class="button" id="filter-empty-clear">clear all filters</button></p>
    </div>
    <@g.cardList entries=content.entries root=root contribute=site.urls.contribute level=3 id="cards" filterable=true/>
    <p class="filter-more" id="filter-more-wrap" hidden><button type="button" class="button button-secondary" id="filter-more">Show more</button></p>
  </section>
</div>
</@g.layout>
