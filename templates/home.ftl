<#ftl output_format="HTML" strip_whitespace=true>
<#import "macros.ftl" as g>
<#assign site = content.site page = content.page root = content.page.root>
<@g.layout site=site page=page scripts=["js/home.js"]>
<section class="hero">
  <h1>${site.title}</h1>
  <p class="lead">${site.description}</p>
  <p><a class="button" href="directory/">Browse all ${content.total} entries</a></p>
</section>

<section aria-labelledby="grid-heading">
  <h2 id="grid-heading">Start from what you want to learn, and how</h2>
  <p>Three skill areas, three ways to learn. Each cell counts the entries that teach that skill in that way: open one to see them.</p>
  <div class="grid-scroll">
  <table class="grid">
    <caption class="visually-hidden">Entries by skill area and learning mode</caption>
    <thead>
      <tr><td></td><#list content.modes as mode><th scope="col"><a href="${mode.path}">${mode.label}</a></th></#list></tr>
    </thead>
    <tbody>
      <#list content.rows as row>
      <tr>
        <th scope="row"><a href="${row.path}">${row.label}</a><span class="grid-desc" aria-hidden="true">${row.description}</span></th>
        <#list row.cells as cell>
        <td><a class="cell-link" href="${cell.path}" data-directory-href="directory/?areas=${row.id}&amp;modes=${cell.mode.id}"><span class="cell-count">${cell.count}</span><span class="visually-hidden"> entries for ${row.label}, ${cell.mode.label}</span></a></td>
        </#list>
      </tr>
      </#list>
    </tbody>
  </table>
  </div>
</section>

<section aria-labelledby="kinds-heading">
  <h2 id="kinds-heading">By kind</h2>
  <ul class="kinds">
    <#list content.kinds as kind>
    <li><a href="${kind.path}"><strong>${kind.label}</strong> <span class="count">${kind.count}</span></a><span class="kind-desc">${kind.description}</span></li>
    </#list>
  </ul>
</section>

<section aria-labelledby="recent-heading">
  <h2 id="recent-heading">Recently added</h2>
  <@g.cardList entries=content.recent root=root level=3/>
</section>

<section aria-labelledby="what-heading">
  <h2 id="what-heading">What is social learning?</h2>
  <p>Most of what people learn at work they learn from and with others, every day, in the flow of work. Social tools can amplify that learning, but they are neither necessary nor sufficient. <a href="about/">Read more about the guide and its three skill areas</a>.</p>
</section>
</@g.layout>
