<#ftl output_format="HTML" strip_whitespace=true>
<#import "macros.ftl" as g>
<#assign site = content.site page = content.page>
<@g.layout site=site page=page>
<article class="prose">
  <h1>${page.title}</h1>
  ${content.body?no_esc}
</article>
</@g.layout>
