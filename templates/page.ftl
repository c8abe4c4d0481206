<#ftl output_format="HTML" strip_whitespace=true>
<#import "macros.ftl" as g>
<#assign site = content.site page = content.page root = content.page.root>
<@g.layout site=site page=page>
<article class="prose">
  <h1>${page.title}</h1>
  ${content.body?no_esc}
  <#list content.stateOfTheGuide as state>
  <section class="state-of-the-guide" aria-labelledby="state-heading">
    <h2 id="state-heading">State of the guide</h2>
    <p>Worked out from the entries when the site was built, on <time datetime="${state.today}">${state.today}</time>.</p>
    <ul class="state-figures">
      <li><strong>${state.entries}</strong> <#if state.entries == 1>entry<#else>entries</#if> <a href="${root}${site.urls.directory}">in the directory</a></li>
      <li><strong>${state.reviewedRecently}</strong> reviewed against their sources in the last ${state.recentMonths} months</li>
      <#if state.linksUnchecked == state.entries>
      <li>Links not checked yet</li>
      <#else>
      <li><strong>${state.linksVerified}</strong> of ${state.entries} links found working by the last link check<#if state.linksBroken gt 0>, ${state.linksBroken} broken</#if></li>
      </#if>
    </ul>
    <#if state.thin?has_content>
    <p>Thin cells of the grid (fewer than ${state.thinBelow} entries): <a href="${root}${site.urls.contribute}">suggest an entry</a> for one.</p>
    <ul class="cell-links state-thin">
    <#list state.thin as cell><li><a href="${root}${cell.path}">${cell.label}</a> <span class="count">${cell.count}</span></li></#list>
    </ul>
    <#else>
    <p>Every cell of the grid has at least ${state.thinBelow} entries.</p>
    </#if>
  </section>
  </#list>
</article>
</@g.layout>
