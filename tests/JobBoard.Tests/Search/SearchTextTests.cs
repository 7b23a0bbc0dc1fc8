using JobBoard.Search;

namespace JobBoard.Tests.Search;

/// <summary>How text becomes search terms (the browser mirrors these rules; see SearchPageTests).</summary>
public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Senior Backend Engineer", "senior backend engineer")]
    [InlineData("KUBERNETES, PostgreSQL!", "kubernetes postgresql")]
    [InlineData("Café Numérique", "cafe numerique")]
    [InlineData("Straße, Œuvre, Łódź, Ærø", "strasse oeuvre lodz aero")]
    [InlineData("İstanbul İZMİR, Hà Nội ẠẢ, Ĳssel", "istanbul izmir ha noi aa ijssel")] // the slugs' table: one fold for both
    [InlineData("C++ and C# or F#", "c++ and c# or f#")]
    [InlineData("a+b, c+++", "a b c++")]
    [InlineData("node.js / ci-cd", "node js ci cd")]
    [InlineData("x86_64 3.5", "x86 64 3 5")]
    [InlineData("日本語 Москва", "日本語 москва")]
    [InlineData("  ", "")]
    public void Tokens_are_folded_words(string text, string expected) =>
        Assert.Equal(expected, string.Join(' ', SearchText.Tokens(text)));

    [Theory]
    [InlineData("engineers", "engineer")]
    [InlineData("companies", "company")]
    [InlineData("classes", "class")]
    [InlineData("matches", "match")]
    [InlineData("boxes", "box")]
    [InlineData("redis", "redis")]
    [InlineData("status", "status")]
    [InlineData("macos", "macos")]
    [InlineData("class", "class")]
    [InlineData("aws", "aws")]
    [InlineData("ies", "ies")]
    [InlineData("c++", "c++")]
    [InlineData("k8s", "k8s")]
    [InlineData("kubernetes", "kubernete")]
    public void Plurals_are_stripped_lightly(string term, string expected) =>
        Assert.Equal(expected, SearchText.Stem(term));

    [Fact]
    public void Singular_and_plural_give_the_same_term() =>
        Assert.Equal(SearchText.Terms("Engineering Managers Companies"), SearchText.Terms("engineering manager company"));

    [Theory]
    [InlineData("ka", "ka")]
    [InlineData("c+", "c_002b")]
    [InlineData("c#", "c_0023")]
    [InlineData("日", "_65e5")]
    public void File_keys_are_safe_names(string prefix, string expected) =>
        Assert.Equal(expected, SearchText.FileKey(prefix));
}
