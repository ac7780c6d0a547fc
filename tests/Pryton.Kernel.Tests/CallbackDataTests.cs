using Pryton.Kernel.Bot;

namespace Pryton.Kernel.Tests;

public sealed class CallbackDataTests
{
    [Test]
    public void Create_ModuleActionAndArgs_JoinsWithColons() =>
        Assert.That(CallbackData.Create("games", "confirm", 1842, 3).Value, Is.EqualTo("games:confirm:1842:3"));

    [Test]
    public void Create_Over64Bytes_IsRefused() =>
        Assert.Throws<ArgumentException>(() => CallbackData.Create("games", "join", new string('9', 60)));

    [TestCase("a:b")]
    [TestCase("игра")]
    [TestCase("")]
    [TestCase("with space")]
    public void Create_PartThatIsNotCompactAscii_IsRefused(string arg) =>
        Assert.Throws<ArgumentException>(() => CallbackData.Create("games", "join", arg));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("nocolon")]
    [TestCase("games:")]
    [TestCase(":join")]
    public void Parse_DataNotOfOurShape_IsNull(string? data) =>
        Assert.That(CallbackData.Parse(data), Is.Null);

    [Test]
    public void Parse_OurData_SplitsIt() =>
        Assert.That(CallbackData.Parse("games:join:12"), Is.EqualTo(new[] { "games", "join", "12" }));
}
