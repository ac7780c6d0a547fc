// Pryton's build: `dotnet tool restore` once, then `dotnet cake --target=<Target>`.
//   Build      compile everything (warnings are errors)
//   Test       every test project; unit, integration (real PostgreSQL), end-to-end, architecture
//   Run        the bot; starts a project-local PostgreSQL when DATABASE_URL is unset
//   Migrate    `--command=up|down|list` (plus `--module=Games --to=0` for down)
//   Bench      the benchmarks in bench/ (Release build), printing ratios against same-run baselines
//   Publish    a framework-dependent build in artifacts/publish
//   Docker     the bot's image (needs a Docker engine)
//   Monitoring-Check  compose file, Prometheus config and alert-rule tests (docker-compose, promtool when installed)

var target = Argument("target", "Build");
var configuration = Argument("configuration", "Debug");
var solution = "./Pryton.sln";
var hostProject = "./host/Pryton.Host/Pryton.Host.csproj";

Task("Build")
    .Does(() =>
{
    DotNetBuild(solution, new DotNetBuildSettings { Configuration = configuration });
});

Task("Test")
    .IsDependentOn("Build")
    .Does(() =>
{
    DotNetTest(solution, new DotNetTestSettings
    {
        Configuration = configuration,
        NoBuild = true,
        Loggers = new[] { "console;verbosity=minimal" },
        // One test assembly at a time: the end-to-end tests measure pacing against the clock, and on a 2-core
        // machine assemblies running side by side starve each other. Fixtures inside an assembly still run in parallel.
        ArgumentCustomization = args => args.Append("-m:1"),
    });
});

Task("Run")
    .Does(() =>
{
    var env = new Dictionary<string, string>();
    if (string.IsNullOrWhiteSpace(EnvironmentVariable("DATABASE_URL")) && !DotEnvHas("DATABASE_URL"))
    {
        env["DATABASE_URL"] = LocalPostgres();
        Information("DATABASE_URL is unset: using the project-local PostgreSQL at {0}", env["DATABASE_URL"]);
    }

    var exit = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = $"run --project {hostProject} -c {configuration}",
        EnvironmentVariables = env,
    });
    if (exit != 0 && exit != 130) throw new Exception($"Pryton exited with {exit}");
});

Task("Migrate")
    .Does(() =>
{
    var command = Argument("command", "list");
    var extra = command == "down"
        ? $" --module {Argument<string>("module")} --to {Argument("to", "0")}"
        : HasArgument("module") ? $" --module {Argument<string>("module")}" : "";
    var env = new Dictionary<string, string>();
    if (string.IsNullOrWhiteSpace(EnvironmentVariable("DATABASE_URL")) && !DotEnvHas("DATABASE_URL"))
    {
        env["DATABASE_URL"] = LocalPostgres();
    }

    var exit = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = $"run --project {hostProject} -c {configuration} -- migrate {command}{extra}",
        EnvironmentVariables = env,
    });
    if (exit != 0) throw new Exception($"migrate {command} failed ({exit})");
});

Task("Bench")
    .Does(() =>
{
    var benchProject = "./bench/Pryton.Bench/Pryton.Bench.csproj";
    if (!FileExists(benchProject)) throw new Exception("bench/Pryton.Bench is missing");
    var exit = StartProcess("dotnet", $"run --project {benchProject} -c Release -- {Argument("only", "")}");
    if (exit != 0) throw new Exception($"benchmarks failed ({exit})");
});

Task("Publish")
    .Does(() =>
{
    DotNetPublish(hostProject, new DotNetPublishSettings
    {
        Configuration = "Release",
        OutputDirectory = "./artifacts/publish",
    });
});

Task("Docker")
    .Does(() =>
{
    var exit = StartProcess("docker", "build -t pryton:latest .");
    if (exit != 0) throw new Exception("docker build failed (is a Docker engine running?)");
});

Task("Monitoring-Check")
    .Does(() =>
{
    var checks = new List<(string Tool, string Args)>
    {
        ("docker-compose", "-f docker-compose.yml config -q"),
        ("promtool", "check config monitoring/prometheus.yml"),
        ("promtool", "test rules monitoring/alerts.test.yml"),
    };
    foreach (var (tool, args) in checks)
    {
        if (StartProcess("bash", $"-c \"command -v {tool}\"") != 0)
        {
            Warning("{0} is not installed; skipped: {0} {1}", tool, args);
            continue;
        }

        if (StartProcess(tool, args) != 0) throw new Exception($"{tool} {args} failed");
        Information("ok: {0} {1}", tool, args);
    }
});

RunTarget(target);

string LocalPostgres()
{
    IEnumerable<string> output;
    var exit = StartProcess("bash", new ProcessSettings { Arguments = "scripts/pg-local.sh", RedirectStandardOutput = true }, out output);
    if (exit != 0) throw new Exception("could not start the local PostgreSQL (scripts/pg-local.sh)");
    return output.Last().Trim();
}

bool DotEnvHas(string name) =>
    FileExists("./.env") && System.IO.File.ReadAllLines(".env").Any(l => l.TrimStart().StartsWith(name + "=") || l.TrimStart().StartsWith("export " + name + "="));
