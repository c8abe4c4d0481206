<#ftl output_format="XML" strip_whitespace=true>
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${content.site.language}">
  <title>${content.site.title}</title>
  <subtitle>${content.site.description}</subtitle>
  <link href="${content.page.canonical}" rel="self" type="application/atom+xml"/>
  <link href="${content.site.baseUrl}" rel="alternate" type="text/html"/>
  <id>${content.site.baseUrl}</id>
  <updated>${content.updated}</updated>
  <author><name>${content.site.title} curators</name></author>
  <generator version="${content.site.version}">Social Learning Guide (JBake)</generator>
<#list content.entries as e>
  <entry>
    <title>${e.title}</title>
    <link href="${e.absolute}" rel="alternate" type="text/html"/>
    <id>${e.absolute}</id>
    <published>${e.published}</published>
    <updated>${e.updated}</updated>
    <summary>${e.summary}</summary>
<#list e.categories as c>
    <category term="${c.id}" label="${c.label}"/>
</#list>
  </entry>
</#list>
</feed>
