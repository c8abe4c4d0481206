<#ftl output_format="plainText">
User-agent: *
Allow: /

Sitemap: ${content.site.baseUrl}${content.site.urls.sitemap}
