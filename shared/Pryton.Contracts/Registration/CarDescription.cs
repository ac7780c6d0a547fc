namespace Pryton.Contracts.Registration;

/// <summary>A driver's car as seekers are told it: brand, colour and the normalised plate (Latin capitals and digits).</summary>
public sealed record CarDescription(string Brand, string Colour, string Plate);
