using System.Net;
using System.Net.Sockets;

namespace Pryton.Testing;

/// <summary>A free TCP port on 127.0.0.1 (tests and benchmarks use loopback only).</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
