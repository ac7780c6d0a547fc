using Pryton.Modules.Registration.Domain;

namespace Pryton.Modules.Registration.Tests;

public sealed class ProfileRulesTests
{
    [TestCase("Anna", "Anna")]
    [TestCase("  Анна   Смирнова  ", "Анна Смирнова")]
    [TestCase("Jo", "Jo")]
    public void Name_Acceptable_IsNormalised(string input, string expected) =>
        Assert.That(ProfileRules.Name(input).Value, Is.EqualTo(expected));

    [TestCase("")]
    [TestCase("J")]
    [TestCase("/start")]
    [TestCase("a\u0007b")]
    [TestCase(null)]
    public void Name_Unacceptable_IsRefusedWithAReason(string? input) =>
        Assert.That(ProfileRules.Name(input).Error, Is.EqualTo("registration.name.invalid"));

    [Test]
    public void Name_Of51Characters_IsRefused() =>
        Assert.That(ProfileRules.Name(new string('a', 51)).Ok, Is.False);

    [TestCase("+7 999 000-11-22", "+79990001122")]
    [TestCase("8 (912) 000-00-01", "+79120000001")]
    [TestCase("+44 20 7946 0958", "+442079460958")]
    [TestCase("1234567", "+1234567")]
    public void Phone_Acceptable_IsStoredInternational(string input, string expected) =>
        Assert.That(ProfileRules.Phone(input).Value, Is.EqualTo(expected));

    [TestCase("call me")]
    [TestCase("12345")]
    [TestCase("+1234567890123456")]
    [TestCase("+7 999 abc")]
    public void Phone_Unacceptable_IsRefused(string input) =>
        Assert.That(ProfileRules.Phone(input).Error, Is.EqualTo("registration.phone.invalid"));

    [TestCase("а123вс 77", "A123BC77")]
    [TestCase("A123BC777", "A123BC777")]
    [TestCase("е 555 кх-150", "E555KX150")]
    [TestCase("x777xx199", "X777XX199")]
    public void CarPlate_CyrillicLookAlikesAndSpacing_AreUnified(string input, string expected) =>
        Assert.That(ProfileRules.CarPlate(input).Value, Is.EqualTo(expected));

    [TestCase("A@1#")]
    [TestCase("AB1")]
    [TestCase("Ж123ЖЖ77")]
    [TestCase("A123BC77777")]
    public void CarPlate_WithSymbolsOrWrongLength_IsRefused(string input) =>
        Assert.That(ProfileRules.CarPlate(input).Error, Is.EqualTo("registration.car-plate.invalid"));
}
