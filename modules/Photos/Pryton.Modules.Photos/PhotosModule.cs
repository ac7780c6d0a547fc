using Autofac;
using Pryton.Kernel.Modules;

namespace Pryton.Modules.Photos;

/// <summary>The Photos module: key "photos" is its schema, callback prefix, job group and text prefix.</summary>
public sealed class PhotosModule : IPrytonModule
{
    public string Key => "photos";

    public void Register(ContainerBuilder builder)
    {
        // Handlers, event handlers and PhotosDbContext are registered by the kernel's conventions.
    }
}
