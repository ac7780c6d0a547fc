namespace Pryton.Host.Endpoints;

internal sealed record ReadinessReport(bool Database, bool Scheduler, bool Intake, string IntakeDetail)
{
    public bool Ready => Database && Scheduler && Intake;
}
