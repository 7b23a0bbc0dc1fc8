namespace JobBoard.Cli;

/// <summary>Process exit codes shared by every command.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Errors = 1;
    public const int Usage = 2;
}
