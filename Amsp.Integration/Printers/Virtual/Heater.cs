namespace Amsp.Integration.Printers.Virtual;

/// <summary>
/// A heater approaching its target exponentially, on the printer's simulated clock: near the target after about three
/// time constants, holding it after that, cooling back to the ambient temperature when switched off.
/// </summary>
internal readonly record struct Heater(double From, double Target, DateTimeOffset Since, double TimeConstantSeconds)
{
    public const double Ambient = 25;

    public static Heater Cold(DateTimeOffset now, double timeConstantSeconds) => new(Ambient, 0, now, timeConstantSeconds);

    public double Actual(DateTimeOffset now, double speed)
    {
        var goal = Target > 0 ? Target : Ambient;
        var seconds = Math.Max(0, (now - Since).TotalSeconds) * speed;
        return Math.Round(goal + (From - goal) * Math.Exp(-seconds / TimeConstantSeconds), 1);
    }

    /// <summary>A new target from <paramref name="at"/> on, starting from the temperature reached by then.</summary>
    public Heater SetTarget(double target, DateTimeOffset at, double speed) => this with { From = Actual(at, speed), Target = target, Since = at };
}
