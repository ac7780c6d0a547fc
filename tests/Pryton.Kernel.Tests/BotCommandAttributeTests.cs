using Pryton.Kernel.Bot;

namespace Pryton.Kernel.Tests;

public sealed class BotCommandAttributeTests
{
    [TestCase("join")]
    [TestCase("new_game")]
    [TestCase("a1234567890123456789012345678901")]
    public void Constructor_ValidTelegramCommand_IsAccepted(string command) =>
        Assert.That(new BotCommandAttribute(command, Audience.Player).Command, Is.EqualTo(command));

    [TestCase("")]
    [TestCase("Join")]
    [TestCase("/join")]
    [TestCase("new-game")]
    [TestCase("игра")]
    [TestCase("a12345678901234567890123456789012")]
    public void Constructor_InvalidTelegramCommand_Throws(string command) =>
        Assert.Throws<ArgumentException>(() => _ = new BotCommandAttribute(command, Audience.Player));
}
