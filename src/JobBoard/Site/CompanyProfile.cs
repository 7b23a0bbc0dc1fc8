using System.Collections.Immutable;
using JobBoard.Normalize;

namespace JobBoard.Site;

/// <summary>
/// What a company says about itself in <c>input/companies/{slug}.md</c> (or <c>.yml</c>), shown above
/// its jobs and beside each of them. Every URL here is http, https or mailto (<see cref="Model.UrlPolicy"/>).
/// </summary>
/// <param name="Slug">The file's name: the slug of the company's name, as its page <c>/companies/{slug}/</c>.</param>
/// <param name="File">Input-relative path, for diagnostics.</param>
/// <param name="Description">The short description (plain text), or null.</param>
/// <param name="AboutHtml">The Markdown after the front matter, rendered; empty when there is none.</param>
/// <param name="Social">Named links (<c>github</c>, <c>mastodon</c>...), in the order written.</param>
public sealed record CompanyProfile(
    string Slug,
    string File,
    string? Name,
    string? Website,
    string? Description,
    string AboutHtml,
    CompanyLogo? Logo,
    ImmutableArray<SocialLink> Social);

/// <summary>A profile's logo as published: a content-hashed copy of the image in the input folder.</summary>
/// <param name="Url">Site path, e.g. <c>/logos/acme.3f2a9c1b0d.svg</c>.</param>
public sealed record CompanyLogo(string Url, int Width, int Height, OutputFile File);

public sealed record SocialLink(string Name, string Url);

/// <summary>The board's company profiles by slug, and the logo files they publish.</summary>
public sealed record CompanyProfiles(ImmutableSortedDictionary<string, CompanyProfile> BySlug)
{
    public static CompanyProfiles Empty { get; } = new(ImmutableSortedDictionary<string, CompanyProfile>.Empty.WithComparers(StringComparer.Ordinal));

    /// <summary>The profile of the company a posting names, matched as its page is: by the slug of the name.</summary>
    public CompanyProfile? Of(string? companyName) =>
        companyName is null ? null : BySlug.GetValueOrDefault(Slugger.Slugify(companyName));

    public IEnumerable<OutputFile> Logos => BySlug.Values.Select(p => p.Logo?.File).OfType<OutputFile>();
}
