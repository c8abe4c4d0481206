<#ftl output_format="HTML" strip_whitespace=true>
<#import "macros.ftl" as g>
<#assign site = content.site page = content.page root = content.page.root>
<@g.layout site=site page=page indexable=false>
<h1>Page not found</h1>
<p class="lead">There is no page at this address. It may have moved, or the link may be mistyped.</p>
<ul>
  <li><a href="${root}">Go to the home page</a></li>
  <li><a href="${root}${site.urls.directory}">Browse the directory</a></li>
</ul>
</@g.layout>
