namespace Pryton.Testing;

/// <summary>The checkout's root folder (where Pryton.sln is), for tests that read the repository's own files.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pryton.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Pryton.sln not found above " + AppContext.BaseDirectory);
    }
}
