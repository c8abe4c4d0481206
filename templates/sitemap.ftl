<#ftl output_format="XML" strip_whitespace=true>
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list content.urls as u>
  <url><loc>${u.loc}</loc><lastmod>${u.lastmod}</lastmod></url>
</#list>
</urlset>
