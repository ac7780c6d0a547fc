using Autofac;
using Pryton.Kernel.Bot.Menu;
using Pryton.Kernel.Modules;
using Pryton.Modules.Photos.Application;
using Pryton.Modules.Photos.Bot;

namespace Pryton.Modules.Photos;

/// <summary>The Photos module: key "photos" is its schema, callback prefix, job group and text prefix.</summary>
public sealed class PhotosModule : IPrytonModule
{
    public string Key => "photos";

    public void Register(ContainerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.RegisterType<PhotoStore>().InstancePerLifetimeScope();
        builder.RegisterType<PlayerInGame>().InstancePerLifetimeScope();
        builder.RegisterType<HidingPhotos>().InstancePerLifetimeScope();
        builder.RegisterType<FoundClaims>().InstancePerLifetimeScope();
        builder.RegisterType<PhotosMenu>().As<IMenuContributor>().InstancePerLifetimeScope();
    }
}
