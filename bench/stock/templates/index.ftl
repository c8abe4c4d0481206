<#ftl output_format="HTML">
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>All entries</title></head>
<body><h1>All entries</h1><ul>
<#list published_entrys as e><li><a href="${e.uri}">${e.title}</a></li></#list>
</ul></body></html>
