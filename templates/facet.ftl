<#ftl output_format="HTML" strip_whitespace=true>
<#-- One numbered page of the entries with one facet value, or in one cell of the home grid. -->
<#import "macros.ftl" as g>
<#assign site = content.site page = content.page root = content.page.root pages = content.pagination>
<@g.layout site=site page=page indexable=content.entries?has_content>
<@g.breadcrumbs root=root trail=content.breadcrumbs/>
<h1>${content.heading}</h1>
<#if content.lead?has_content><p class="lead">${content.lead}</p></#if>
<#if content.note?has_content><p>${content.note}</p></#if>
<#if content.cells?has_content>
<nav aria-label="Narrow down">
  <ul class="cell-links">
  <#list content.cells as cell><li><a href="${root}${cell.path}">${cell.label}</a> <span class="count">${cell.count}</span></li></#list>
  </ul>
</nav>
</#if>
<p class="result-count">${pages.total} <#if pages.total == 1>entry<#else>entries</#if><#if (pages.count > 1)>, ${pages.first}–${pages.last} on this page</#if>. <a href="${root}${content.filterPath}">Combine with other filters in the directory</a>.</p>
<@g.cardList entries=content.entries root=root contribute=site.urls.contribute/>
<@g.pagination pages=pages root=root/>
</@g.layout>
