namespace JobBoard.Site;

/// <summary>An entry of the main navigation: <c>site.yml</c>'s <c>nav:</c> list, then the pages with <c>nav: true</c>.</summary>
/// <param name="Url">A site path such as <c>/remote/</c>, or an absolute http(s) or mailto URL.</param>
public sealed record NavLink(string Title, string Url);
