namespace Pryton.Kernel.Bot;

/// <summary>Kinds of non-command messages a module can own (one owner each).</summary>
public enum MessageKind
{
    /// <summary>A location: a one-off point, the first message of a live location, and every live edit.</summary>
    Location,

    /// <summary>A photo, or an image sent as a file.</summary>
    Photo,

    /// <summary>A file that is not an image.</summary>
    Document,

    /// <summary>A shared contact card.</summary>
    Contact,
}
