namespace JobBoard.Model;

/// <summary>
/// Every diagnostic code the generator emits. Codes are stable: tests and CI annotations
/// refer to them, so a code is never reused for a different problem.
/// JB01xx reading and parsing files, JB02xx normalizing values, JB03xx site-wide rules,
/// JB04xx configuration and theme.
/// </summary>
public static class DiagnosticCodes
{
    public const string UnreadableFile = "JB0101";
    public const string FrontMatterNotClosed = "JB0102";
    public const string InvalidYaml = "JB0103";
    public const string EmptyFile = "JB0104";
    public const string BinaryFile = "JB0105";
    public const string FileTooLarge = "JB0106";
    public const string YamlTooComplex = "JB0107";
    public const string InvalidUtf8 = "JB0108";
    public const string DuplicateKey = "JB0109";
    public const string FileOutsideJobs = "JB0110";
    public const string LinkOutsideInput = "JB0111";
    public const string LinkToFolder = "JB0112";
    public const string NotRegularFile = "JB0113";
    public const string LinkLoop = "JB0114";
    public const string InvalidPage = "JB0115";
    public const string InvalidToml = "JB0116";
    public const string InvalidJson = "JB0117";
    public const string LenientYaml = "JB0118";

    public const string MissingTitle = "JB0201";
    public const string InferredTitle = "JB0202";
    public const string InferredCompany = "JB0203";
    public const string UnknownKey = "JB0204";
    public const string UnparsedValue = "JB0205";
    public const string UnsafeUrl = "JB0206";
    public const string InvalidSlug = "JB0207";
    public const string SalaryRangeInverted = "JB0208";
    public const string UnknownTag = "JB0209";
    public const string UnknownCurrency = "JB0210";
    public const string FutureDatePosted = "JB0211";
    public const string UnsafeRedirect = "JB0212";
    public const string NegativeSalary = "JB0213";
    public const string SalaryNotFinite = "JB0214";
    public const string LocationsCut = "JB0215";
    public const string NoApplyLinkInValue = "JB0216";
    public const string PageSlugTaken = "JB0219";
    public const string UnsafeSiteUrl = "JB0220";
    public const string RemoteWithoutRegion = "JB0221";
    public const string LogoOnlyInStructuredData = "JB0222";
    public const string InvalidCompanyProfile = "JB0223";
    public const string UnknownLanguage = "JB0224";
    public const string OverBudget = "JB0225";
    public const string InvalidBudget = "JB0226";

    public const string MissingRequiredField = "JB0301";
    public const string DuplicateSlug = "JB0302";
    public const string DuplicatePosting = "JB0303";
    public const string ValidThroughBeforePosted = "JB0304";
    public const string ExpiredNotArchived = "JB0305";
    public const string FileNameNotSlug = "JB0306";
    public const string ExpiresSoon = "JB0307";
    public const string PossiblyFilled = "JB0309";
    public const string ApplyLinkBroken = "JB0310";
    public const string ApplyLinkMoved = "JB0311";
    public const string LikelyDuplicate = "JB0312";

    public const string InvalidSiteConfig = "JB0401";
    public const string TemplateError = "JB0402";
    public const string MissingInput = "JB0403";
    public const string InvalidTranslation = "JB0404";
    public const string MissingTranslation = "JB0405";
}
