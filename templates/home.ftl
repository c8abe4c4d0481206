<#ftl output_format="HTML" strip_whitespace=true>
<#import "macros.ftl" as g>
<#assign site = content.site page = content.page root = content.page.root>
<@g.layout site=site page=page scripts=[site.urls.homeScript]>
<section class="hero">
  <h1>${site.title}</h1>
  <p class="lead">${site.description}</p>
  <p><a class="button" href="${root}${site.urls.directory}">Browse all ${content.total} entries</a></p>
</section>

<#list content.grid as grid>
<section aria-labelledby="grid-heading">
  <h2 id="grid-heading">Start from what you want to learn, and how</h2>
  <p>Each cell counts the entries for one ${grid.rowsLabel?lower_case} and one ${grid.columnsLabel?lower_case}: open one to see them.</p>
  <div class="grid-scroll">
  <table class="grid">
    <caption class="visually-hidden">Entries by ${grid.rowsLabel?lower_case} and ${grid.columnsLabel?lower_case}</caption>
    <thead>
      <tr><td></td><#list grid.columns as column><th scope="col"><a href="${root}${column.path}">${column.label}</a></th></#list></tr>
    </thead>
    <tbody>
      <#list grid.rows as row>
      <tr>
        <th scope="row"><a href="${root}${row.term.path}">${row.term.label}</a><span class="grid-desc" aria-hidden="true">${row.term.description}</span></th>
        <#list row.cells as cell>
        <#if cell.count gt 0>
        <td><a class="cell-link" href="${root}${cell.path}" data-directory-href="${root}${cell.filterPath}"><span class="cell-count">${cell.count}</span><span class="visually-hidden"> entries for ${cell.label}</span></a></td>
        <#else>
        <td><a class="cell-link cell-empty" href="${root}${site.urls.contribute}"><span class="cell-none">none yet — suggest one</span><span class="visually-hidden"> for ${cell.label}</span></a></td>
        </#if>
        </#list>
      </tr>
      </#list>
    </tbody>
  </table>
  </div>
</section>
</#list>

<#list content.lists as facet>
<section aria-labelledby="${facet.field}-heading">
  <h2 id="${facet.field}-heading">By ${facet.label?lower_case}</h2>
  <ul class="term-tiles">
    <#list facet.terms as term>
    <li><a href="${root}${term.path}"><strong>${term.label}</strong> <span class="count">${term.count}</span></a><span class="term-desc">${term.description}</span></li>
    </#list>
  </ul>
</section>
</#list>

<section aria-labelledby="recent-heading">
  <h2 id="recent-heading">Recently added</h2>
  <@g.cardList entries=content.recent root=root contribute=site.urls.contribute level=3/>
</section>

<section aria-labelledby="reviewed-heading">
  <h2 id="reviewed-heading">Recently reviewed</h2>
  <#if content.reviewed?has_content>
  <p>Entries whose facts a curator last confirmed against their sources:</p>
  <ul class="entry-links reviewed-links">
  <#list content.reviewed as entry><li><a href="${root}${entry.path}">${entry.title}</a> <span class="entry-links-provider">${entry.provider}</span> <time datetime="${entry.reviewed}">${entry.reviewed}</time></li></#list>
  </ul>
  <#else>
  <p class="empty">No entry has been reviewed yet.</p>
  </#if>
</section>

<section aria-labelledby="what-heading">
  <h2 id="what-heading">What is social learning?</h2>
  <p>Most of what people learn at work they learn from and with others, every day, in the flow of work. Social tools can amplify that learning, but they are neither necessary nor sufficient. <a href="${root}${site.urls.about}">Read more about the guide</a>.</p>
</section>
</@g.layout>
