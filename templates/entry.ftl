<#ftl output_format="HTML" strip_whitespace=true>
<#import "macros.ftl" as g>
<#assign site = content.site page = content.page root = content.page.root entry = content.entry related = content.related>
<@g.layout site=site page=page ogType="article" jsonld=content.jsonld!"">
<article class="entry">
  <p class="breadcrumbs"><a href="${root}directory/">Directory</a> <span aria-hidden="true">›</span> <a href="${root}${entry.kind.path}">${entry.kind.label}</a></p>
  <h1>${entry.title}</h1>
  <p class="lead">${entry.summary}</p>
  <p class="provider">By ${entry.provider}</p>
  <p><a class="button" href="${entry.url}" rel="noopener noreferrer">Go to ${entry.title}<span class="visually-hidden"> (opens ${entry.provider}'s site)</span></a></p>

  <section aria-labelledby="facts-heading">
    <h2 id="facts-heading">Facts</h2>
    <@g.entryFacts entry=entry root=root/>
  </section>

  <section class="entry-body" aria-labelledby="body-heading">
    <h2 id="body-heading">About this entry</h2>
    ${content.body?no_esc}
  </section>

  <section aria-labelledby="related-heading">
    <h2 id="related-heading">More for ${related.area.label}, ${related.mode.label?lower_case}</h2>
    <@g.cardList entries=related.entries root=root level=3/>
    <p><a href="${root}${related.path}">All ${related.count} entries in this cell</a></p>
  </section>
</article>
</@g.layout>
