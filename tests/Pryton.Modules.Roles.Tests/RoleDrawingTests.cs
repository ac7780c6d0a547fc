using Pryton.Contracts.Registration;
using Pryton.Contracts.Roles;
using Pryton.Modules.Roles.Domain;

namespace Pryton.Modules.Roles.Tests;

public sealed class RoleDrawingTests
{
    private static readonly Dictionary<long, GameRole> NoManualRoles = [];

    [Test]
    public void Volunteers_DriveBeforeThoseWhoDoNotMind_UpToTheMaximum()
    {
        Candidate[] seated = [Any(1), Volunteer(2), Any(3), Volunteer(4), Seeker(5), Seeker(6)];

        var draw = RoleDrawing.Draw(seated, NoManualRoles, maxDrivers: 2, seed: 7);

        Assert.That(draw.Drivers, Is.EqualTo(new long[] { 2, 4 }));
        Assert.That(draw.Seekers, Is.EqualTo(new long[] { 1, 3, 5, 6 }));
    }

    [Test]
    public void PlayerWithoutACar_OrWhoWantsToSeek_IsNeverADriver()
    {
        for (var seed = 0; seed < 50; seed++)
        {
            var draw = RoleDrawing.Draw([new Candidate(1, PreferredRole.Driver, HasCar: false, 0), Seeker(2), Any(3), Seeker(4)], NoManualRoles, maxDrivers: 3, seed);
            Assert.That(draw.Drivers, Is.EqualTo(new long[] { 3 }), $"seed {seed}");
        }
    }

    [Test]
    public void EveryoneCouldDrive_OneIsStillLeftToSeek()
    {
        var draw = RoleDrawing.Draw([Volunteer(1), Volunteer(2), Volunteer(3)], NoManualRoles, maxDrivers: 5, seed: 1);

        Assert.That((draw.Drivers.Count, draw.Seekers.Count), Is.EqualTo((2, 1)));
    }

    [Test]
    public void ManualRoles_AreKept_AndCountAgainstTheMaximum()
    {
        var manual = new Dictionary<long, GameRole> { [1] = GameRole.Seeker, [5] = GameRole.Driver };

        var draw = RoleDrawing.Draw([Volunteer(1), Volunteer(2), Any(3), Seeker(4), Any(5)], manual, maxDrivers: 2, seed: 3);

        Assert.That(draw.Roles[1], Is.EqualTo(GameRole.Seeker), "a volunteer kept as a seeker by hand");
        Assert.That(draw.Drivers, Is.EqualTo(new long[] { 2, 5 }));
    }

    [Test]
    public void NobodyCanDrive_OrTooFewPlayers_IsAFailureWithItsReason()
    {
        Assert.That(RoleDrawing.Draw([Seeker(1), Seeker(2), Seeker(3)], NoManualRoles, 1, 0).Failure, Is.EqualTo(RoleDrawFailure.NoEligibleDriver));
        Assert.That(RoleDrawing.Draw([Volunteer(1)], NoManualRoles, 1, 0).Failure, Is.EqualTo(RoleDrawFailure.TooFewPlayers));
        Assert.That(RoleDrawing.Draw([Volunteer(1), Volunteer(2)], new Dictionary<long, GameRole> { [1] = GameRole.Driver, [2] = GameRole.Driver }, 2, 0).Failure,
            Is.EqualTo(RoleDrawFailure.NoSeeker));
    }

    [Test]
    public void SameSeed_SameDraw_OtherSeeds_OtherDraws()
    {
        Candidate[] seated = [.. Enumerable.Range(1, 8).Select(id => Any(id))];

        var first = RoleDrawing.Draw(seated, NoManualRoles, 2, seed: 12345);
        var again = RoleDrawing.Draw(seated.Reverse().ToArray(), NoManualRoles, 2, seed: 12345);
        var others = Enumerable.Range(0, 30).Select(seed => string.Join(",", RoleDrawing.Draw(seated, NoManualRoles, 2, seed).Drivers)).Distinct().Count();

        Assert.That(again.Drivers, Is.EqualTo(first.Drivers), "the seat order does not change a replayed draw");
        Assert.That(others, Is.GreaterThan(5));
    }

    [Test]
    public void TwentyGames_WithTheSamePlayers_SpreadTheDrivingEvenly()
    {
        var drives = Enumerable.Range(1, 7).ToDictionary(id => (long)id, _ => 0);
        for (var game = 0; game < 20; game++)
        {
            var seated = drives.Keys.Select(id => new Candidate(id, PreferredRole.Any, HasCar: true, drives[id])).ToList();
            foreach (var driver in RoleDrawing.Draw(seated, NoManualRoles, maxDrivers: 2, seed: game * 7919).Drivers)
            {
                drives[driver]++;
            }
        }

        Assert.That(drives.Values.Max() - drives.Values.Min(), Is.LessThanOrEqualTo(1), string.Join(", ", drives.Select(d => $"{d.Key}:{d.Value}")));
    }

    private static Candidate Any(long id) => new(id, PreferredRole.Any, HasCar: true, 0);

    private static Candidate Volunteer(long id) => new(id, PreferredRole.Driver, HasCar: true, 0);

    private static Candidate Seeker(long id) => new(id, PreferredRole.Seeker, HasCar: true, 0);
}
