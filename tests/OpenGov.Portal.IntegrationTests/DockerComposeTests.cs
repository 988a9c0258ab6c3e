using System.Diagnostics;
using System.Text.RegularExpressions;

namespace OpenGov.Portal.IntegrationTests;

public sealed class DockerComposeTests
{
    [Fact]
    public void The_compose_file_is_valid()
    {
        var repo = FindRepo();
        var psi = new ProcessStartInfo("docker-compose", ["-f", Path.Combine(repo, "docker-compose.yml"), "config", "-q"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = repo,
        };
        psi.Environment["PORTAL_DB_PASSWORD"] = "validation-only";
        psi.Environment["PORTAL_REPLICATION_PASSWORD"] = "validation-only";
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, "docker-compose config failed: " + err);
    }

    [Fact]
    public void Every_setting_the_compose_file_names_is_one_the_portal_reads()
    {
        var repo = FindRepo();
        var compose = File.ReadAllText(Path.Combine(repo, "docker-compose.yml"));
        var keys = Regex.Matches(compose, @"^\s+([A-Za-z]+(?:__[A-Za-z0-9]+)+):", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Contains("ConnectionStrings__Redis", keys);
        Assert.Contains("ConnectionStrings__PortalReadOnly", keys);
        Assert.Contains("Proxy__KnownNetworks__0", keys);
        var code = string.Join("\n", Directory.EnumerateFiles(Path.Combine(repo, "src", "OpenGov.Portal.Web"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText));
        var unread = keys.Where(k => !Reads(code, k)).ToList();
        Assert.True(unread.Count == 0, "docker-compose.yml sets settings the portal never reads: " + string.Join(", ", unread));
        Assert.False(Reads(code, "Portal__NoSuchSetting"));
    }

    /// <summary>ConnectionStrings__X: the code names connection "X"; A__B__0: the code reads "A:B" (an array).</summary>
    static bool Reads(string code, string envKey)
    {
        var parts = envKey.Split("__").Where(p => !p.All(char.IsDigit)).ToArray();
        if (parts[0] == "ConnectionStrings" && parts.Length == 2)
            return Regex.IsMatch(code, $@"ConnectionName\s*=\s*""{parts[1]}""|GetConnectionString\(""{parts[1]}""\)");
        return code.Contains('"' + string.Join(':', parts), StringComparison.Ordinal);
    }

    public static string FindRepo()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OpenGov.Portal.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
