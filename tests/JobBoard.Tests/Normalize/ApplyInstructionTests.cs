using JobBoard.Normalize;

namespace JobBoard.Tests.Normalize;

/// <summary>
/// <see cref="ApplyLink"/> tries its instruction regex only on lines that hold one of <see cref="ApplyLink.InstructionWords"/>,
/// so every line the regex matches must hold one: on every posting here and beside the repository, and on random runs of
/// the phrases' words in every case (and letters that case folding treats specially).
/// </summary>
public sealed class ApplyInstructionTests
{
    private static readonly string[] Words =
    [
        "apply", "APPLY", "Apply", "applications", "Application", "here", "at", "via", "now", "for this", "please", "how to", "to",
        ":", " : ", ",", ".", "*", "-", "\n", " ", "send", "Send", "SEND", "your", "us your", "in your", "cv", "CV", "resume",
        "résumé", "e-mail", "E-Mail", "email", "EMAIL", "a", "should be sent", "form", "postuler", "Postulez", "candidater",
        "CANDIDATEZ", "envoie", "envoies", "envoyez", "Envoyez", "envoyer", "envoyer", "-nous", " nous", "écrivez", "Écrivez",
        "ÉCRIVEZ", "votre", "ta", "une", "candidature", "vos", "ton", "tes", "linkedin", "bewerbung", "Bewerben", "bewirb",
        "Bewirb", "dich", "ı", "İ", "K", "ſ", "x", "the", "link", "https://x.example/a", "a@b.example",
        // each phrase whole, as the random runs rarely put its words in order
        "apply online", "Apply by", "apply using", "apply with", "apply on our site here", "to apply:", "apply:", "how to apply",
        "send your cv", "Send us your résumé", "send in your application", "e-mail your resume", "EMAIL US YOUR CV",
        "email a application", "applications should be sent", "application form", "envoie-nous", "envoyez nous",
        "écrivez-nous", "envoyer votre candidature", "envoyez vos cv", "envoyer ton linkedin", "bewirb dich",
    ];

    [Fact]
    public void Every_line_the_instruction_regex_matches_holds_an_instruction_word()
    {
        var lines = PhraseMatcherTests.Texts(Words).SelectMany(text => text.Split('\n'));
        var missed = lines.Where(line => ApplyLink.Instruction().IsMatch(line) && !line.AsSpan().ContainsAny(ApplyLink.InstructionWords))
            .Take(3).ToList();
        Assert.True(missed.Count == 0, $"the instruction words miss: {string.Join(" | ", missed)}");
    }

    [Theory]
    [InlineData("To apply, write to jobs@acme.example", true)]
    [InlineData("Pour postuler, écrivez-nous à jobs@acme.example", true)]
    [InlineData("Bewirb dich unter jobs@acme.example", true)]
    [InlineData("We build payment software in Lyon.", false)]
    public void The_instruction_words_find_the_lines_that_may_hold_an_instruction(string line, bool holds) =>
        Assert.Equal(holds, line.AsSpan().ContainsAny(ApplyLink.InstructionWords));
}
