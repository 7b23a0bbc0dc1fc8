namespace JobBoard.Check;

/// <summary>
/// What an apply link answered when it was last requested: a result of <see cref="LinkChecker"/>
/// and an entry of <see cref="LinkCache"/>.
/// </summary>
public sealed record LinkStatus
{
    public required string Url { get; init; }

    /// <summary>The HTTP status of the last answer, after redirects; 0 when there was none (see <see cref="Problem"/>).</summary>
    public required int Status { get; init; }

    /// <summary>Where the redirects led; the <see cref="Url"/> itself when there were none.</summary>
    public required string FinalUrl { get; init; }

    /// <summary>The status of the first redirect (301, 302, 307, 308...), or null when the link answered itself.</summary>
    public int? Redirect { get; init; }

    /// <summary>The phrase of <see cref="ClosedJobPhrases"/> that the page says, or null.</summary>
    public string? ClosedPhrase { get; init; }

    /// <summary>Why there is no answer (no answer in time, no connection...), or null.</summary>
    public string? Problem { get; init; }

    /// <summary>When the link was requested, UTC, whole seconds.</summary>
    public required DateTime CheckedAt { get; init; }
}
