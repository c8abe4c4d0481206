<#ftl output_format="HTML">
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${content.title}</title></head>
<body><h1>${content.title}</h1>
<p>${content.summary!}</p>
${content.body?no_esc}
<#if content.previousContent??><a href="${content.rootpath!}${content.previousContent.uri}">Previous</a></#if>
<#if content.nextContent??><a href="${content.rootpath!}${content.nextContent.uri}">Next</a></#if>
</body></html>
