<#ftl output_format="HTML" strip_whitespace=true>
<#import "macros.ftl" as g>
<#assign site = content.site page = content.page root = content.page.root>
<@g.layout site=site page=page indexable=content.entries?has_content>
<#if content.field == "cell">
<@g.breadcrumbs root=root trail=[{"label": "Directory", "path": "directory/"}, {"label": content.area.label, "path": content.area.path}, {"label": content.mode.label}]/>
<h1>${content.area.label}: ${content.mode.label?lower_case}</h1>
<p class="lead">${content.area.description}</p>
<p>${content.mode.label}: ${content.mode.description}</p>
<#assign query = "areas=" + content.area.id + "&modes=" + content.mode.id>
<#else>
<@g.breadcrumbs root=root trail=[{"label": "Directory", "path": "directory/"}, {"label": content.facetLabel + ": " + content.term.label}]/>
<h1>${content.facetLabel}: ${content.term.label}</h1>
<#if content.term.description?has_content><p class="lead">${content.term.description}</p></#if>
<#assign query = content.field + "=" + content.term.id>
<#if content.cells??>
<nav aria-label="Narrow down">
  <ul class="cell-links">
  <#list content.cells as cell><li><a href="${root}${cell.path}">${cell.label}</a> <span class="count">${cell.count}</span></li></#list>
  </ul>
</nav>
</#if>
</#if>
<p class="result-count">${content.entries?size} <#if content.entries?size == 1>entry<#else>entries</#if>. <a href="${root}directory/?${query}">Combine with other filters in the directory</a>.</p>
<@g.cardList entries=content.entries root=root/>
</@g.layout>
