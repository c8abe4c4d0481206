<#ftl output_format="HTML" strip_whitespace=true>
<#import "macros.ftl" as g>
<#assign site = content.site page = content.page root = content.page.root>
<@g.layout site=site page=page>
<h1>Directory</h1>
<p class="lead">Every entry in the guide: ${content.entries?size} courses, coaches, communities and accreditations.</p>
<div class="directory">
  <aside class="filters" aria-labelledby="filters-heading">
    <h2 id="filters-heading">Browse by</h2>
    <nav class="facet-nav" aria-label="Facet pages">
      <@g.facetLinks facets=content.facets root=root/>
    </nav>
  </aside>
  <section class="results" aria-labelledby="results-heading">
    <h2 id="results-heading" class="visually-hidden">Entries</h2>
    <p id="result-count" class="result-count" aria-live="polite">Showing ${content.entries?size} of ${content.entries?size}</p>
    <@g.cardList entries=content.entries root=root level=3 id="cards" filterable=true/>
  </section>
</div>
</@g.layout>
