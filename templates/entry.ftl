<#ftl output_format="HTML" strip_whitespace=true>
<#import "macros.ftl" as g>
<#assign site = content.site page = content.page root = content.page.root entry = content.entry>
<@g.layout site=site page=page ogType="article" jsonld=content.jsonld>
<article class="entry">
  <@g.breadcrumbs root=root trail=content.breadcrumbs/>
  <h1>${entry.title}</h1>
  <p class="lead">${entry.summary}</p>
  <#if entry.link.broken>
  <p class="notice notice-warning" role="note"><strong>This link may be broken.</strong> ${entry.link.detail} A curator has been told; the details below may be out of date.</p>
  </#if>
  <p class="provider">By ${entry.provider}</p>
  <p><a class="button" href="${entry.url}" rel="noopener noreferrer">Visit the provider's page<span class="visually-hidden"> for ${entry.title}</span></a> <span class="external-host">${entry.url?keep_after("://")?keep_before("/")}</span></p>

  <section aria-labelledby="facts-heading">
    <h2 id="facts-heading">Facts</h2>
    <@g.entryFacts entry=entry root=root/>
  </section>

  <section class="sources" aria-labelledby="sources-heading">
    <h2 id="sources-heading">Sources</h2>
    <#if entry.sources?has_content>
    <p>The public pages <#if entry.reviewed?has_content>a curator checked these facts against on <time datetime="${entry.reviewed}">${entry.reviewed}</time><#else>that confirm these facts</#if>:</p>
    <ul class="source-links">
    <#list entry.sources as source><li><a href="${source.url}" rel="noopener noreferrer">${source.url}</a> <span class="external-host">${source.host}</span></li></#list>
    </ul>
    <#else>
    <p>No sources listed yet: check the details with the provider.</p>
    </#if>
  </section>

  <section class="entry-body" aria-labelledby="body-heading">
    <h2 id="body-heading">About this entry</h2>
    ${content.body?no_esc}
  </section>

  <section aria-labelledby="related-heading">
    <h2 id="related-heading">Related entries</h2>
    <#if content.related?has_content>
    <p>Others that teach the same skill in the same way:</p>
    <@g.entryLinks entries=content.related root=root/>
    <#else>
    <p>No other entry shares this entry's cells yet.</p>
    </#if>
    <#if content.cells?has_content>
    <p>Browse the grid:</p>
    <ul class="cell-links">
    <#list content.cells as cell><li><a href="${root}${cell.path}">${cell.label}</a> <span class="count">${cell.count}</span></li></#list>
    </ul>
    </#if>
  </section>
</article>
</@g.layout>
