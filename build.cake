// Pryton's build: `dotnet tool restore` once, then `dotnet cake --target=<Target>`.
//   Build      compile everything (warnings are errors)
//   Test       every test project; unit, integration (real PostgreSQL), end-to-end, architecture
//   Run        the bot; starts a project-local PostgreSQL when DATABASE_URL is unset
//   Migrate    `--command=up|down|list` (plus `--module=Games --to=0` for down)
//   Bench      the benchmarks in bench/ (Release build), printing ratios against same-run baselines
//   Chaos      the long reliability runs in bench/Pryton.Chaos (the bot killed 20 times mid-game, …), `--only=crash`
//   Publish    a framework-dependent build in artifacts/publish
//   Docker     the bot's image (needs a Docker engine)
//   NewModule  `--name=Leaderboard`: a new module from templates/pryton-module, in the solution and the host
//   NewMigration  `--module=Games --name=AddWaitlistToGames`: a timestamped migration in the module's Data/Migrations
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

Task("Chaos")
    .Does(() =>
{
    var chaosProject = "./bench/Pryton.Chaos/Pryton.Chaos.csproj";
    var exit = StartProcess("dotnet", $"run --project {chaosProject} -c Release -- {Argument("only", "")}");
    if (exit != 0) throw new Exception($"a chaos run failed ({exit})");
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

Task("NewModule")
    .Does(() =>
{
    var name = Argument<string>("name");
    if (!System.Text.RegularExpressions.Regex.IsMatch(name, "^[A-Z][A-Za-z]{1,19}$"))
        throw new Exception("--name is the module name in PascalCase letters, 2-20 long (Leaderboard)");
    var key = name.ToLowerInvariant();
    if (DirectoryExists($"./modules/{name}")) throw new Exception($"modules/{name} exists already");

    var template = MakeAbsolute(Directory("./templates/pryton-module")).FullPath;
    var version = DateTime.UtcNow.ToString("yyyyMMddHHmm");
    foreach (var file in System.IO.Directory.GetFiles(template, "*", System.IO.SearchOption.AllDirectories))
    {
        string Fill(string text) => text.Replace("__Module__", name).Replace("__module__", key).Replace("__Version__", version);
        var target = Fill(System.IO.Path.GetRelativePath(template, file));
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target));
        System.IO.File.WriteAllText(target, Fill(System.IO.File.ReadAllText(file)));
    }

    var module = $"modules/{name}/Pryton.Modules.{name}/Pryton.Modules.{name}.csproj";
    var tests = $"tests/Pryton.Modules.{name}.Tests/Pryton.Modules.{name}.Tests.csproj";
    Run("dotnet", $"sln Pryton.sln add --solution-folder modules {module}");
    Run("dotnet", $"sln Pryton.sln add --solution-folder tests {tests}");
    // The host references every module so that discovery finds it in deps.json; its code still names none.
    Run("dotnet", $"add host/Pryton.Host/Pryton.Host.csproj reference {module}");
    Information("Module {0} created: {1}, tests in {2}. Read docs/adding-a-module.md next.", name, module, tests);
});

Task("NewMigration")
    .Does(() =>
{
    var module = Argument<string>("module");
    var name = Argument<string>("name");
    if (!System.Text.RegularExpressions.Regex.IsMatch(name, "^[A-Z][A-Za-z0-9]{2,80}$"))
        throw new Exception("--name says what changes, in PascalCase (AddWaitlistToGames)");
    var folder = $"./modules/{module}/Pryton.Modules.{module}/Data/Migrations";
    if (!DirectoryExists($"./modules/{module}")) throw new Exception($"No module {module} under modules/");
    System.IO.Directory.CreateDirectory(folder);
    var key = module.ToLowerInvariant();
    var version = DateTime.UtcNow.ToString("yyyyMMddHHmm");
    var words = System.Text.RegularExpressions.Regex.Replace(name, "(?<=[a-z0-9])([A-Z])", " $1").ToLowerInvariant();
    var path = $"{folder}/{name}.cs";
    if (FileExists(path)) throw new Exception($"{path} exists already");
    System.IO.File.WriteAllText(path, $@"using FluentMigrator;

namespace Pryton.Modules.{module}.Data.Migrations;

[Migration({version}, ""{key}: {words}"")]
public sealed class {name} : Migration
{{
    private const string Owner = ""{key}"";

    public override void Up()
    {{
        // Every expression names the schema: .InSchema(Owner). Concurrency-sensitive rules belong in the database.
    }}

    // Down() really undoes Up(), in reverse order; an integration test runs up, down and up for every module.
    public override void Down()
    {{
    }}
}}
");
    Information("Created {0} (version {1})", path, version);
});

RunTarget(target);

void Run(string tool, string args)
{
    if (StartProcess(tool, args) != 0) throw new Exception($"{tool} {args} failed");
}

string LocalPostgres()
{
    IEnumerable<string> output;
    var exit = StartProcess("bash", new ProcessSettings { Arguments = "scripts/pg-local.sh", RedirectStandardOutput = true }, out output);
    if (exit != 0) throw new Exception("could not start the local PostgreSQL (scripts/pg-local.sh)");
    return output.Last().Trim();
}

bool DotEnvHas(string name) =>
    FileExists("./.env") && System.IO.File.ReadAllLines(".env").Any(l => l.TrimStart().StartsWith(name + "=") || l.TrimStart().StartsWith("export " + name + "="));
