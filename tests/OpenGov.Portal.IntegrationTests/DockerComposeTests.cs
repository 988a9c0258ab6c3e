using System.Diagnostics;

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
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, "docker-compose config failed: " + err);
    }

    public static string FindRepo()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OpenGov.Portal.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
